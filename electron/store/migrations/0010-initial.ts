/**
 * 0010: cases, their documents and pages, imported bundles, import runs, the full-text index
 * over page text, and settings.
 *
 * pages_fts is contentless (the text lives once, in pages.text) and holds app-made tokens
 * (shared/search/segment.ts) so that two-character Chinese queries work; rows are written by
 * the importer in the same transaction as the page and deleted by trigger.
 */
import type { Db } from '../db.ts';

export const version = 10;
export const name = 'initial';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE import_runs (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      inputs_json TEXT NOT NULL,
      summary_json TEXT
    );

    CREATE TABLE bundles (
      id INTEGER PRIMARY KEY,
      content_hash TEXT NOT NULL UNIQUE,
      location TEXT NOT NULL,
      shape TEXT NOT NULL CHECK (shape IN ('structured', 'loose')),
      import_run_id INTEGER REFERENCES import_runs(id),
      imported_at TEXT NOT NULL
    );

    CREATE TABLE cases (
      id INTEGER PRIMARY KEY,
      case_number TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
      bundle_id INTEGER NOT NULL REFERENCES bundles(id),
      case_type TEXT NOT NULL,
      procedure TEXT,
      agency TEXT,
      unit TEXT,
      sector TEXT,
      cause TEXT,
      party_type TEXT,
      party_name TEXT,
      fine_yuan REAL,
      filed_date TEXT,
      decided_date TEXT,
      case_date TEXT,
      document_count INTEGER NOT NULL DEFAULT 0,
      page_count INTEGER NOT NULL DEFAULT 0,
      data_json TEXT NOT NULL,
      provenance_json TEXT NOT NULL,
      warnings_json TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      UNIQUE (case_number, version)
    );
    CREATE UNIQUE INDEX cases_current_number ON cases(case_number) WHERE is_current = 1;
    CREATE INDEX cases_by_date ON cases(is_current, case_date, id);
    CREATE INDEX cases_by_unit ON cases(is_current, unit, case_date);
    CREATE INDEX cases_by_type ON cases(is_current, case_type, procedure, case_date);
    CREATE INDEX cases_by_bundle ON cases(bundle_id);

    CREATE TABLE blobs (
      sha256 TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      mime TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      type_source TEXT NOT NULL CHECK (type_source IN ('declared', 'name', 'text', 'none')),
      declared_type TEXT,
      title TEXT,
      file_name TEXT NOT NULL,
      bundle_path TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      kind TEXT NOT NULL CHECK (kind IN ('pdf', 'image', 'attachment')),
      mime TEXT NOT NULL,
      page_count INTEGER,
      doc_date TEXT,
      UNIQUE (case_id, seq)
    );
    CREATE INDEX documents_by_sha ON documents(sha256);

    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      page_no INTEGER NOT NULL,
      text TEXT NOT NULL,
      UNIQUE (document_id, page_no)
    );

    CREATE VIRTUAL TABLE pages_fts USING fts5(
      tokens,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
      DELETE FROM pages_fts WHERE rowid = old.id;
    END;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    );
  `);
}
