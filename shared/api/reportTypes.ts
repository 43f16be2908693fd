/**
 * Output types of the report operations (shared/api/ops/reports.ts). Re-exported from types.ts.
 *
 * A report is previewed (built from the store as it is now), issued (its model frozen with a
 * content hash and a version) and exported in any format from either. An issued report never
 * changes: a correction is a reissue, version N+1, which names the version it supersedes.
 */
import type { EvaluationStatus } from './types.ts';
import type { ReportKind, ReportModel } from '../reports/model.ts';
import type { ReportSettings, ResolvedReportSettings } from '../reports/settings.ts';

export type { ReportKind, ReportModel } from '../reports/model.ts';
export type { ReportSettings, ResolvedReportSettings } from '../reports/settings.ts';

export const REPORT_EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'json'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

/** What a report is of, as the store resolved it. `key` counts the versions. */
export interface ResolvedTarget {
  kind: ReportKind;
  key: string;
  campaignId: number | null;
  caseId: number | null;
  caseNumber: string | null;
  evaluationId: number | null;
  unit: string | null;
}

/** A drawn case whose evaluation is not finalised (it keeps a report from being issued). */
export interface UnfinishedCase {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  status: EvaluationStatus;
}

export interface IssuedReportView {
  id: number;
  kind: ReportKind;
  title: string;
  /** The export file name without its extension, e.g. 案卷评查表-津滨大沽执罚〔2025〕27号（第2版）. */
  fileStem: string;
  campaignId: number | null;
  caseId: number | null;
  caseNumber: string | null;
  evaluationId: number | null;
  unit: string | null;
  version: number;
  documentNumber: string | null;
  /** sha256 over the model's canonical content (reportContentJson). */
  contentHash: string;
  /** The date printed on the document. */
  issuedOn: string;
  issuedAt: string;
  issuedBy: string;
  supersedes: { id: number; version: number; reason: string } | null;
  /** The version that replaced this one, if any. */
  supersededBy: number | null;
}

export interface IssuedReportDetail {
  report: IssuedReportView;
  /** The frozen model (personal IDs masked unless revealed). */
  model: ReportModel;
  /** The stored hash equals the hash recomputed from the stored model. */
  verified: boolean;
}

export interface ReportPreview {
  target: ResolvedTarget;
  title: string;
  fileStem: string;
  /** Campaign reports: finalised evaluations counted, of those drawn; null for other kinds. */
  counted: number | null;
  drawn: number | null;
  unfinished: UnfinishedCase[];
  /** Why issuing would be refused now (empty: it may be issued). */
  blockers: string[];
  /** The issued versions of the same target, newest first. */
  issued: IssuedReportView[];
  /**
   * Whether the store now says something else than the latest issued version (so a reissue is
   * due); null when nothing is issued yet.
   */
  changedSinceIssue: boolean | null;
  /** The model, when asked for (`includeModel`). */
  model: ReportModel | null;
}

export interface ReportSettingsView {
  campaignId: number;
  /** As saved (every field optional). */
  settings: ReportSettings;
  /** With the defaults filled in, as a document would print them. */
  resolved: ResolvedReportSettings;
}

export interface ReportListResult {
  rows: IssuedReportView[];
}

export interface ExportedFile {
  /** Position in the job, for `reports:download`. */
  index: number;
  /** The file name, in Chinese: 评查情况通报-津滨司发〔2026〕12号.docx. */
  name: string;
  format: ReportExportFormat;
  size: number;
  kind: ReportKind;
  /** `issued`: rendered from a frozen model; `preview`: from the store as it is now. */
  source: 'issued' | 'preview';
  reportId: number | null;
  version: number | null;
}

export interface ExportJobResult {
  jobId: string;
  files: ExportedFile[];
  /** Reports this job issued (mode `issue`). */
  issued: IssuedReportView[];
  /** The name `reports:download` gives the zip of all files. */
  archiveName: string;
  totalBytes: number;
}

/** Pushed while an export job runs (`reports:progress`). */
export interface ReportProgress {
  jobId: string;
  phase: 'building' | 'issuing' | 'rendering' | 'done';
  done: number;
  total: number;
  /** The file being written, or the report being built. */
  current?: string;
}
