/**
 * Issued reports: the frozen rows of `reports` (migration 0040). Rows are only ever inserted;
 * the triggers refuse updates and deletes. Reading a row gives its view (no model) or its
 * model, parsed from the JSON stored when it was issued.
 */
import type { IssuedReportView, ResolvedTarget } from '../../../shared/api/reportTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { fileStemOf } from '../../../shared/reports/fileName.ts';
import type { ReportKind, ReportModel } from '../../../shared/reports/model.ts';
import { stmt, type Db } from '../db.ts';

interface ReportRow {
  id: number;
  kind: ReportKind;
  targetKey: string;
  campaignId: number | null;
  caseId: number | null;
  caseNumber: string | null;
  evaluationId: number | null;
  unit: string | null;
  version: number;
  title: string;
  documentNumber: string | null;
  contentHash: string;
  issuedOn: string;
  issuedAt: string;
  issuedBy: string;
  supersedesId: number | null;
  supersedesVersion: number | null;
  reason: string | null;
  supersededBy: number | null;
  fileStem: string;
}

const SELECT = `SELECT r.id, r.kind, r.target_key AS targetKey, r.campaign_id AS campaignId, r.case_id AS caseId,
    c.case_number AS caseNumber, r.evaluation_id AS evaluationId, r.unit, r.version, r.title,
    r.document_number AS documentNumber, r.content_hash AS contentHash, r.issued_on AS issuedOn,
    r.issued_at AS issuedAt, r.issued_by AS issuedBy, r.supersedes_id AS supersedesId,
    p.version AS supersedesVersion, r.reason,
    (SELECT n.id FROM reports n WHERE n.supersedes_id = r.id) AS supersededBy,
    json_extract(r.model_json, '$.case.caseNumber') AS stemCaseNumber,
    json_extract(r.model_json, '$.documentNumber') AS stemDocumentNumber,
    json_extract(r.model_json, '$.period.label') AS stemPeriodLabel,
    json_extract(r.model_json, '$.addressee') AS stemAddressee
  FROM reports r
  LEFT JOIN cases c ON c.id = r.case_id
  LEFT JOIN reports p ON p.id = r.supersedes_id`;

type RawRow = Omit<ReportRow, 'fileStem'> & {
  stemCaseNumber: string | null;
  stemDocumentNumber: string | null;
  stemPeriodLabel: string | null;
  stemAddressee: string | null;
};

function viewOf(row: RawRow): IssuedReportView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    fileStem: fileStemOf({
      kind: row.kind,
      version: row.version,
      caseNumber: row.stemCaseNumber,
      documentNumber: row.stemDocumentNumber,
      periodLabel: row.stemPeriodLabel,
      addressee: row.stemAddressee,
    }),
    campaignId: row.campaignId,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    evaluationId: row.evaluationId,
    unit: row.unit,
    version: row.version,
    documentNumber: row.documentNumber,
    contentHash: row.contentHash,
    issuedOn: row.issuedOn,
    issuedAt: row.issuedAt,
    issuedBy: row.issuedBy,
    supersedes:
      row.supersedesId === null
        ? null
        : { id: row.supersedesId, version: row.supersedesVersion ?? row.version - 1, reason: row.reason ?? '' },
    supersededBy: row.supersededBy,
  };
}

export interface IssuedReport {
  view: IssuedReportView;
  model: ReportModel;
  /** The stored JSON, byte for byte what was hashed and frozen. */
  modelJson: string;
}

function withModel(db: Db, row: RawRow): IssuedReport {
  const { json } = stmt(db, 'SELECT model_json AS json FROM reports WHERE id = ?').get(row.id) as { json: string };
  return { view: viewOf(row), model: JSON.parse(json) as ReportModel, modelJson: json };
}

export function issuedReport(db: Db, id: number, field = 'reportId'): IssuedReport {
  const row = stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as RawRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `报告 report ${id}`, field });
  return withModel(db, row);
}

/** Every version of one target, newest first. */
export function targetVersions(db: Db, targetKey: string): IssuedReportView[] {
  return (stmt(db, `${SELECT} WHERE r.target_key = ? ORDER BY r.version DESC`).all(targetKey) as RawRow[]).map(viewOf);
}

export function latestIssued(db: Db, targetKey: string): IssuedReport | null {
  const row = stmt(db, `${SELECT} WHERE r.target_key = ? ORDER BY r.version DESC LIMIT 1`).get(targetKey) as
    RawRow | undefined;
  return row ? withModel(db, row) : null;
}

export function listIssued(
  db: Db,
  input: {
    campaignId?: number | undefined;
    caseId?: number | undefined;
    kind?: ReportKind | undefined;
    unit?: string | undefined;
    latestOnly: boolean;
  },
): IssuedReportView[] {
  const rows = stmt(
    db,
    `${SELECT} WHERE (:campaignId IS NULL OR r.campaign_id = :campaignId)
        AND (:caseId IS NULL OR r.case_id = :caseId)
        AND (:kind IS NULL OR r.kind = :kind)
        AND (:unit IS NULL OR r.unit = :unit)
        AND (:latestOnly = 0 OR NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes_id = r.id))
      ORDER BY CASE r.kind WHEN 'campaign_report' THEN 0 WHEN 'rectification_notice' THEN 1 ELSE 2 END,
        r.unit, c.case_number, r.target_key, r.version DESC`,
  ).all({
    campaignId: input.campaignId ?? null,
    caseId: input.caseId ?? null,
    kind: input.kind ?? null,
    unit: input.unit ?? null,
    latestOnly: input.latestOnly ? 1 : 0,
  }) as RawRow[];
  return rows.map(viewOf);
}

/** Another target already printed under this 发文字号 (a reissue may keep its own). */
export function numberTakenBy(db: Db, documentNumber: string, targetKey: string): IssuedReportView | null {
  const row = stmt(db, `${SELECT} WHERE r.document_number = ? AND r.target_key <> ? LIMIT 1`).get(
    documentNumber,
    targetKey,
  ) as RawRow | undefined;
  return row ? viewOf(row) : null;
}

export interface IssueRow {
  target: ResolvedTarget;
  version: number;
  title: string;
  documentNumber: string | null;
  modelJson: string;
  contentHash: string;
  issuedOn: string;
  issuedAt: string;
  issuedBy: string;
  supersedesId: number | null;
  reason: string | null;
}

export function insertIssued(db: Db, row: IssueRow): number {
  return Number(
    stmt(
      db,
      `INSERT INTO reports (kind, target_key, campaign_id, case_id, evaluation_id, unit, version, title, document_number,
         model_json, content_hash, issued_on, issued_at, issued_by, supersedes_id, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.target.kind,
      row.target.key,
      row.target.campaignId,
      row.target.caseId,
      row.target.evaluationId,
      row.target.unit,
      row.version,
      row.title,
      row.documentNumber,
      row.modelJson,
      row.contentHash,
      row.issuedOn,
      row.issuedAt,
      row.issuedBy,
      row.supersedesId,
      row.reason,
    ).lastInsertRowid,
  );
}
