/** The 复核 changes of an evaluation: which item, points deducted before → after, by whom, why. */
import type { OverturnView } from '../../../../shared/api/campaignTypes.ts';
import { formatPoints } from '../../../../shared/scoring/explain.ts';
import type { Translate } from '../../../../shared/i18n/index.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

function deducted(value: number | null, veto: boolean, hit: boolean | null, t: Translate) {
  if (veto) return hit === null ? '—' : hit ? t('workflow.vetoHit') : t('workflow.vetoClear');
  return value === null ? '—' : `−${formatPoints(value)}`;
}

function vetoHit(result: OverturnView['before']): boolean | null {
  return result && 'hit' in result ? result.hit : null;
}

export function OverturnList({ overturns }: { overturns: readonly OverturnView[] }) {
  const { t } = useI18n();
  if (overturns.length === 0) return <p className="form-hint">{t('workflow.noOverturns')}</p>;
  return (
    <table className="data-table" data-testid="overturns">
      <thead>
        <tr>
          <th>{t('workflow.item')}</th>
          <th className="num">{t('workflow.before')}</th>
          <th className="num">{t('workflow.after')}</th>
          <th>{t('workflow.reviewer')}</th>
          <th>{t('workflow.reason')}</th>
          <th>{t('workflow.at')}</th>
        </tr>
      </thead>
      <tbody>
        {overturns.map((o) => {
          const veto = o.target === 'veto';
          return (
            <tr key={o.id}>
              <td className="wrap">
                {o.itemId} {o.itemName}
              </td>
              <td className="num">{deducted(o.deductedBefore, veto, vetoHit(o.before), t)}</td>
              <td className="num">{deducted(o.deductedAfter, veto, vetoHit(o.after), t)}</td>
              <td>{o.reviewer}</td>
              <td className="wrap">{o.reason}</td>
              <td>{o.at.replace('T', ' ').slice(0, 16)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
