/** Common problems ranked by the number of cases with a deduction on the item, with article and units. */
import type { CampaignProblemRow } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { Drill, type DrillTarget } from './Drill.tsx';

interface ProblemsTableProps {
  problems: readonly CampaignProblemRow[];
  campaignId: number;
  onDrill(target: DrillTarget): void;
}

export function ProblemsTable({ problems, campaignId, onDrill }: ProblemsTableProps) {
  const { t, formatNumber } = useI18n();
  if (problems.length === 0) return <p className="form-hint">{t('dashboard.noProblems')}</p>;
  const max = Math.max(1, ...problems.map((p) => p.count));
  return (
    <table className="data-table problems-table" data-testid="problem-table">
      <thead>
        <tr>
          <th className="num">{t('dashboard.rank')}</th>
          <th>{t('dashboard.item')}</th>
          <th>{t('dashboard.category')}</th>
          <th className="num">{t('dashboard.cases')}</th>
          <th className="bar-col" aria-hidden="true" />
          <th className="num">{t('dashboard.share')}</th>
          <th className="num">{t('dashboard.unitsAffected')}</th>
          <th>{t('dashboard.law')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={`${p.templateId}:${p.itemId}`}>
            <td className="num">{i + 1}</td>
            <td className="wrap">
              {p.itemId} {p.itemName}
            </td>
            <td>{p.category ?? '—'}</td>
            <td className="num">
              <Drill
                value={p.count}
                caseIds={p.caseIds}
                campaignId={campaignId}
                title={t('dashboard.problemCases', { item: `${p.itemId} ${p.itemName}` })}
                onDrill={onDrill}
              />
            </td>
            <td className="bar-col" aria-hidden="true">
              <span className="inline-bar" style={{ width: `${(p.count / max) * 100}%` }} />
            </td>
            <td className="num">{formatNumber(p.share, { style: 'percent', maximumFractionDigits: 1 })}</td>
            <td className="num" title={p.units.join('、')}>
              {formatNumber(p.units.length)}
            </td>
            <td className="wrap law-cell">{p.law ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
