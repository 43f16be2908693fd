/** Evidence citations of an evaluation: "this item rests on page N of that document". */
import type { EvidenceView } from '../../../shared/api/evaluationTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { stmt, type Db } from '../db.ts';

const ROW_SQL = `SELECT v.id, v.evaluation_id AS evaluationId, v.item_id AS itemId, v.document_id AS documentId,
    d.title AS documentTitle, d.type AS documentType, v.page_no AS pageNo, v.quote, v.created_at AS createdAt,
    v.created_by AS createdBy
  FROM evidence v JOIN documents d ON d.id = v.document_id`;

export function evidenceList(db: Db, evaluationId: number): EvidenceView[] {
  return stmt(db, `${ROW_SQL} WHERE v.evaluation_id = ? ORDER BY v.item_id, v.id`).all(evaluationId) as EvidenceView[];
}

export function evidenceById(db: Db, evaluationId: number, evidenceId: number): EvidenceView {
  const row = stmt(db, `${ROW_SQL} WHERE v.id = ? AND v.evaluation_id = ?`).get(evidenceId, evaluationId) as
    EvidenceView | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `evidence ${evidenceId}`, field: 'evidenceId' });
  return row;
}

/** The cited page must exist in a document of the evaluated case; errors name the field. */
export function checkCitation(db: Db, caseId: number, documentId: number, pageNo: number | null): void {
  const doc = stmt(db, 'SELECT case_id AS caseId, page_count AS pageCount FROM documents WHERE id = ?').get(
    documentId,
  ) as { caseId: number; pageCount: number | null } | undefined;
  if (!doc || doc.caseId !== caseId) {
    throw new AppError('VALIDATION', {
      detail: `documentId ${documentId}: 不是本案卷的文书 / not a document of this case`,
      field: 'documentId',
    });
  }
  if (pageNo !== null && doc.pageCount !== null && pageNo > doc.pageCount) {
    throw new AppError('VALIDATION', {
      detail: `pageNo ${pageNo}: 该文书只有 ${doc.pageCount} 页 / the document has ${doc.pageCount} pages`,
      field: 'pageNo',
    });
  }
}

export function insertEvidence(
  db: Db,
  entry: { evaluationId: number; itemId: string; documentId: number; pageNo: number | null; quote: string | null },
  by: string,
  at: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO evidence (evaluation_id, item_id, document_id, page_no, quote, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(entry.evaluationId, entry.itemId, entry.documentId, entry.pageNo, entry.quote, at, by).lastInsertRowid,
  );
}

export function deleteEvidence(db: Db, evidenceId: number): void {
  stmt(db, 'DELETE FROM evidence WHERE id = ?').run(evidenceId);
}
