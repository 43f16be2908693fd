/**
 * Operations of the official paperwork: the 案卷评查表 of one evaluation, a campaign's 评查情况通报
 * and a unit's 整改通知书. A report is previewed from the store as it is, issued (frozen: model
 * and content hash stored, version 1), reissued with a reason (version N+1) and exported — one
 * file, or a batch job whose files are then downloaded one by one or as a zip.
 */
import { z } from 'zod';
import { isoDate } from '../../domain/bundle.ts';
import { REPORT_KINDS } from '../../reports/model.ts';
import { reportSettingsSchema } from '../../reports/settings.ts';
import type {
  ExportJobResult,
  IssuedReportDetail,
  IssuedReportView,
  ReportListResult,
  ReportPreview,
  ReportSettingsView,
} from '../reportTypes.ts';
import { REPORT_EXPORT_FORMATS } from '../reportTypes.ts';
import { id, out } from './common.ts';

const actor = z.string().trim().min(1).max(100).optional();
const unit = z.string().trim().min(1).max(200);
/** 发文字号 entered at issue (overrides the campaign's settings). */
const documentNumber = z.string().trim().min(1).max(60);
const format = z.enum(REPORT_EXPORT_FORMATS);
/** A job id the caller makes up, so it can tell its own progress events apart. */
export const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/**
 * What a report is of. A score sheet is of one evaluation: the one named, or the case's
 * current one (or, with `campaignId`, the case's evaluation in that campaign).
 */
export const reportTargetSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('case_score_sheet'),
      evaluationId: id.optional(),
      caseId: id.optional(),
      campaignId: id.optional(),
    }),
    z.strictObject({ kind: z.literal('campaign_report'), campaignId: id }),
    z.strictObject({ kind: z.literal('rectification_notice'), campaignId: id, unit }),
  ])
  .refine((t) => t.kind !== 'case_score_sheet' || (t.evaluationId === undefined) !== (t.caseId === undefined), {
    message: '给出 evaluationId 或 caseId 之一 / give either evaluationId or caseId',
    path: ['evaluationId'],
  });
export type ReportTarget = z.output<typeof reportTargetSchema>;

/**
 * `latest`: each target's latest issued version, else a preview; `preview`: the store as it is
 * now; `issue`: issue what is not issued yet (the 通报 before its notices), then export the
 * latest issued versions.
 */
export const EXPORT_MODES = ['latest', 'preview', 'issue'] as const;

export const exportBatchInput = z
  .strictObject({
    jobId,
    /** Scope, exactly one: a campaign, one case's (current) evaluation, one evaluation, issued reports. */
    campaignId: id.optional(),
    caseId: id.optional(),
    evaluationId: id.optional(),
    reportIds: z.array(id).min(1).max(10_000).optional(),
    /** With a campaign: which documents (default the 通报). */
    kinds: z.array(z.enum(REPORT_KINDS)).min(1).max(3).default(['campaign_report']),
    /** Score sheets and notices of these units only. */
    units: z.array(unit).min(1).max(500).optional(),
    formats: z.array(format).min(1).max(4),
    mode: z.enum(EXPORT_MODES).default('latest'),
    revealIds: z.boolean().default(false),
    /**
     * Score sheets in PDF as one file (案卷评查表汇编, each sheet from a new page) instead of one
     * file each: one print job, many times faster for a whole campaign.
     */
    compileSheets: z.boolean().default(false),
    /** 发文字号 of the 通报 issued by this job (else the campaign's settings). */
    documentNumber: documentNumber.optional(),
    /** Notice numbers for this job, with {n} (else the campaign's settings). */
    noticeNumber: reportSettingsSchema.shape.noticeNumber,
    issuedOn: isoDate.optional(),
    actor,
  })
  .refine(
    (v) =>
      [v.campaignId, v.caseId, v.evaluationId, v.reportIds].filter((x) => x !== undefined).length === 1 ||
      (v.caseId !== undefined && v.campaignId !== undefined && v.evaluationId === undefined && !v.reportIds),
    {
      message:
        '给出 campaignId、caseId、evaluationId 或 reportIds 之一 / give one of campaignId, caseId, evaluationId, reportIds',
      path: ['campaignId'],
    },
  );
export type ExportBatchInput = z.output<typeof exportBatchInput>;

export const reportOps = {
  /** The campaign's report settings as saved and as they print (defaults filled in). */
  'reports:settings': { input: z.strictObject({ campaignId: id }), output: out<ReportSettingsView>() },
  /** Saves the given fields (null clears one); nothing issued changes. */
  'reports:save-settings': {
    input: z.strictObject({ campaignId: id, settings: reportSettingsSchema, actor }),
    output: out<ReportSettingsView>(),
  },
  /** The report as the store would issue it now, with what keeps it from being issued. */
  'reports:preview': {
    input: z.strictObject({
      target: reportTargetSchema,
      includeModel: z.boolean().default(false),
      issuedOn: isoDate.optional(),
    }),
    output: out<ReportPreview>(),
  },
  /**
   * Freezes the report: version 1 of its target. Refused while evaluations it rests on are not
   * finalised (REPORT_UNFINISHED, naming them), when the target is already issued (CONFLICT:
   * reissue instead), or without a 发文字号 where the document carries one.
   */
  'reports:issue': {
    input: z.strictObject({
      target: reportTargetSchema,
      documentNumber: documentNumber.optional(),
      issuedOn: isoDate.optional(),
      actor,
    }),
    output: out<IssuedReportView>(),
  },
  /** Version N+1 of an issued report's target, built from the store now; the reason is printed. */
  'reports:reissue': {
    input: z.strictObject({
      reportId: id,
      reason: z.string().trim().min(1).max(500),
      documentNumber: documentNumber.optional(),
      issuedOn: isoDate.optional(),
      actor,
    }),
    output: out<IssuedReportView>(),
  },
  /** Issued reports of a campaign or a case, newest version first within each target. */
  'reports:list': {
    input: z
      .strictObject({
        campaignId: id.optional(),
        caseId: id.optional(),
        kind: z.enum(REPORT_KINDS).optional(),
        unit: unit.optional(),
        latestOnly: z.boolean().default(false),
      })
      .refine((v) => v.campaignId !== undefined || v.caseId !== undefined, {
        message: '给出 campaignId 或 caseId / give campaignId or caseId',
        path: ['campaignId'],
      }),
    output: out<ReportListResult>(),
  },
  'reports:get': {
    input: z.strictObject({ reportId: id, revealIds: z.boolean().default(false) }),
    output: out<IssuedReportDetail>(),
  },
  /** One file: an issued report (never rebuilt) or a preview of a target. */
  'reports:export': {
    input: z
      .strictObject({
        reportId: id.optional(),
        target: reportTargetSchema.optional(),
        format,
        revealIds: z.boolean().default(false),
      })
      .refine((v) => (v.reportId === undefined) !== (v.target === undefined), {
        message: '给出 reportId 或 target 之一 / give either reportId or target',
        path: ['reportId'],
      }),
    output: out<Uint8Array>(),
    binary: true,
  },
  /**
   * Renders many files (progress: `reports:progress` events with the job id) and keeps them
   * for `reports:download`; returns their names.
   */
  'reports:export-batch': { input: exportBatchInput, output: out<ExportJobResult>() },
  /** A file of a finished job, or (no index) the zip of all its files. */
  'reports:download': {
    input: z.strictObject({ jobId, index: z.number().int().min(0).optional() }),
    output: out<Uint8Array>(),
    binary: true,
  },
} as const;
