import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/db.ts';
import { currentVersion, migrate } from '../../electron/store/migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/store/migrations/index.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-mig-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tables(db: ReturnType<typeof openDatabase>): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('0010 builds the schema from empty', async () => {
    const db = openDatabase(':memory:');
    const result = await migrate(db, { target: 10 });
    expect(result).toMatchObject({ from: 0, to: 10, backup: null });
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'blobs',
        'bundles',
        'cases',
        'documents',
        'import_runs',
        'pages',
        'pages_fts',
        'settings',
      ]),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The FTS delete trigger keeps the contentless index in step with pages.
    db.exec(`INSERT INTO import_runs (started_at, inputs_json) VALUES ('t', '[]');
      INSERT INTO bundles (content_hash, location, shape, imported_at) VALUES ('h', 'l', 'structured', 't');
      INSERT INTO cases (case_number, bundle_id, case_type, data_json, provenance_json, created_at) VALUES ('N1', 1, 'penalty', '{}', '{}', 't');
      INSERT INTO blobs (sha256, size, mime, created_at) VALUES ('s', 1, 'application/pdf', 't');
      INSERT INTO documents (case_id, seq, type, type_source, file_name, bundle_path, sha256, kind, mime) VALUES (1, 1, 'decision', 'declared', 'a.pdf', 'a.pdf', 's', 'pdf', 'application/pdf');
      INSERT INTO pages (document_id, page_no, text) VALUES (1, 1, '罚款');
      INSERT INTO pages_fts (rowid, tokens) VALUES (1, '罚款 款');`);
    expect(db.prepare('SELECT count(*) AS n FROM pages_fts WHERE pages_fts MATCH \'"罚款"\'').get()).toEqual({ n: 1 });
    db.exec('DELETE FROM cases');
    expect(db.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM pages_fts WHERE pages_fts MATCH \'"罚款"\'').get()).toEqual({ n: 0 });
    // Only one current case per case number.
    db.exec(
      `INSERT INTO cases (case_number, bundle_id, case_type, data_json, provenance_json, created_at) VALUES ('N2', 1, 'penalty', '{}', '{}', 't')`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO cases (case_number, version, bundle_id, case_type, data_json, provenance_json, created_at) VALUES ('N2', 2, 1, 'penalty', '{}', '{}', 't')`,
      ),
    ).toThrow(/UNIQUE/);
  });

  it('a fresh workspace is migrated to the latest version', async () => {
    const ws = await openWorkspace(tempDir());
    expect(currentVersion(ws.db)).toBe(LATEST_VERSION);
    expect(ws.migration.backup).toBeNull();
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    ws.close();
  });

  it('backs up an existing database before migrating it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pingcha.sqlite');
    const db = openDatabase(file);
    const steps = [
      { version: 10, name: 'a', up: (d: typeof db) => d.exec('CREATE TABLE a (x INTEGER)') },
      { version: 20, name: 'b', up: (d: typeof db) => d.exec('ALTER TABLE a ADD COLUMN y TEXT') },
    ];
    await migrate(db, { migrations: steps, target: 10 });
    db.exec('INSERT INTO a (x) VALUES (7)');
    const result = await migrate(db, { migrations: steps, backupDir: path.join(dir, 'backups') });
    expect(result.from).toBe(10);
    expect(result.to).toBe(20);
    expect(result.backup).not.toBeNull();
    const backup = openDatabase(result.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    expect(backup.prepare('SELECT x FROM a').all()).toEqual([{ x: 7 }]);
    backup.close();
    expect(db.prepare('SELECT x, y FROM a').all()).toEqual([{ x: 7, y: null }]);
    db.close();
  });

  it('a failing step rolls back every pending step', async () => {
    const db = openDatabase(':memory:');
    const steps = [
      { version: 10, name: 'a', up: (d: typeof db) => d.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 20,
        name: 'broken',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    await expect(migrate(db, { migrations: steps })).rejects.toThrow('boom');
    expect(currentVersion(db)).toBe(0);
    expect(tables(db)).not.toContain('a');
  });

  it('refuses a database newer than the app', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'pingcha.sqlite'));
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    await expect(openWorkspace(dir)).rejects.toMatchObject({ code: 'DB_FROM_FUTURE' });
  });
});
