import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/store/db.ts';
import { currentVersion, migrate } from '../../electron/store/migrate.ts';
import { LATEST_VERSION } from '../../electron/store/migrations/index.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { syncBundledResources } from '../../electron/store/bundledResources.ts';
import { addCase, cleanCase, tempDir } from '../api/helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function names(db: Db, type: 'table' | 'index' | 'trigger'): string[] {
  return (
    db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]
  ).map((r) => r.name);
}

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

const NEW_TABLES = [
  'reviewers',
  'campaigns',
  'campaign_population',
  'campaign_cases',
  'overturns',
  'rectifications',
  'rectification_replies',
  'rectification_attachments',
  'rectification_events',
];

function insertCampaign(db: Db, title = 'Q2'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (title, period_from, period_to, scope_json, rule_json, created_at, created_by, updated_at)
         VALUES (?, '2025-04-01', '2025-06-30', '{}', '{"kind":"all"}', 't', 'x', 't')`,
      )
      .run(title).lastInsertRowid,
  );
}

describe('migration 0030 (campaigns, reviewers, overturns, rectifications)', () => {
  it('builds its tables, indexes and triggers from empty, and adds the workflow columns to evaluations', async () => {
    const db = openDatabase(':memory:');
    expect(await migrate(db, { target: 30 })).toMatchObject({ from: 0, to: 30 });
    expect(names(db, 'table')).toEqual(expect.arrayContaining(NEW_TABLES));
    expect(names(db, 'trigger')).toEqual(
      expect.arrayContaining([
        'evaluations_campaign_insert',
        'evaluations_campaign_update',
        'campaigns_delete_restrict',
        'evaluations_one_current',
      ]),
    );
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'campaign_cases_by_reviewer',
        'rectifications_by_campaign',
        'rectifications_by_unit_item',
        'overturns_by_evaluation',
        'evaluations_by_campaign',
      ]),
    );
    expect(columns(db, 'evaluations')).toEqual(
      expect.arrayContaining(['submitted_at', 'submitted_by', 'reviewed_at', 'reviewed_by', 'finalized_by']),
    );
    db.close();
  });

  it('enforces the campaign foreign key of evaluations by trigger, and the tables’ own constraints', async () => {
    const dir = tempDir('pingcha-mig30-');
    dirs.push(dir);
    const ws = await openWorkspace(dir);
    const db = ws.db;
    const caseId = addCase(ws, cleanCase('津滨大沽执罚〔2025〕1号'));
    const insertEvaluation = (campaignId: number | null) =>
      db
        .prepare(
          `INSERT INTO evaluations (case_id, template_id, template_version, template_hash, campaign_id, created_at, updated_at)
           VALUES (?, 'general-penalty', '1.0.0', 'h', ?, 't', 't')`,
        )
        .run(caseId, campaignId);
    expect(() => insertEvaluation(42)).toThrow(/FOREIGN KEY constraint failed: evaluations.campaign_id/);
    const campaignId = insertCampaign(db);
    const evaluationId = Number(insertEvaluation(campaignId).lastInsertRowid);
    expect(() => db.prepare('UPDATE evaluations SET campaign_id = 99 WHERE id = ?').run(evaluationId)).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.prepare('DELETE FROM campaigns WHERE id = ?').run(campaignId)).toThrow(/FOREIGN KEY/);
    // Unlinking is allowed; then the campaign may go.
    db.prepare('UPDATE evaluations SET campaign_id = NULL WHERE id = ?').run(evaluationId);
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(campaignId);

    // A unit reviewer has a unit, nobody else has one; names are unique.
    const reviewer = db.prepare(
      `INSERT INTO reviewers (name, affiliation, unit, created_at, updated_at) VALUES (?, ?, ?, 't', 't')`,
    );
    expect(() => reviewer.run('甲', 'unit', null)).toThrow(/CHECK/);
    expect(() => reviewer.run('乙', 'legal_office', '大沽')).toThrow(/CHECK/);
    reviewer.run('丙', 'legal_office', null);
    expect(() => reviewer.run('丙', 'external', null)).toThrow(/UNIQUE/);

    // A drawn case must be in the campaign's population.
    const c2 = insertCampaign(db, 'Q3');
    expect(() =>
      db
        .prepare(`INSERT INTO campaign_cases (campaign_id, case_id, evaluation_id, origin) VALUES (?, ?, ?, 'created')`)
        .run(c2, caseId, evaluationId),
    ).toThrow(/FOREIGN KEY/);
    // A frozen population keeps its case: deleting it is refused (the importer's "replace" relies on it).
    db.prepare(
      `INSERT INTO campaign_population (campaign_id, case_id, case_number, case_type, stratum) VALUES (?, ?, 'n', 'penalty', 's')`,
    ).run(c2, caseId);
    db.prepare('DELETE FROM evaluations').run();
    expect(() => db.prepare('DELETE FROM cases WHERE id = ?').run(caseId)).toThrow(/FOREIGN KEY/);
    ws.close();
  });

  it('migrates a version-20 workspace with evaluations in it: every result, finding and audit entry survives', async () => {
    const dir = tempDir('pingcha-mig30-');
    dirs.push(dir);
    const file = path.join(dir, 'pingcha.sqlite');
    const db = openDatabase(file);
    await migrate(db, { target: 20 });
    syncBundledResources(db);
    const caseId = addCase({ db }, cleanCase('津滨大沽执罚〔2025〕7号'));
    // Version-20 rows written as the version-20 app wrote them (today's code expects the new columns).
    const evaluationId = Number(
      db
        .prepare(
          `INSERT INTO evaluations (case_id, template_id, template_version, template_hash, reviewer, status, total, grade,
             score_json, created_at, updated_at)
           VALUES (?, 'general-penalty', '1.0.0', 'h', '评查员甲', 'in_progress', 97, '优秀', '{"total":97}', 't', 't')`,
        )
        .run(caseId).lastInsertRowid,
    );
    db.exec(`INSERT INTO item_results (evaluation_id, item_id, kind, status, deductions_json, note, updated_at, updated_by)
               VALUES (${evaluationId}, 'C1', 'item', 'deducted', '[{"optionId":"insufficient","points":3}]', '缺照片', 't', '评查员甲');
             INSERT INTO findings (evaluation_id, rule, status, reason, reason_en, article, decision, checked_at)
               VALUES (${evaluationId}, 'two_officers', 'pass', 'r', 'r', 'a', 'accepted', 't');
             INSERT INTO audit_log (at, actor, entity, entity_id, evaluation_id, action, after_json)
               VALUES ('t', '评查员甲', 'item_result', 'C1', ${evaluationId}, 'create', '{}');`);
    const before = {
      evaluations: db.prepare('SELECT id, case_id, status, total, grade, score_json FROM evaluations').all(),
      items: db.prepare('SELECT * FROM item_results ORDER BY item_id').all(),
      findings: db.prepare('SELECT * FROM findings ORDER BY id').all(),
      audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
    };
    expect(before.evaluations).toHaveLength(1);
    db.close();

    const ws = await openWorkspace(dir);
    // Opening migrates to the latest version: 0030 and everything after it leave these rows alone.
    expect(ws.migration).toMatchObject({ from: 20, to: LATEST_VERSION });
    expect(ws.migration.backup).not.toBeNull();
    expect(currentVersion(ws.db)).toBe(LATEST_VERSION);
    expect(ws.db.prepare('SELECT id, case_id, status, total, grade, score_json FROM evaluations').all()).toEqual(
      before.evaluations,
    );
    expect(ws.db.prepare('SELECT * FROM item_results ORDER BY item_id').all()).toEqual(before.items);
    expect(ws.db.prepare('SELECT * FROM findings ORDER BY id').all()).toEqual(before.findings);
    expect(ws.db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before.audit);
    expect(
      ws.db.prepare('SELECT submitted_at, submitted_by, reviewed_at, reviewed_by, finalized_by FROM evaluations').get(),
    ).toEqual({ submitted_at: null, submitted_by: null, reviewed_at: null, reviewed_by: null, finalized_by: null });
    for (const table of NEW_TABLES) {
      expect(ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    // The backup is the version-20 database as it was.
    const backup = openDatabase(ws.migration.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(20);
    expect(backup.prepare('SELECT count(*) AS n FROM item_results').get()).toEqual({ n: before.items.length });
    backup.close();
    ws.close();
  });
});
