/** Units ranked by mean score: cases, mean, cases per grade, vetoes. */
import type { UnitRow } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { gradeLabel } from '../cases/enumLabels.ts';
import { Drill, type DrillTarget } from './Drill.tsx';

interface UnitsTableProps {
  units: readonly UnitRow[];
  grades: readonly string[];
  campaignId: number;
  onDrill(target: DrillTarget): void;
}

export function UnitsTable({ units, grades, campaignId, onDrill }: UnitsTableProps) {
  const { t, formatNumber } = useI18n();
  if (units.length === 0) return <p className="form-hint">{t('dashboard.noUnits')}</p>;
  return (
    <table className="data-table" data-testid="unit-table">
      <thead>
        <tr>
          <th className="num">{t('dashboard.rank')}</th>
          <th>{t('dashboard.unit')}</th>
          <th className="num">{t('dashboard.cases')}</th>
          <th className="num">{t('dashboard.average')}</th>
          {grades.map((g) => (
            <th key={g} className="num">
              {gradeLabel(g, t)}
            </th>
          ))}
          <th className="num">{t('dashboard.vetoes')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.unit}>
            <td className="num">{u.rank ?? '—'}</td>
            <td>{u.unit}</td>
            <td className="num">
              <Drill
                value={u.count}
                caseIds={u.caseIds}
                campaignId={campaignId}
                title={t('dashboard.unitCases', { unit: u.unit })}
                onDrill={onDrill}
              />
            </td>
            <td className="num">{u.average === null ? '—' : formatNumber(u.average, { maximumFractionDigits: 1 })}</td>
            {grades.map((g) => (
              <td key={g} className="num">
                {u.grades[g] ? formatNumber(u.grades[g]) : '·'}
              </td>
            ))}
            <td className="num">{u.vetoes > 0 ? formatNumber(u.vetoes) : '·'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
