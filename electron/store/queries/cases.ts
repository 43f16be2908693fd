/** Reading cases: the filtered, sorted, paged case list and one case with its documents. */
import type {
  CaseDetail,
  CaseListResult,
  CaseSummary,
  DocumentInfo,
  WorkspaceInfo,
} from '../../../shared/api/types.ts';
import type { CaseListInput } from '../../../shared/api/contract.ts';
import { caseListInput } from '../../../shared/api/contract.ts';
import { orderDocuments } from '../../../shared/domain/documentOrder.ts';
import type { DocumentType } from '../../../shared/domain/documentTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { queryCaseList } from '../caseListIndex.ts';
import { stmt, type Db } from '../db.ts';
import { SHOWN_GRADE, SHOWN_TOTAL } from './evaluationShown.ts';
import { currentVersion } from '../migrate.ts';

const SUMMARY_COLUMNS = `
  c.id AS id, c.case_number AS caseNumber, c.version AS version, c.case_type AS caseType, c.procedure AS procedure,
  c.agency AS agency, c.unit AS unit, c.cause AS cause, c.party_type AS partyType, c.party_name AS partyName,
  c.fine_yuan AS fineYuan, c.filed_date AS filedDate, c.decided_date AS decidedDate, c.case_date AS caseDate,
  c.document_count AS documentCount, c.page_count AS pageCount,
  coalesce(e.status, 'not_started') AS evaluationStatus, ${SHOWN_TOTAL} AS total, ${SHOWN_GRADE} AS grade`;

/** The case's current evaluation (at most one per case: a partial unique index guards it). */
const EVALUATION_JOIN = 'LEFT JOIN evaluations e ON e.case_id = c.id AND e.is_current = 1';

/**
 * The case list: filter, sort and page in memory (caseListIndex.ts, fast at 100,000 cases),
 * then the page's rows from SQLite by id, in the index's order.
 */
export function listCases(db: Db, rawInput: CaseListInput): CaseListResult {
  const input = caseListInput.parse(rawInput);
  const { total, ids } = queryCaseList(
    db,
    {
      unit: input.unit ?? null,
      caseType: input.caseType ?? null,
      procedure: input.procedure ?? null,
      dateFrom: input.dateFrom ?? null,
      dateTo: input.dateTo ?? null,
      text: input.text?.trim() ? input.text.trim() : null,
      evaluationStatus: input.evaluationStatus ?? null,
      grade: input.grade ?? null,
    },
    input.sort,
    input.direction,
    input.offset,
    input.limit,
  );
  if (ids.length === 0) return { total, rows: [] };
  const found = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM cases c ${EVALUATION_JOIN}
      WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as CaseSummary[];
  const byId = new Map(found.map((row) => [row.id, row]));
  return { total, rows: ids.map((id) => byId.get(id)).filter((row): row is CaseSummary => row !== undefined) };
}

export function listDocuments(db: Db, caseId: number): DocumentInfo[] {
  return stmt(
    db,
    `SELECT d.id, d.seq, d.type, d.type_source AS typeSource, d.title, d.file_name AS fileName, d.kind, d.mime,
            d.page_count AS pageCount, d.doc_date AS date, d.sha256, b.size
       FROM documents d JOIN blobs b ON b.sha256 = d.sha256 WHERE d.case_id = ? ORDER BY d.seq`,
  ).all(caseId) as DocumentInfo[];
}

export function getCase(db: Db, caseId: number): CaseDetail {
  const row = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS}, c.data_json AS dataJson, c.provenance_json AS provenanceJson,
            c.warnings_json AS warningsJson, b.location AS bundleLocation, b.imported_at AS importedAt
       FROM cases c JOIN bundles b ON b.id = c.bundle_id ${EVALUATION_JOIN} WHERE c.id = ?`,
  ).get(caseId) as
    | (CaseSummary & {
        dataJson: string;
        provenanceJson: string;
        warningsJson: string;
        bundleLocation: string;
        importedAt: string;
      })
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `case ${caseId}`, field: 'caseId' });
  const { dataJson, provenanceJson, warningsJson, bundleLocation, importedAt, ...summary } = row;
  return {
    ...summary,
    data: JSON.parse(dataJson),
    provenance: JSON.parse(provenanceJson),
    warnings: JSON.parse(warningsJson),
    documents: listDocuments(db, caseId),
    bundleLocation,
    importedAt,
  };
}

export function findCaseByNumber(db: Db, caseNumber: string): number | null {
  const row = stmt(db, 'SELECT id FROM cases WHERE case_number = ? AND is_current = 1').get(caseNumber) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export function documentBlob(db: Db, documentId: number): { sha256: string; mime: string; fileName: string } {
  const row = stmt(db, 'SELECT sha256, mime, file_name AS fileName FROM documents WHERE id = ?').get(documentId) as
    { sha256: string; mime: string; fileName: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `document ${documentId}`, field: 'documentId' });
  return row;
}

/**
 * The document a case opens at: its first in the 卷内目录 order (null: the case has no
 * documents). NOT_FOUND for a case that is not stored.
 */
export function leadDocumentId(db: Db, caseId: number): number | null {
  const known = stmt(db, 'SELECT 1 FROM cases WHERE id = ?').get(caseId);
  if (!known) throw new AppError('NOT_FOUND', { detail: `case ${caseId}`, field: 'caseId' });
  const documents = stmt(db, 'SELECT id, type, seq FROM documents WHERE case_id = ?').all(caseId) as {
    id: number;
    type: DocumentType;
    seq: number;
  }[];
  return orderDocuments(documents)[0]?.id ?? null;
}

export function pageTexts(db: Db, documentId: number): string[] {
  return (
    stmt(db, 'SELECT text FROM pages WHERE document_id = ? ORDER BY page_no').all(documentId) as { text: string }[]
  ).map((r) => r.text);
}

export function workspaceInfo(db: Db, dir: string): WorkspaceInfo {
  const counts = stmt(
    db,
    `SELECT (SELECT count(*) FROM cases WHERE is_current = 1) AS cases,
            (SELECT count(*) FROM documents) AS documents,
            (SELECT count(*) FROM pages) AS pages`,
  ).get() as { cases: number; documents: number; pages: number };
  const units = (
    stmt(db, 'SELECT DISTINCT unit FROM cases WHERE is_current = 1 AND unit IS NOT NULL ORDER BY unit').all() as {
      unit: string;
    }[]
  ).map((r) => r.unit);
  return { dir, schemaVersion: currentVersion(db), ...counts, units };
}
