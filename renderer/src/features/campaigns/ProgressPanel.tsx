/** A campaign's progress: a bar and counts by status, then the same by unit and by reviewer. */
import type { CampaignProgress, ProgressRow } from '../../../../shared/api/campaignTypes.ts';
import { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { statusLabel } from '../cases/enumLabels.ts';

interface ProgressTableProps {
  title: string;
  /** What one row is (unit, reviewer). */
  rowLabel: string;
  rows: readonly ProgressRow[];
  testId: string;
}

function ProgressTable({ title, rowLabel, rows, testId }: ProgressTableProps) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="progress-table">
      <h3 className="section-title">{title}</h3>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{rowLabel}</th>
            <th className="num">{t('progress.total')}</th>
            {EVALUATION_STATUSES.map((s) => (
              <th key={s} className="num">
                {statusLabel(s, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <td>{row.label}</td>
              <td className="num">{formatNumber(row.total)}</td>
              {EVALUATION_STATUSES.map((s) => (
                <td key={s} className="num">
                  {row.byStatus[s] ? formatNumber(row.byStatus[s]) : '·'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ProgressPanel({ progress }: { progress: CampaignProgress }) {
  const { t, formatNumber } = useI18n();
  const total = Math.max(1, progress.total);
  return (
    <div className="progress-panel" data-testid="campaign-progress">
      <div className="progress-summary">
        <div className="progress-bar" role="img" aria-label={t('progress.barLabel')}>
          {EVALUATION_STATUSES.map((s) =>
            progress.byStatus[s] > 0 ? (
              <span
                key={s}
                className={`progress-segment segment-${s}`}
                style={{ width: `${(progress.byStatus[s] / total) * 100}%` }}
                title={`${statusLabel(s, t)} ${progress.byStatus[s]}`}
              />
            ) : null,
          )}
        </div>
        <ul className="progress-counts">
          {EVALUATION_STATUSES.map((s) => (
            <li key={s} data-testid={`progress-${s}`} data-value={progress.byStatus[s]}>
              <span className={`legend-swatch segment-${s}`} aria-hidden="true" />
              {statusLabel(s, t)} <strong>{formatNumber(progress.byStatus[s])}</strong>
            </li>
          ))}
          <li data-testid="progress-unassigned" data-value={progress.unassigned}>
            {t('progress.unassigned')} <strong>{formatNumber(progress.unassigned)}</strong>
          </li>
          <li>
            {t('progress.finalizedShare')}{' '}
            <strong>{formatNumber(progress.finalizedShare, { style: 'percent', maximumFractionDigits: 1 })}</strong>
          </li>
        </ul>
      </div>
      <div className="progress-tables">
        <ProgressTable
          title={t('progress.byUnit')}
          rowLabel={t('progress.unit')}
          rows={progress.byUnit}
          testId="progress-by-unit"
        />
        <ProgressTable
          title={t('progress.byReviewer')}
          rowLabel={t('progress.reviewer')}
          rows={progress.byReviewer}
          testId="progress-by-reviewer"
        />
      </div>
    </div>
  );
}
