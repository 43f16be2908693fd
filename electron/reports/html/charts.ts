/**
 * Horizontal bar charts as inline SVG, drawn here rather than with a chart library: no
 * scripts, no external assets, the same picture in the PDF and the browser. Sizes are in CSS
 * pixels at 96 per inch; 590 px is the 156 mm text block of an official document.
 */
import type { BarChart } from '../../../shared/reports/model.ts';
import { esc } from './common.ts';

export interface ChartStyle {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  fontSize?: number;
  color?: string;
}

/**
 * Round tick steps (1, 2, 2.5, 5 × 10ⁿ) up to at least `max`. Counts (`whole`) get whole steps
 * only: a chart of 件 has no tick at 2.5 件.
 */
export function niceTicks(max: number, whole = false): number[] {
  if (!(max > 0)) return [0];
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const steps = (whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((m) => m * magnitude).filter((s) => !whole || s >= 1);
  const step = steps.find((s) => s >= rough) ?? (whole ? Math.max(1, Math.ceil(rough)) : rough);
  const ticks: number[] = [];
  for (let t = 0; t < max + step - 1e-9; t += step) ticks.push(Number(t.toPrecision(10)));
  return ticks;
}

export function barChartSvg(chart: BarChart, style: ChartStyle = {}): string {
  const width = style.width ?? 590;
  const fontSize = style.fontSize ?? 13;
  const labelWidth =
    style.labelWidth ?? Math.min(230, 12 + fontSize * Math.max(2, ...chart.bars.map((b) => [...b.label].length)));
  const barHeight = style.barHeight ?? 13;
  const gap = style.gap ?? 5;
  const color = style.color ?? '#3b5f8f';
  const valueWidth = 120;
  const top = 30;
  const plotWidth = width - labelWidth - valueWidth;
  const largest = Math.max(0, ...chart.bars.map((b) => b.value));
  // Counts are whole; scores (分) may sit between ticks.
  const ticks = niceTicks(chart.max ?? largest, chart.valueUnit === '件' || chart.valueUnit === '次');
  const max = Math.max(chart.max ?? 0, ticks[ticks.length - 1] ?? 0, largest) || 1;
  const bottom = top + chart.bars.length * (barHeight + gap);
  const height = bottom + 22;
  const x = (v: number) => labelWidth + (v / max) * plotWidth;
  const parts: string[] = [
    `<text x="${width / 2}" y="17" text-anchor="middle" font-size="${fontSize + 1}" font-weight="bold">${esc(chart.title)}</text>`,
  ];
  for (const t of ticks) {
    parts.push(`<line x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${bottom}" stroke="#bbb" stroke-width="0.6"/>`);
    parts.push(
      `<text x="${x(t)}" y="${bottom + 15}" text-anchor="middle" font-size="${fontSize - 2}" fill="#333">${esc(t)}</text>`,
    );
  }
  chart.bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap);
    const w = Math.max(0, x(bar.value) - labelWidth);
    const baseline = y + barHeight / 2 + fontSize * 0.36;
    parts.push(
      `<text x="${labelWidth - 6}" y="${baseline}" text-anchor="end" font-size="${fontSize}">${esc(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${color}"/>`,
      `<text x="${(labelWidth + w + 5).toFixed(1)}" y="${baseline}" font-size="${fontSize - 1}">${esc(bar.display)}</text>`,
    );
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${bottom}" stroke="#000" stroke-width="0.8"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(chart.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
