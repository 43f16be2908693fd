/**
 * Average score across campaigns as a line in hand-written SVG (oldest left), with each point a
 * button that drills down to the campaign's counted cases.
 */
import type { TrendRow } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

const W = 560;
const H = 180;
const PAD = { left: 40, right: 16, top: 14, bottom: 34 };

export function TrendChart({ rows, onDrill }: { rows: readonly TrendRow[]; onDrill(row: TrendRow): void }) {
  const { t, formatNumber } = useI18n();
  const values = rows.map((r) => r.average).filter((v): v is number => v !== null);
  if (values.length === 0) return <p className="form-hint">{t('dashboard.noTrend')}</p>;
  const lo = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  const span = Math.max(1, hi - lo);
  const step = rows.length > 1 ? (W - PAD.left - PAD.right) / (rows.length - 1) : 0;
  const x = (i: number) => PAD.left + (rows.length > 1 ? i * step : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) => PAD.top + (1 - (v - lo) / span) * (H - PAD.top - PAD.bottom);
  const points = rows
    .map((r, i) => (r.average === null ? null : `${x(i)},${y(r.average)}`))
    .filter(Boolean)
    .join(' ');
  const ticks = [lo, lo + span / 2, hi];
  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={t('dashboard.trend')}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid-line" />
          <text x={PAD.left - 6} y={y(v)} textAnchor="end" dominantBaseline="central" className="axis-label">
            {formatNumber(v)}
          </text>
        </g>
      ))}
      <polyline points={points} className="trend-line" />
      {rows.map((r, i) =>
        r.average === null ? null : (
          <g
            key={r.campaign.id}
            className="trend-point is-drill"
            role="button"
            tabIndex={0}
            aria-label={`${r.campaign.title} ${formatNumber(r.average, { maximumFractionDigits: 1 })}`}
            onClick={() => onDrill(r)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onDrill(r);
              }
            }}
          >
            <title>{`${r.campaign.title}：${formatNumber(r.average, { maximumFractionDigits: 1 })}`}</title>
            <circle cx={x(i)} cy={y(r.average)} r={5} />
            <text x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" className="axis-label">
              {r.campaign.title.length > 10 ? `${r.campaign.title.slice(0, 9)}…` : r.campaign.title}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
