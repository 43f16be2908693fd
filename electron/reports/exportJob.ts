/**
 * An export job: plan the reports, issue what the job is asked to issue (all or nothing, the
 * 通报 before its notices), then render every report in every format, one file at a time with a
 * progress event after each. An issued report is rendered from its frozen model; a preview from
 * the store as it is. The API keeps the files for download; the CLI writes them to a folder.
 */
import type { ExportBatchInput } from '../../shared/api/ops/reports.ts';
import type { ExportedFile, IssuedReportView, ReportProgress } from '../../shared/api/reportTypes.ts';
import { reportFileName, sanitizeFileStem } from '../../shared/reports/fileName.ts';
import type { CaseScoreSheet, ReportModel } from '../../shared/reports/model.ts';
import type { Db } from '../store/db.ts';
import { issuedReport, latestIssued } from '../store/queries/reports.ts';
import { ReportBuilder } from './build/reportBuilder.ts';
import { planExport, type PlannedReport } from './exportPlan.ts';
import { issueTargets } from './issue.ts';
import type { PdfPrinter } from './pdf/printer.ts';
import { renderCompiledSheets, renderReport } from './render.ts';

export interface ExportJobDeps {
  db: Db;
  /** The report date of previews and of what the job issues (input.issuedOn wins). */
  today: string;
  printer: PdfPrinter;
  progress(p: ReportProgress): void;
}

export interface ExportJobOutcome {
  files: ExportedFile[];
  issued: IssuedReportView[];
  archiveName: string;
}

/** Names unique within a job: a second 案卷评查表-X.pdf becomes 案卷评查表-X（2）.pdf. */
function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) {
    taken.add(name);
    return name;
  }
  const dot = name.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, dot)}（${n}）${name.slice(dot)}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function modelOf(
  builder: ReportBuilder,
  planned: PlannedReport,
  mode: ExportBatchInput['mode'],
): { model: ReportModel; reportId: number | null } {
  if (planned.reportId !== null)
    return { model: issuedReport(builder.db, planned.reportId).model, reportId: planned.reportId };
  if (mode !== 'preview') {
    const latest = latestIssued(builder.db, planned.target.key);
    if (latest) return { model: latest.model, reportId: latest.view.id };
  }
  return { model: builder.build(planned.target), reportId: null };
}

export async function runExportJob(
  deps: ExportJobDeps,
  input: ExportBatchInput,
  sink: (file: ExportedFile, bytes: Uint8Array) => void | Promise<void>,
): Promise<ExportJobOutcome> {
  const builder = new ReportBuilder(deps.db, input.issuedOn ?? deps.today);
  if (input.campaignId !== undefined) builder.useNoticeNumbers(input.campaignId, input.noticeNumber);
  const emit = (phase: ReportProgress['phase'], done: number, total: number, current?: string) =>
    deps.progress({ jobId: input.jobId, phase, done, total, ...(current !== undefined ? { current } : {}) });

  emit('building', 0, 0);
  const plan = planExport(builder, input);
  let issued: IssuedReportView[] = [];
  if (input.mode === 'issue') {
    emit('issuing', 0, plan.reports.length);
    issued = issueTargets(
      builder,
      plan.reports.filter((p) => p.reportId === null).map((p) => p.target),
      {
        existing: 'keep',
        actor: input.actor ?? '未署名',
        documentNumber: input.documentNumber,
        noticeNumber: input.noticeNumber,
      },
    );
  }
  const sheetCount = plan.reports.filter((p) => p.target.kind === 'case_score_sheet').length;
  const compile = input.compileSheets && input.formats.includes('pdf') && sheetCount > 1;
  const total = plan.reports.length * input.formats.length - (compile ? sheetCount - 1 : 0);
  const files: ExportedFile[] = [];
  const taken = new Set<string>();
  const compiled: { model: CaseScoreSheet; reportId: number | null }[] = [];
  for (const planned of plan.reports) {
    const { model, reportId } = modelOf(builder, planned, input.mode);
    for (const format of input.formats) {
      if (compile && format === 'pdf' && model.kind === 'case_score_sheet') {
        compiled.push({ model, reportId });
        continue;
      }
      const name = uniqueName(reportFileName(model, format), taken);
      emit('rendering', files.length, total, name);
      const bytes = await renderReport(model, format, { printer: deps.printer, revealIds: input.revealIds });
      const file: ExportedFile = {
        index: files.length,
        name,
        format,
        size: bytes.byteLength,
        kind: model.kind,
        source: reportId === null ? 'preview' : 'issued',
        reportId,
        version: reportId === null ? null : model.version,
      };
      files.push(file);
      await sink(file, bytes);
    }
  }
  if (compiled.length > 0) {
    const name = uniqueName(`${sanitizeFileStem(`案卷评查表汇编-${plan.title}`)}.pdf`, taken);
    emit('rendering', files.length, total, name);
    const bytes = await renderCompiledSheets(
      name,
      compiled.map((c) => c.model),
      { printer: deps.printer, revealIds: input.revealIds },
    );
    const file: ExportedFile = {
      index: files.length,
      name,
      format: 'pdf',
      size: bytes.byteLength,
      kind: 'case_score_sheet',
      source: compiled.every((c) => c.reportId !== null) ? 'issued' : 'preview',
      reportId: null,
      version: null,
    };
    files.push(file);
    await sink(file, bytes);
  }
  emit('done', files.length, total);
  return { files, issued, archiveName: plan.archiveName };
}
