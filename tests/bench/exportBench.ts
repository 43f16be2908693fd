/**
 * Export timings for a 500-case campaign: the 通报 with its case × item matrices as XLSX,
 * DOCX and PDF, from the model. `benchRender` takes any model, so the same rows can later be
 * measured on a model built from a real workspace. Reported, never asserted.
 */
import { openChromiumPrinter } from '../../electron/reports/pdf/chromium.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { renderReport } from '../../electron/reports/render.ts';
import type { CampaignReport } from '../../shared/reports/model.ts';
import { sampleCampaign } from '../reports/sampleModels.ts';
import { ms, verdict, type BenchRow } from './stats.ts';

const TARGETS = { xlsx: 2000, docx: 3000, pdf: 5000 } as const;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

function size(bytes: Uint8Array): string {
  return bytes.byteLength > 1e6
    ? `${(bytes.byteLength / 1e6).toFixed(1)} MB`
    : `${Math.round(bytes.byteLength / 1e3)} KB`;
}

/** XLSX, DOCX and PDF of one 通报, each after one warm-up run (module and font caches). */
export async function benchRender(report: CampaignReport, printer: PdfPrinter, label: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    await renderReport(report, format, { printer });
    const { value, ms: took } = await timed(() => renderReport(report, format, { printer }));
    rows.push({
      measure: `export ${format.toUpperCase()}: 通报${format === 'xlsx' ? ' + matrix' : ''}`,
      value: ms(took),
      target: `≤ ${TARGETS[format] / 1000} s (${verdict(took, TARGETS[format])})`,
      note: `${label}; ${size(value)}`,
    });
  }
  return rows;
}

export async function bench(_opts: { cacheDir: string }): Promise<BenchRow[]> {
  const cases = 500;
  const built = await timed(async () => sampleCampaign(cases, 2026));
  const label = `${cases} cases, ${built.value.report.matrices.length} standards, ${built.value.report.rectification.items.length} items`;
  const rows: BenchRow[] = [
    { measure: 'export: build sample 通报 model', value: ms(built.ms), note: `${label} (generator + engine)` },
  ];
  const launched = await timed(() => openChromiumPrinter());
  rows.push({ measure: 'export: launch Chromium printer', value: ms(launched.ms), note: 'once per batch' });
  try {
    rows.push(...(await benchRender(built.value.report, launched.value, label)));
  } finally {
    await launched.value.close();
  }
  return rows;
}
