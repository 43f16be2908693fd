/**
 * Forward-only migrations tracked in PRAGMA user_version. Before migrating an existing
 * database a backup is written beside it (better-sqlite3's online backup, safe with WAL);
 * all pending steps run in one transaction; a database newer than the app is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import type { Db } from './db.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version <= migrations[i - 1]!.version) {
      throw new Error(`migrations out of order at ${migrations[i]!.version}`);
    }
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  backup: string | null;
}

export async function migrate(
  db: Db,
  options: { backupDir?: string; migrations?: readonly Migration[]; target?: number } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS;
  assertOrdered(migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const target = options.target ?? latest;
  const from = currentVersion(db);
  if (from > latest) {
    throw new AppError('DB_FROM_FUTURE', {
      detail: `数据库版本 ${from}，本软件支持到 ${latest}`,
      file: db.name,
      details: { version: from, supported: latest },
    });
  }
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0 && options.backupDir) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backup = path.join(options.backupDir, `pingcha-v${from}-before-v${target}-${stamp}.sqlite`);
    await db.backup(backup);
  }
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  db.pragma('optimize');
  return { from, to: currentVersion(db), backup };
}
