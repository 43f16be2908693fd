/**
 * 0030: campaigns (评查活动) and what hangs on them — reviewers, the frozen population and the
 * draw, the drawn cases with their evaluation and reviewer, the 复核 overturns, and the
 * rectification items (整改事项) with the unit's replies, their evidence files and a timeline.
 *
 * Design notes:
 * - `evaluations.campaign_id` gets its foreign key as triggers, not by rebuilding the table.
 *   SQLite cannot add a constraint to an existing table; the documented rebuild (create, copy,
 *   drop, rename) runs inside the migration's transaction, where `PRAGMA foreign_keys` cannot
 *   be switched off, and with foreign keys on the DROP of the old table is an implicit DELETE
 *   that cascades to item_results, evidence and findings — every reviewer's work would go.
 *   The triggers enforce the same rule (insert/update of a campaign id that does not exist is
 *   refused; a campaign with evaluations cannot be deleted), and the index from 0020 serves
 *   the lookups. Existing rows are not touched: before 0030 nothing could set a campaign id.
 * - The population is frozen row by row (`campaign_population`) with the values the draw used
 *   (unit, procedure, case date as they were), so the 抽样记录 can be reprinted and re-run
 *   after cases are re-imported as new versions. It references cases without cascade: the
 *   importer's "replace" is refused for a case in a frozen population, as for evaluated ones.
 * - `campaign_cases` is the drawn sample: one row per drawn case with its evaluation and its
 *   reviewer (the assignment); `origin` says whether the draw created the evaluation or took
 *   over an ad-hoc one, so that resetting a draw deletes only what it made.
 * - Overturns keep the results before and after as JSON (the scoring engine's shapes) plus
 *   the points, so a report needs no replay.
 * - Rectification items keep their own copy of the case's unit and the standard's wording:
 *   an issued 整改通知 must read the same whatever is edited later. Replies and attachments
 *   cascade with their item; attachment bytes live in `blobs` / files/ like documents.
 *   `overdue` is not a column: it depends on today (see shared/campaigns/rectification.ts).
 */
import type { Db } from '../db.ts';

export const version = 30;
export const name = 'campaigns';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE reviewers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      affiliation TEXT NOT NULL CHECK (affiliation IN ('unit', 'legal_office', 'external')),
      unit TEXT,
      title TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((affiliation = 'unit') = (unit IS NOT NULL))
    );

    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      organiser TEXT,
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      scope_json TEXT NOT NULL,
      rule_json TEXT NOT NULL,
      seed TEXT,
      -- previous_auto = 1: the previous campaign is the latest one ending before period_from.
      previous_campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
      previous_auto INTEGER NOT NULL DEFAULT 1 CHECK (previous_auto IN (0, 1)),
      rectification_days INTEGER NOT NULL DEFAULT 15 CHECK (rectification_days BETWEEN 1 AND 120),
      notes TEXT,
      drawn_at TEXT,
      drawn_by TEXT,
      -- The draw's record without the case lists (those are campaign_population rows).
      draw_json TEXT,
      population_hash TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (period_from <= period_to),
      CHECK ((drawn_at IS NULL) = (draw_json IS NULL))
    );
    CREATE INDEX campaigns_by_period ON campaigns(period_to, period_from);

    CREATE TABLE campaign_population (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      case_number TEXT NOT NULL,
      unit TEXT,
      case_type TEXT NOT NULL,
      procedure TEXT,
      case_date TEXT,
      stratum TEXT NOT NULL,
      pick INTEGER CHECK (pick IS NULL OR pick >= 1),
      PRIMARY KEY (campaign_id, case_id)
    ) WITHOUT ROWID;
    CREATE INDEX campaign_population_by_case ON campaign_population(case_id);

    CREATE TABLE campaign_cases (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      case_id INTEGER NOT NULL REFERENCES cases(id),
      evaluation_id INTEGER NOT NULL UNIQUE REFERENCES evaluations(id),
      origin TEXT NOT NULL CHECK (origin IN ('created', 'linked')),
      reviewer_id INTEGER REFERENCES reviewers(id),
      assigned_at TEXT,
      assigned_by TEXT,
      PRIMARY KEY (campaign_id, case_id),
      FOREIGN KEY (campaign_id, case_id) REFERENCES campaign_population(campaign_id, case_id)
    ) WITHOUT ROWID;
    CREATE INDEX campaign_cases_by_reviewer ON campaign_cases(reviewer_id, campaign_id);

    -- The FK 0020 could not declare (see the header): campaign ids must exist …
    CREATE TRIGGER evaluations_campaign_insert BEFORE INSERT ON evaluations
      WHEN new.campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaigns WHERE id = new.campaign_id)
    BEGIN
      SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: evaluations.campaign_id');
    END;
    CREATE TRIGGER evaluations_campaign_update BEFORE UPDATE OF campaign_id ON evaluations
      WHEN new.campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaigns WHERE id = new.campaign_id)
    BEGIN
      SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: evaluations.campaign_id');
    END;
    -- … and a campaign that evaluations point at cannot be deleted (ON DELETE RESTRICT).
    CREATE TRIGGER campaigns_delete_restrict BEFORE DELETE ON campaigns
      WHEN EXISTS (SELECT 1 FROM evaluations WHERE campaign_id = old.id)
    BEGIN
      SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: evaluations.campaign_id');
    END;

    -- Who moved an evaluation through the workflow (also in the audit log; here for score sheets).
    ALTER TABLE evaluations ADD COLUMN submitted_at TEXT;
    ALTER TABLE evaluations ADD COLUMN submitted_by TEXT;
    ALTER TABLE evaluations ADD COLUMN reviewed_at TEXT;
    ALTER TABLE evaluations ADD COLUMN reviewed_by TEXT;
    ALTER TABLE evaluations ADD COLUMN finalized_by TEXT;

    CREATE TABLE overturns (
      id INTEGER PRIMARY KEY,
      evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
      target TEXT NOT NULL CHECK (target IN ('item', 'veto')),
      item_id TEXT NOT NULL,
      item_name TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT,
      deducted_before REAL,
      deducted_after REAL,
      reviewer TEXT NOT NULL,
      original_reviewer TEXT,
      reason TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX overturns_by_evaluation ON overturns(evaluation_id, id);

    CREATE TABLE rectifications (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      evaluation_id INTEGER NOT NULL REFERENCES evaluations(id),
      case_id INTEGER NOT NULL REFERENCES cases(id),
      case_number TEXT NOT NULL,
      unit TEXT NOT NULL,
      target TEXT NOT NULL CHECK (target IN ('item', 'veto')),
      template_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      item_name TEXT NOT NULL,
      category TEXT,
      deducted REAL,
      problem TEXT NOT NULL,
      requirement TEXT NOT NULL,
      legal_basis TEXT,
      working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 120),
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'done', 'accepted')),
      issued_on TEXT,
      deadline TEXT,
      done_on TEXT,
      accepted_on TEXT,
      accepted_by TEXT,
      accepted_by_id INTEGER REFERENCES reviewers(id),
      repeat_of_id INTEGER REFERENCES rectifications(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (evaluation_id, target, item_id),
      CHECK ((issued_on IS NULL) = (deadline IS NULL)),
      CHECK (issued_on IS NOT NULL OR status = 'pending')
    );
    CREATE INDEX rectifications_by_campaign ON rectifications(campaign_id, unit, status);
    CREATE INDEX rectifications_by_unit_item ON rectifications(unit, template_id, item_id);
    CREATE INDEX rectifications_by_deadline ON rectifications(deadline, status) WHERE issued_on IS NOT NULL;
    CREATE INDEX rectifications_by_repeat ON rectifications(repeat_of_id) WHERE repeat_of_id IS NOT NULL;

    CREATE TABLE rectification_replies (
      id INTEGER PRIMARY KEY,
      rectification_id INTEGER NOT NULL REFERENCES rectifications(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      at TEXT NOT NULL,
      by TEXT NOT NULL
    );
    CREATE INDEX rectification_replies_by_item ON rectification_replies(rectification_id, id);

    CREATE TABLE rectification_attachments (
      id INTEGER PRIMARY KEY,
      reply_id INTEGER NOT NULL REFERENCES rectification_replies(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      size INTEGER NOT NULL,
      mime TEXT NOT NULL
    );
    CREATE INDEX rectification_attachments_by_reply ON rectification_attachments(reply_id, id);

    CREATE TABLE rectification_events (
      id INTEGER PRIMARY KEY,
      rectification_id INTEGER NOT NULL REFERENCES rectifications(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      reason TEXT,
      reply_id INTEGER REFERENCES rectification_replies(id),
      detail_json TEXT
    );
    CREATE INDEX rectification_events_by_item ON rectification_events(rectification_id, id);
  `);
}
