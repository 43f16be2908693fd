/**
 * 0040: issued reports (签发的报告) and each campaign's report settings.
 *
 * Design notes:
 * - An issued report is frozen: the row keeps the whole model as it was printed (JSON) and the
 *   sha256 of its content (reportContentJson), so exporting it again renders exactly that
 *   model, never a rebuild from evaluations that may have been reopened since. Triggers refuse
 *   every UPDATE and DELETE: a correction is a reissue, a new row with version N+1 that names
 *   the row it supersedes and why.
 * - `target_key` names what a report is of (one evaluation's 评查表, one campaign's 通报, one
 *   unit's 整改通知书); versions count per target. The campaign, case, evaluation and unit are
 *   kept as columns too, for the lists per campaign and per case.
 * - References have no cascade: a campaign, case or evaluation with an issued report cannot be
 *   deleted (the store never deletes them after a finalised evaluation anyway).
 * - `document_number` (发文字号) is unique among the issued documents that carry one, except
 *   that a reissue may keep the number of the version it replaces.
 * - Report settings (issuing body, numbers, addressees, wording) are one JSON document per
 *   campaign, parsed with the shared schema on every read; they change nothing already issued.
 */
import type { Db } from '../db.ts';

export const version = 40;
export const name = 'reports';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE reports (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('case_score_sheet', 'campaign_report', 'rectification_notice')),
      target_key TEXT NOT NULL,
      campaign_id INTEGER REFERENCES campaigns(id),
      case_id INTEGER REFERENCES cases(id),
      evaluation_id INTEGER REFERENCES evaluations(id),
      unit TEXT,
      version INTEGER NOT NULL CHECK (version >= 1),
      title TEXT NOT NULL,
      document_number TEXT,
      model_json TEXT NOT NULL,
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
      issued_on TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      supersedes_id INTEGER REFERENCES reports(id),
      reason TEXT,
      UNIQUE (target_key, version),
      CHECK ((version = 1) = (supersedes_id IS NULL)),
      CHECK (version = 1 OR length(trim(coalesce(reason, ''))) > 0),
      CHECK (kind <> 'case_score_sheet' OR evaluation_id IS NOT NULL),
      CHECK (kind = 'case_score_sheet' OR campaign_id IS NOT NULL),
      CHECK ((kind = 'rectification_notice') = (unit IS NOT NULL))
    );
    CREATE INDEX reports_by_campaign ON reports(campaign_id, kind, unit, version);
    CREATE INDEX reports_by_case ON reports(case_id, version);
    CREATE INDEX reports_by_number ON reports(document_number) WHERE document_number IS NOT NULL;

    CREATE TRIGGER reports_frozen_update BEFORE UPDATE ON reports
    BEGIN
      SELECT RAISE(ABORT, 'issued reports are frozen: reissue as a new version');
    END;
    CREATE TRIGGER reports_frozen_delete BEFORE DELETE ON reports
    BEGIN
      SELECT RAISE(ABORT, 'issued reports are frozen: they cannot be deleted');
    END;

    CREATE TABLE report_settings (
      campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
      settings_json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );
  `);
}
