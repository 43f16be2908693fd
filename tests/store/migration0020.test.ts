import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/store/db.ts';
import { currentVersion, migrate } from '../../electron/store/migrate.ts';
import { LATEST_VERSION } from '../../electron/store/migrations/index.ts';
import { listCases } from '../../electron/store/queries/cases.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
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

function seedCase(db: Db, caseNumber = 'N1'): number {
  db.exec(
    `INSERT OR IGNORE INTO bundles (id, content_hash, location, shape, imported_at) VALUES (1, 'h', 'l', 'structured', 't')`,
  );
  return Number(
    db
      .prepare(
        `INSERT INTO cases (case_number, bundle_id, case_type, data_json, provenance_json, created_at) VALUES (?, 1, 'penalty', '{}', '{}', 't')`,
      )
      .run(caseNumber).lastInsertRowid,
  );
}

function seedTemplate(db: Db, version: string): void {
  db.prepare(
    `INSERT INTO templates (template_id, version, name, content_hash, json, source, imported_at) VALUES ('g', ?, 'n', 'h', '{}', 'user', 't')`,
  ).run(version);
}

function insertEvaluation(db: Db, caseId: number, version: string, campaignId: number | null = null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO evaluations (case_id, template_id, template_version, template_hash, campaign_id, created_at, updated_at)
         VALUES (?, 'g', ?, 'h', ?, 't', 't')`,
      )
      .run(caseId, version, campaignId).lastInsertRowid,
  );
}

describe('migration 0020 (evaluations)', () => {
  it('builds its tables, indexes and trigger from empty', async () => {
    const db = openDatabase(':memory:');
    expect(await migrate(db, { target: 20 })).toMatchObject({ from: 0, to: 20 });
    expect(names(db, 'table')).toEqual(
      expect.arrayContaining([
        'templates',
        'profiles',
        'evaluations',
        'item_results',
        'evidence',
        'findings',
        'audit_log',
      ]),
    );
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'evaluations_pin',
        'evaluations_current',
        'evaluations_by_status',
        'evaluations_by_grade',
        'evaluations_by_total',
        'audit_by_evaluation',
      ]),
    );
    expect(names(db, 'trigger')).toContain('evaluations_one_current');
    const columns = (db.prepare('PRAGMA table_info(evaluations)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['campaign_id', 'content_hash', 'finalized_at', 'score_json', 'vetoed']),
    );
    db.close();
  });

  it('keeps one current evaluation per case, one per template version, and refuses deleting an evaluated case', async () => {
    const db = openDatabase(':memory:');
    await migrate(db, { target: 20 });
    const caseId = seedCase(db);
    seedTemplate(db, '1.0');
    seedTemplate(db, '1.1');
    const first = insertEvaluation(db, caseId, '1.0');
    const second = insertEvaluation(db, caseId, '1.1');
    expect(db.prepare('SELECT id, is_current AS c FROM evaluations ORDER BY id').all()).toEqual([
      { id: first, c: 0 },
      { id: second, c: 1 },
    ]);
    expect(() => insertEvaluation(db, caseId, '1.0')).toThrow(/UNIQUE/);
    // A campaign may evaluate the same case with the same template once more.
    expect(insertEvaluation(db, caseId, '1.0', 7)).toBeGreaterThan(second);
    // The pin is a foreign key: an unknown template version is refused.
    expect(() => insertEvaluation(db, caseId, '9.9')).toThrow(/FOREIGN KEY/);
    // ON DELETE RESTRICT: the importer's "replace" relies on this.
    expect(() => db.prepare('DELETE FROM cases WHERE id = ?').run(caseId)).toThrow(/FOREIGN KEY/);
    // Status is one of the five.
    expect(() => db.prepare(`UPDATE evaluations SET status = 'done' WHERE id = ?`).run(first)).toThrow(/CHECK/);
    db.close();
  });

  it('cascades an evaluation’s results, evidence and findings but keeps the audit log', async () => {
    const db = openDatabase(':memory:');
    await migrate(db, { target: 20 });
    const caseId = seedCase(db);
    seedTemplate(db, '1.0');
    const id = insertEvaluation(db, caseId, '1.0');
    db.exec(`INSERT INTO item_results (evaluation_id, item_id, kind, status, updated_at, updated_by) VALUES (${id}, 'A1', 'item', 'ok', 't', 'x');
      INSERT INTO findings (evaluation_id, rule, status, reason, reason_en, article, checked_at) VALUES (${id}, 'two_officers', 'pass', 'r', 'r', 'a', 't');
      INSERT INTO audit_log (at, actor, entity, entity_id, evaluation_id, action) VALUES ('t', 'x', 'evaluation', '${id}', ${id}, 'create');`);
    expect(() =>
      db.exec(
        `INSERT INTO findings (evaluation_id, rule, status, reason, reason_en, article, decision, checked_at) VALUES (${id}, 'x', 'pass', 'r', 'r', 'a', 'maybe', 't')`,
      ),
    ).toThrow(/CHECK/);
    db.exec(`DELETE FROM evaluations WHERE id = ${id}`);
    expect(db.prepare('SELECT count(*) AS n FROM item_results').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM findings').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    db.close();
  });

  it('migrates a version-10 workspace with cases: they survive, get no evaluation, and list as not started', async () => {
    const dir = tempDir('pingcha-mig20-');
    dirs.push(dir);
    const file = path.join(dir, 'pingcha.sqlite');
    const db = openDatabase(file);
    await migrate(db, { target: 10 });
    // The importer's write path runs against the version-10 schema.
    const caseIds = ['津滨大沽执罚〔2025〕1号', '津滨大沽执罚〔2025〕2号'].map((n) => addCase({ db }, cleanCase(n)));
    db.close();

    const ws = await openWorkspace(dir);
    expect(ws.migration).toMatchObject({ from: 10, to: LATEST_VERSION });
    expect(ws.migration.backup).not.toBeNull();
    expect(currentVersion(ws.db)).toBe(LATEST_VERSION);
    expect(ws.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 2 });
    expect(ws.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 20 });
    expect(ws.db.prepare('SELECT count(*) AS n FROM evaluations').get()).toEqual({ n: 0 });
    const list = listCases(ws.db, {});
    expect(list.rows.map((r) => [r.id, r.evaluationStatus, r.total, r.grade]).sort()).toEqual(
      caseIds.map((id) => [id, 'not_started', null, null]).sort(),
    );
    // Bundled templates and profiles are loaded on the first open after the migration.
    expect(ws.bundled.warnings).toEqual([]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM templates').get()).toEqual({ n: 4 });
    expect(ws.db.prepare('SELECT id FROM profiles ORDER BY id').all()).toEqual([{ id: 'national' }, { id: 'tianjin' }]);
    ws.close();
  });
});
