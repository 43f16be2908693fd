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

const HASH = 'a'.repeat(64);

function insertCampaign(db: Db): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (title, period_from, period_to, scope_json, rule_json, created_at, created_by, updated_at)
         VALUES ('Q2', '2025-04-01', '2025-06-30', '{}', '{"kind":"all"}', 't', 'x', 't')`,
      )
      .run().lastInsertRowid,
  );
}

function insertReport(db: Db, values: Record<string, unknown>): number {
  const row = {
    kind: 'campaign_report',
    target_key: 'campaign:1',
    campaign_id: 1,
    case_id: null,
    evaluation_id: null,
    unit: null,
    version: 1,
    title: '通报',
    document_number: '津滨司发〔2026〕1号',
    model_json: '{}',
    content_hash: HASH,
    issued_on: '2026-04-15',
    issued_at: 't',
    issued_by: '周敏',
    supersedes_id: null,
    reason: null,
    ...values,
  };
  const columns = Object.keys(row);
  return Number(
    db
      .prepare(`INSERT INTO reports (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
      .run(row).lastInsertRowid,
  );
}

describe('migration 0040 (issued reports, report settings)', () => {
  it('builds its tables from empty; issued rows are frozen and versioned by the constraints themselves', async () => {
    const db = openDatabase(':memory:');
    expect(await migrate(db, { target: 40 })).toMatchObject({ from: 0, to: 40 });
    expect(names(db, 'table')).toEqual(expect.arrayContaining(['reports', 'report_settings']));
    expect(names(db, 'trigger')).toEqual(expect.arrayContaining(['reports_frozen_update', 'reports_frozen_delete']));
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining(['reports_by_campaign', 'reports_by_case', 'reports_by_number']),
    );
    insertCampaign(db);
    const first = insertReport(db, {});
    // Frozen: neither changed nor deleted.
    expect(() => db.prepare('UPDATE reports SET title = ? WHERE id = ?').run('改', first)).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM reports WHERE id = ?').run(first)).toThrow(/frozen/);
    // One row per target and version; a later version names what it supersedes and why.
    expect(() => insertReport(db, {})).toThrow(/UNIQUE/);
    expect(() => insertReport(db, { version: 2 })).toThrow(/CHECK/);
    expect(() => insertReport(db, { version: 2, supersedes_id: first, reason: '  ' })).toThrow(/CHECK/);
    const second = insertReport(db, { version: 2, supersedes_id: first, reason: '更正发文字号' });
    expect(second).toBeGreaterThan(first);
    expect(() => insertReport(db, { version: 1, supersedes_id: first, target_key: 'campaign:x' })).toThrow(/CHECK/);
    // What each kind must name.
    expect(() => insertReport(db, { kind: 'rectification_notice', target_key: 'notice:1:a', unit: null })).toThrow(
      /CHECK/,
    );
    expect(() => insertReport(db, { kind: 'case_score_sheet', target_key: 'sheet:1', campaign_id: null })).toThrow(
      /CHECK/,
    );
    expect(() => insertReport(db, { target_key: 'campaign:2', content_hash: 'short' })).toThrow(/CHECK/);
    // References hold: no report of a campaign that does not exist.
    expect(() => insertReport(db, { target_key: 'campaign:9', campaign_id: 9 })).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('migrates a version-30 workspace with a campaign in it: everything kept, the new tables empty', async () => {
    const dir = tempDir('pingcha-mig40-');
    dirs.push(dir);
    const file = path.join(dir, 'pingcha.sqlite');
    const db = openDatabase(file);
    await migrate(db, { target: 30 });
    syncBundledResources(db);
    addCase({ db }, cleanCase('津滨大沽执罚〔2025〕40号'));
    const campaignId = insertCampaign(db);
    db.prepare(
      `INSERT INTO reviewers (name, affiliation, created_at, updated_at) VALUES ('周敏', 'legal_office', 't', 't')`,
    ).run();
    const before = {
      campaigns: db.prepare('SELECT * FROM campaigns').all(),
      reviewers: db.prepare('SELECT * FROM reviewers').all(),
      cases: db.prepare('SELECT id, case_number, data_json FROM cases').all(),
    };
    db.close();

    const ws = await openWorkspace(dir);
    expect(ws.migration).toMatchObject({ from: 30, to: LATEST_VERSION });
    expect(currentVersion(ws.db)).toBe(LATEST_VERSION);
    expect(ws.db.prepare('SELECT * FROM campaigns').all()).toEqual(before.campaigns);
    expect(ws.db.prepare('SELECT * FROM reviewers').all()).toEqual(before.reviewers);
    expect(ws.db.prepare('SELECT id, case_number, data_json FROM cases').all()).toEqual(before.cases);
    expect(ws.db.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: 0 });
    expect(ws.db.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({ n: 0 });
    // Settings go with their campaign (an undrawn campaign may be deleted).
    ws.db
      .prepare(
        `INSERT INTO report_settings (campaign_id, settings_json, updated_at, updated_by) VALUES (?, '{}', 't', 'x')`,
      )
      .run(campaignId);
    ws.db.prepare('DELETE FROM campaigns WHERE id = ?').run(campaignId);
    expect(ws.db.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({ n: 0 });
    const backup = openDatabase(ws.migration.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(30);
    backup.close();
    ws.close();
  });
});
