/** The 复核 changes of an evaluation: which item, points deducted before → after, by whom, why. */
import type { OverturnView } from '../../../../shared/api/campaignTypes.ts';
import { formatPoints } from '../../../../shared/scoring/explain.ts';
import type { Translate } from '../../../../shared/i18n/index.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

function deducted(value: number | null, veto: boolean, hit: boolean | null, t: Translate) {
  if (veto) return hit === null ? '—' : hit ? t('workflow.vetoHit') : t('workflow.vetoClear');
  if (value === null) return '—';
  return value === 0 ? '0' : `−${formatPoints(value)}`;
}

function vetoHit(result: OverturnView['before']): boolean | null {
  return result && 'hit' in result ? result.hit : null;
}

/** What the item lost before and after the 复核 (or, for a veto, whether it was hit). */
export function overturnPoints(o: OverturnView, t: Translate): { before: string; after: string } {
  const veto = o.target === 'veto';
  return {
    before: deducted(o.deductedBefore, veto, vetoHit(o.before), t),
    after: deducted(o.deductedAfter, veto, vetoHit(o.after), t),
  };
}

export const formatAt = (at: string) => at.replace('T', ' ').slice(0, 16);

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
          const points = overturnPoints(o, t);
          return (
            <tr key={o.id} data-testid="overturn-row" data-item-id={o.itemId}>
              <td className="wrap">
                {o.itemId} {o.itemName}
              </td>
              <td className="num">{points.before}</td>
              <td className="num">{points.after}</td>
              <td>{o.reviewer}</td>
              <td className="wrap">{o.reason}</td>
              <td>{formatAt(o.at)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
