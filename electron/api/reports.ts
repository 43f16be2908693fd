/**
 * Handlers: report settings, preview, issue and reissue (frozen models), the issued versions,
 * and exports — one file, or a batch job whose files are kept for download.
 */
import { maskedForExport } from '../../shared/reports/mask.ts';
import type { JobFile } from '../reports/jobStore.ts';
import { ReportBuilder } from '../reports/build/reportBuilder.ts';
import { resolveTarget } from '../reports/build/targets.ts';
import { runExportJob } from '../reports/exportJob.ts';
import { contentHashOf, issueTargets, reissueReport } from '../reports/issue.ts';
import { previewReport } from '../reports/preview.ts';
import { renderReport } from '../reports/render.ts';
import { campaignRow } from '../store/queries/campaigns.ts';
import { UNNAMED_ACTOR } from '../store/queries/evaluations.ts';
import { issuedReport, listIssued } from '../store/queries/reports.ts';
import { reportSettingsView, saveReportSettings } from '../store/queries/reportSettings.ts';
import type { HandlerMap } from './registry.ts';

const who = (actor: string | undefined) => actor ?? UNNAMED_ACTOR;

/**
 * Bytes with a buffer of their own: the worker transfers a binary result's whole buffer, and a
 * view into a shared one (Node's Buffer pool) would hand over memory that is not the result's.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

export const reportHandlers = {
  'reports:settings': (ctx, input) => reportSettingsView(ctx.ws.db, campaignRow(ctx.ws.db, input.campaignId)),
  'reports:save-settings': (ctx, { actor, ...input }) => saveReportSettings(ctx.ws.db, { ...input, actor: who(actor) }),
  'reports:preview': (ctx, input) => {
    const builder = new ReportBuilder(ctx.ws.db, input.issuedOn ?? ctx.today());
    return previewReport(builder, resolveTarget(ctx.ws.db, input.target), input.includeModel);
  },
  'reports:issue': (ctx, input) => {
    const builder = new ReportBuilder(ctx.ws.db, input.issuedOn ?? ctx.today());
    const target = resolveTarget(ctx.ws.db, input.target);
    return issueTargets(builder, [target], {
      existing: 'refuse',
      prefix: 'target.',
      actor: who(input.actor),
      documentNumber: input.documentNumber,
    })[0]!;
  },
  'reports:reissue': (ctx, input) =>
    reissueReport(new ReportBuilder(ctx.ws.db, input.issuedOn ?? ctx.today()), input.reportId, {
      reason: input.reason,
      documentNumber: input.documentNumber,
      actor: who(input.actor),
    }),
  'reports:list': (ctx, input) => ({ rows: listIssued(ctx.ws.db, input) }),
  'reports:get': (ctx, input) => {
    const { view, model } = issuedReport(ctx.ws.db, input.reportId);
    return {
      report: view,
      model: input.revealIds ? model : maskedForExport(model),
      verified: contentHashOf(model) === view.contentHash,
    };
  },
  'reports:export': async (ctx, input) => {
    const model =
      input.reportId !== undefined
        ? issuedReport(ctx.ws.db, input.reportId).model
        : new ReportBuilder(ctx.ws.db, ctx.today()).build(resolveTarget(ctx.ws.db, input.target!));
    return ownBytes(await renderReport(model, input.format, { printer: ctx.printer, revealIds: input.revealIds }));
  },
  'reports:export-batch': async (ctx, input) => {
    const kept: JobFile[] = [];
    const outcome = await runExportJob(
      { db: ctx.ws.db, today: ctx.today(), printer: ctx.printer, progress: (p) => ctx.emit('reports:progress', p) },
      input,
      (file, bytes) => void kept.push({ name: file.name, bytes }),
    );
    ctx.exportJobs.put(input.jobId, kept, outcome.archiveName);
    return {
      jobId: input.jobId,
      ...outcome,
      totalBytes: outcome.files.reduce((n, f) => n + f.size, 0),
    };
  },
  'reports:download': (ctx, input) => {
    const file =
      input.index === undefined ? ctx.exportJobs.archive(input.jobId) : ctx.exportJobs.file(input.jobId, input.index);
    // A copy: the worker transfers a binary result's buffer, and the job keeps its files.
    return file.bytes.slice();
  },
} satisfies Partial<HandlerMap>;
