/**
 * 0020: evaluations and what they rest on — checklist templates (versioned, pinned by content
 * hash), region profiles, per-item results, evidence citations, automatic-check findings with
 * the reviewer's decision, and the audit log of every change.
 *
 * Design notes:
 * - `evaluations.case_id` is ON DELETE RESTRICT: the importer's "replace" deletes the old case
 *   and relies on this key to refuse when the case has been evaluated.
 * - An evaluation pins its template by (template_id, template_version) — a foreign key into
 *   `templates` — plus the content hash it was scored with.
 * - `is_current` marks the evaluation the case list shows; a trigger keeps exactly one current
 *   evaluation per case (the newest), whoever inserts it (this module or campaigns).
 * - `campaign_id` has no foreign key yet: the campaigns table arrives in 0030.
 * - The audit log has no foreign keys on purpose: it must outlive what it describes.
 */
import type { Db } from '../db.ts';

export const version = 20;
export const name = 'evaluations';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE templates (
      id INTEGER PRIMARY KEY,
      template_id TEXT NOT NULL,
      version TEXT NOT NULL,
      name TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      json TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('bundled', 'user')),
      imported_at TEXT NOT NULL,
      UNIQUE (template_id, version)
    );

    CREATE TABLE profiles (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      json TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('bundled', 'user')),
      updated_at TEXT NOT NULL
    );

    CREATE TABLE evaluations (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
      template_id TEXT NOT NULL,
      template_version TEXT NOT NULL,
      template_hash TEXT NOT NULL,
      profile_id TEXT,
      profile_hash TEXT,
      reviewer TEXT,
      status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'submitted', 'reviewed', 'finalized')),
      total REAL,
      grade TEXT,
      grade_id TEXT,
      vetoed INTEGER NOT NULL DEFAULT 0 CHECK (vetoed IN (0, 1)),
      complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
      score_json TEXT,
      checks_run_at TEXT,
      checks_today TEXT,
      is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
      campaign_id INTEGER,
      content_hash TEXT,
      finalized_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      FOREIGN KEY (template_id, template_version) REFERENCES templates(template_id, version)
    );
    -- One evaluation per case and template version (and per campaign, when there is one).
    CREATE UNIQUE INDEX evaluations_pin
      ON evaluations(case_id, template_id, template_version, coalesce(campaign_id, 0));
    CREATE UNIQUE INDEX evaluations_current ON evaluations(case_id) WHERE is_current = 1;
    -- The case list's filters and sort probe these through the current evaluation.
    CREATE INDEX evaluations_by_status ON evaluations(status, case_id) WHERE is_current = 1;
    CREATE INDEX evaluations_by_grade ON evaluations(grade, case_id) WHERE is_current = 1;
    CREATE INDEX evaluations_by_total ON evaluations(total, case_id) WHERE is_current = 1;
    CREATE INDEX evaluations_by_campaign ON evaluations(campaign_id) WHERE campaign_id IS NOT NULL;
    CREATE INDEX evaluations_by_template ON evaluations(template_id, template_version);

    -- BEFORE, so the partial unique index never sees two current rows for one case.
    CREATE TRIGGER evaluations_one_current BEFORE INSERT ON evaluations WHEN new.is_current = 1 BEGIN
      UPDATE evaluations SET is_current = 0 WHERE case_id = new.case_id AND is_current = 1;
    END;

    -- kind: 'item' (scored), 'bonus' or 'veto'. status: the scoring engine's item statuses,
    -- or 'hit' / 'clear' for a veto. deductions_json: the chosen options (awards on a bonus item).
    CREATE TABLE item_results (
      evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('item', 'bonus', 'veto')),
      status TEXT NOT NULL,
      deductions_json TEXT NOT NULL DEFAULT '[]',
      note TEXT,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (evaluation_id, item_id)
    ) WITHOUT ROWID;

    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY,
      evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES documents(id),
      page_no INTEGER,
      quote TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    );
    CREATE INDEX evidence_by_item ON evidence(evaluation_id, item_id);
    CREATE INDEX evidence_by_document ON evidence(document_id);

    -- applied_json: what accepting the finding changed (item options, veto hits), so that a
    -- later override or re-run can take back exactly that and nothing the reviewer set.
    CREATE TABLE findings (
      id INTEGER PRIMARY KEY,
      evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
      rule TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'not_applicable', 'unknown')),
      reason TEXT NOT NULL,
      reason_en TEXT NOT NULL,
      article TEXT NOT NULL,
      suggested_deduction TEXT,
      evidence_json TEXT NOT NULL DEFAULT '[]',
      computation_json TEXT,
      decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accepted', 'overridden')),
      decision_reason TEXT,
      decided_by TEXT,
      decided_at TEXT,
      applied_json TEXT,
      checked_at TEXT NOT NULL,
      UNIQUE (evaluation_id, rule)
    );

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      evaluation_id INTEGER,
      action TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT
    );
    CREATE INDEX audit_by_evaluation ON audit_log(evaluation_id, id) WHERE evaluation_id IS NOT NULL;
    CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);
  `);
}
