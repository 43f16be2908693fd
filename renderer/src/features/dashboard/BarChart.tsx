/**
 * Horizontal bars in hand-written SVG: one row per label, the value at the bar's end. Each bar is
 * a button (keyboard and screen reader) that drills down to the cases behind it.
 */
import { useI18n } from '../../i18n/i18nContext.ts';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the value, e.g. a share. */
  note?: string;
  tone?: 'default' | 'good' | 'warn' | 'bad';
  onClick?(): void;
}

const ROW = 24;
const LABEL = 128;
const VALUE = 84;

export function BarChart({ bars, title, width = 420 }: { bars: readonly Bar[]; title: string; width?: number }) {
  const { formatNumber } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - LABEL - VALUE;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${width} ${bars.length * ROW + 4}`}
      width="100%"
      role="group"
      aria-label={title}
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const w = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
        const label = bar.label.length > 9 ? `${bar.label.slice(0, 8)}…` : bar.label;
        return (
          <g
            key={bar.key}
            className={`bar bar-${bar.tone ?? 'default'}${bar.onClick && bar.value > 0 ? ' is-drill' : ''}`}
            role={bar.onClick && bar.value > 0 ? 'button' : undefined}
            tabIndex={bar.onClick && bar.value > 0 ? 0 : undefined}
            aria-label={`${bar.label} ${formatNumber(bar.value)}`}
            data-testid="chart-bar"
            data-key={bar.key}
            onClick={bar.value > 0 ? bar.onClick : undefined}
            onKeyDown={(event) => {
              if ((event.key === 'Enter' || event.key === ' ') && bar.onClick && bar.value > 0) {
                event.preventDefault();
                bar.onClick();
              }
            }}
          >
            <title>{`${bar.label}：${formatNumber(bar.value)}${bar.note ? `（${bar.note}）` : ''}`}</title>
            <text x={LABEL - 8} y={y + ROW / 2} className="bar-label" textAnchor="end" dominantBaseline="central">
              {label}
            </text>
            <rect x={LABEL} y={y + 4} width={plot} height={ROW - 8} className="bar-track" rx={2} />
            <rect x={LABEL} y={y + 4} width={w} height={ROW - 8} className="bar-fill" rx={2} />
            <text x={LABEL + w + 6} y={y + ROW / 2} className="bar-value" dominantBaseline="central">
              {formatNumber(bar.value)}
              {bar.note ? ` · ${bar.note}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
