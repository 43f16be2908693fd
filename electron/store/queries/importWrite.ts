/**
 * Writes one prepared bundle — bundle row, blobs, case, documents, pages and their full-text
 * tokens — in a single transaction, applying the conflict policy for an existing case number.
 * Either the whole case lands or nothing does.
 */
import type { CaseBundle } from '../../../shared/domain/bundle.ts';
import type { DocumentType } from '../../../shared/domain/documentTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Provenance } from '../../../shared/api/types.ts';
import { indexTokens } from '../../../shared/search/segment.ts';
import { nowIso, stmt, type Db } from '../db.ts';

export type ConflictPolicy = 'skip' | 'replace' | 'version';

export interface PreparedDocument {
  seq: number;
  type: DocumentType;
  typeSource: 'declared' | 'name' | 'text' | 'none';
  declaredType: string | null;
  title: string | null;
  fileName: string;
  bundlePath: string;
  sha256: string;
  size: number;
  kind: 'pdf' | 'image' | 'attachment';
  mime: string;
  pageCount: number | null;
  date: string | null;
  pages: string[];
}

export interface PreparedBundle {
  contentHash: string;
  location: string;
  shape: 'structured' | 'loose';
  data: CaseBundle;
  provenance: Record<string, Provenance>;
  warnings: string[];
  documents: PreparedDocument[];
}

export interface WrittenCase {
  caseId: number;
  version: number;
  pages: number;
}

export function findBundleByHash(db: Db, contentHash: string): { id: number; caseNumber: string | null } | null {
  const row = stmt(
    db,
    `SELECT b.id AS id, (SELECT c.case_number FROM cases c WHERE c.bundle_id = b.id LIMIT 1) AS caseNumber
       FROM bundles b WHERE b.content_hash = ?`,
  ).get(contentHash) as { id: number; caseNumber: string | null } | undefined;
  return row ?? null;
}

function currentCase(db: Db, caseNumber: string): { id: number; version: number; bundleId: number } | null {
  const row = stmt(
    db,
    'SELECT id, version, bundle_id AS bundleId FROM cases WHERE case_number = ? AND is_current = 1',
  ).get(caseNumber) as { id: number; version: number; bundleId: number } | undefined;
  return row ?? null;
}

function caseDate(data: CaseBundle): string | null {
  const d = data.dates;
  return d.decided ?? d.filed ?? d.inspected ?? d.measureStarted ?? d.discovered ?? null;
}

function removeCase(db: Db, id: number, bundleId: number): void {
  try {
    stmt(db, 'DELETE FROM cases WHERE id = ?').run(id);
  } catch (err) {
    if (String(err).includes('FOREIGN KEY')) {
      throw new AppError('CONFLICT', {
        detail:
          '原案卷已有评查记录，不能替换；请改为“保留为新版本” / the existing case has evaluations: import as a new version instead',
        details: String(err),
      });
    }
    throw err;
  }
  const others = stmt(db, 'SELECT count(*) AS n FROM cases WHERE bundle_id = ?').get(bundleId) as { n: number };
  if (others.n === 0) stmt(db, 'DELETE FROM bundles WHERE id = ?').run(bundleId);
}

/**
 * Writes the bundle. Throws AppError CASE_NUMBER_CONFLICT under the `skip` policy when a
 * different current case has the same number; the transaction then writes nothing.
 */
export function writeBundle(
  db: Db,
  bundle: PreparedBundle,
  options: { runId: number; onConflict: ConflictPolicy; beforeCommit?: (caseNumber: string) => void },
): WrittenCase {
  return db.transaction((): WrittenCase => {
    const now = nowIso();
    const data = bundle.data;
    let version = 1;
    const existing = currentCase(db, data.caseNumber);
    if (existing) {
      if (options.onConflict === 'skip') {
        throw new AppError('CASE_NUMBER_CONFLICT', {
          detail: data.caseNumber,
          field: 'caseNumber',
          details: { existingCaseId: existing.id },
        });
      }
      if (options.onConflict === 'replace') {
        removeCase(db, existing.id, existing.bundleId);
        const max = stmt(db, 'SELECT max(version) AS v FROM cases WHERE case_number = ?').get(data.caseNumber) as {
          v: number | null;
        };
        version = (max.v ?? 0) + 1;
      } else {
        stmt(db, 'UPDATE cases SET is_current = 0 WHERE id = ?').run(existing.id);
        const max = stmt(db, 'SELECT max(version) AS v FROM cases WHERE case_number = ?').get(data.caseNumber) as {
          v: number;
        };
        version = max.v + 1;
      }
    }

    const bundleId = Number(
      stmt(
        db,
        'INSERT INTO bundles (content_hash, location, shape, import_run_id, imported_at) VALUES (?, ?, ?, ?, ?)',
      ).run(bundle.contentHash, bundle.location, bundle.shape, options.runId, now).lastInsertRowid,
    );
    const pageTotal = bundle.documents.reduce((n, d) => n + (d.pageCount ?? 0), 0);
    const caseId = Number(
      stmt(
        db,
        `INSERT INTO cases (case_number, version, is_current, bundle_id, case_type, procedure, agency, unit, sector,
           cause, party_type, party_name, fine_yuan, filed_date, decided_date, case_date, document_count, page_count,
           data_json, provenance_json, warnings_json, created_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        data.caseNumber,
        version,
        bundleId,
        data.caseType,
        data.procedure ?? null,
        data.agency ?? null,
        data.unit ?? null,
        data.sector ?? null,
        data.cause ?? null,
        data.party?.type ?? null,
        data.party?.name ?? null,
        data.penalty?.fineYuan ?? null,
        data.dates.filed ?? null,
        data.dates.decided ?? null,
        caseDate(data),
        bundle.documents.length,
        pageTotal,
        JSON.stringify(data),
        JSON.stringify(bundle.provenance),
        JSON.stringify(bundle.warnings),
        now,
      ).lastInsertRowid,
    );

    const insertBlob = stmt(db, 'INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)');
    const insertDoc = stmt(
      db,
      `INSERT INTO documents (case_id, seq, type, type_source, declared_type, title, file_name, bundle_path, sha256,
         kind, mime, page_count, doc_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPage = stmt(db, 'INSERT INTO pages (document_id, page_no, text) VALUES (?, ?, ?)');
    const insertTokens = stmt(db, 'INSERT INTO pages_fts (rowid, tokens) VALUES (?, ?)');
    for (const doc of bundle.documents) {
      insertBlob.run(doc.sha256, doc.size, doc.mime, now);
      const documentId = Number(
        insertDoc.run(
          caseId,
          doc.seq,
          doc.type,
          doc.typeSource,
          doc.declaredType,
          doc.title,
          doc.fileName,
          doc.bundlePath,
          doc.sha256,
          doc.kind,
          doc.mime,
          doc.pageCount,
          doc.date,
        ).lastInsertRowid,
      );
      doc.pages.forEach((text, index) => {
        const pageId = Number(insertPage.run(documentId, index + 1, text).lastInsertRowid);
        const tokens = indexTokens(text);
        if (tokens) insertTokens.run(pageId, tokens);
      });
    }
    options.beforeCommit?.(data.caseNumber);
    return { caseId, version, pages: pageTotal };
  })();
}

export function startImportRun(db: Db, inputs: string[]): number {
  return Number(
    stmt(db, 'INSERT INTO import_runs (started_at, inputs_json) VALUES (?, ?)').run(nowIso(), JSON.stringify(inputs))
      .lastInsertRowid,
  );
}

export function finishImportRun(db: Db, runId: number, summary: unknown): void {
  stmt(db, 'UPDATE import_runs SET finished_at = ?, summary_json = ? WHERE id = ?').run(
    nowIso(),
    JSON.stringify(summary),
    runId,
  );
}
