/**
 * Export timings on a real 500-case workspace (tests/bench/exportWorkspace.ts): the 通报's model
 * built from the store, then rendered as XLSX, DOCX and PDF, then the whole path store → files
 * as `pingcha export` runs it, and score sheets per file. Reported, never asserted.
 *
 * The machine is shared, so wall times swing with its load; the PDF rows also give the CPU time
 * Chromium itself spent (Linux: its processes are this process's children), which does not.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { ReportBuilder } from '../../electron/reports/build/reportBuilder.ts';
import { campaignKey, sheetKey } from '../../electron/reports/build/targets.ts';
import { runExportJob } from '../../electron/reports/exportJob.ts';
import { reportHtml } from '../../electron/reports/html/index.ts';
import { openChromiumPrinter } from '../../electron/reports/pdf/chromium.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { renderReport } from '../../electron/reports/render.ts';
import type { ResolvedTarget } from '../../shared/api/reportTypes.ts';
import type { ReportModel } from '../../shared/reports/model.ts';
import { EXPORT_BENCH_TODAY, exportWorkspace } from './exportWorkspace.ts';
import { ms, timeSync, verdict, type BenchRow } from './stats.ts';

const TARGETS = { xlsx: 2000, docx: 3000, pdf: 5000 } as const;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

function size(bytes: number): string {
  return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

/** CPU time (ms) of this process's descendants — the browser printing the PDFs; null off Linux. */
function childrenCpuMs(): number | null {
  if (process.platform !== 'linux') return null;
  const ticks = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  const all = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const pid of all) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(fields[1]));
      // utime + stime, plus cutime + cstime: page processes that exited were reaped by the browser.
      cpu.set(Number(pid), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of cpu) if (mine(pid)) total += t;
  return (total / ticks) * 1000;
}

function pdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
}

/** Each format once to warm caches (modules, fonts), then timed. */
async function renderRows(report: ReportModel, printer: PdfPrinter, label: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    await renderReport(report, format, { printer });
    const cpuBefore = childrenCpuMs();
    const { value, ms: took } = await timed(() => renderReport(report, format, { printer }));
    const cpuAfter = childrenCpuMs();
    const extra =
      format === 'pdf'
        ? `; ${pdfPages(value)} pages, print HTML ${Math.round(reportHtml(report).length / 1000)}k chars` +
          (cpuBefore !== null && cpuAfter !== null
            ? `, Chromium CPU ${((cpuAfter - cpuBefore) / 1000).toFixed(2)} s`
            : '')
        : format === 'xlsx'
          ? '; with the case × item matrices'
          : '';
    rows.push({
      measure: `export ${format.toUpperCase()}: 通报 from its model`,
      value: ms(took),
      target: `≤ ${TARGETS[format] / 1000} s (${verdict(took, TARGETS[format])})`,
      note: `${label}; ${size(value.byteLength)}${extra}`,
    });
  }
  return rows;
}

export async function bench({ cacheDir }: { cacheDir: string }): Promise<BenchRow[]> {
  console.error('export bench: 500-case workspace …');
  const w = await exportWorkspace(cacheDir);
  const rows: BenchRow[] = [];
  if (w.buildSeconds !== null) {
    rows.push({
      measure: 'export: build the 500-case workspace',
      value: `${w.buildSeconds.toFixed(1)} s`,
      note: 'once, cached in .cache/bench (cases, draw, 500 scored and finalised evaluations, drafts)',
    });
  }
  const target: ResolvedTarget = {
    kind: 'campaign_report',
    key: campaignKey(w.campaignId),
    campaignId: w.campaignId,
    caseId: null,
    caseNumber: null,
    evaluationId: null,
    unit: null,
  };
  const cold = timeSync(() => new ReportBuilder(w.ws.db, EXPORT_BENCH_TODAY).build(target));
  const warm = timeSync(() => new ReportBuilder(w.ws.db, EXPORT_BENCH_TODAY).build(target));
  const report = warm.value;
  if (report.kind !== 'campaign_report') throw new Error('not a 通报');
  const label = `${report.overall.count} cases, ${report.units.length} units, ${report.rectification.items.length} items`;
  rows.push({
    measure: 'export: 通报 model from the store',
    value: ms(warm.ms),
    note: `${label}; first build ${ms(cold.ms)}; model JSON ${size(JSON.stringify(report).length)}`,
  });

  const launched = await timed(() => openChromiumPrinter());
  rows.push({ measure: 'export: launch Chromium printer', value: ms(launched.ms), note: 'once per batch' });
  const printer = launched.value;
  try {
    rows.push(...(await renderRows(report, printer, label)));

    // The whole path as `pingcha export --campaign ID --format xlsx,docx,pdf` runs it.
    const job = await timed(() =>
      runExportJob(
        { db: w.ws.db, today: EXPORT_BENCH_TODAY, printer, progress: () => undefined },
        {
          jobId: 'bench-export-1',
          campaignId: w.campaignId,
          kinds: ['campaign_report'],
          formats: ['xlsx', 'docx', 'pdf'],
          mode: 'preview',
          revealIds: false,
          compileSheets: false,
        },
        () => undefined,
      ),
    );
    rows.push({
      measure: 'export: 通报 store → XLSX + DOCX + PDF',
      value: ms(job.ms),
      target: `≤ ${(TARGETS.xlsx + TARGETS.docx + TARGETS.pdf) / 1000} s (${verdict(job.ms, TARGETS.xlsx + TARGETS.docx + TARGETS.pdf)})`,
      note: `model built once, three files (${job.value.files.map((f) => size(f.size)).join(', ')})`,
    });

    // All 500 score sheets as one PDF (汇编): one print job.
    const compiled = await timed(() =>
      runExportJob(
        { db: w.ws.db, today: EXPORT_BENCH_TODAY, printer, progress: () => undefined },
        {
          jobId: 'bench-export-2',
          campaignId: w.campaignId,
          kinds: ['case_score_sheet'],
          formats: ['pdf'],
          mode: 'preview',
          revealIds: false,
          compileSheets: true,
        },
        () => undefined,
      ),
    );
    rows.push({
      measure: 'export PDF: all score sheets as one file',
      value: ms(compiled.ms),
      note: `${w.cases} sheets, store → one PDF (汇编), ${size(compiled.value.files[0]!.size)}; ${ms(compiled.ms / w.cases)} per sheet`,
    });

    // Score sheets one file each: measured on 20 and given per sheet.
    const builder = new ReportBuilder(w.ws.db, EXPORT_BENCH_TODAY);
    const evaluations = (
      w.ws.db
        .prepare('SELECT evaluation_id AS id FROM campaign_cases WHERE campaign_id = ? ORDER BY case_id LIMIT 20')
        .all(w.campaignId) as { id: number }[]
    ).map((r) => r.id);
    const sheets = timeSync(() =>
      evaluations.map((id) =>
        builder.build({
          kind: 'case_score_sheet',
          key: sheetKey(id),
          campaignId: w.campaignId,
          caseId: null,
          caseNumber: null,
          evaluationId: id,
          unit: null,
        }),
      ),
    );
    rows.push({
      measure: 'export: score sheet model from the store',
      value: ms(sheets.ms / evaluations.length),
      note: `per sheet, ${evaluations.length} sheets`,
    });
    for (const format of ['docx', 'pdf'] as const) {
      await renderReport(sheets.value[0]!, format, { printer });
      const cpuBefore = childrenCpuMs();
      const batch = await timed(async () => {
        for (const sheet of sheets.value) await renderReport(sheet, format, { printer });
      });
      const cpuAfter = childrenCpuMs();
      const per = batch.ms / sheets.value.length;
      rows.push({
        measure: `export ${format.toUpperCase()}: score sheet`,
        value: ms(per),
        note:
          `per sheet over ${sheets.value.length}; 500 sheets ≈ ${((per * 500) / 1000).toFixed(0)} s` +
          (format === 'pdf' && cpuBefore !== null && cpuAfter !== null
            ? `; Chromium CPU ${((cpuAfter - cpuBefore) / sheets.value.length / 1000).toFixed(2)} s per sheet`
            : ''),
      });
    }
  } finally {
    await printer.close();
    w.ws.close();
  }
  return rows;
}
