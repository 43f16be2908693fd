/**
 * A workspace is one folder: pingcha.sqlite (WAL) plus files/ (document bytes by SHA-256) and
 * backups/. Copying the folder copies the whole audit trail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { syncBundledResources, type BundledSync } from './bundledResources.ts';
import { closeDatabase, openDatabase, type Db } from './db.ts';
import { FileStore } from './fileStore.ts';
import { migrate, type MigrateResult } from './migrate.ts';

export const DB_FILE = 'pingcha.sqlite';

export interface Workspace {
  dir: string;
  db: Db;
  files: FileStore;
  migration: MigrateResult;
  /** What loading the bundled templates and profiles did on this open. */
  bundled: BundledSync;
  close(): void;
}

export async function openWorkspace(dir: string): Promise<Workspace> {
  const root = path.resolve(dir);
  try {
    fs.mkdirSync(root, { recursive: true });
    fs.accessSync(root, fs.constants.W_OK);
  } catch (err) {
    throw new AppError('WORKSPACE_INVALID', { detail: root, file: root, details: String(err) });
  }
  let db: Db;
  try {
    db = openDatabase(path.join(root, DB_FILE));
  } catch (err) {
    throw new AppError('DB_CORRUPT', {
      detail: path.join(root, DB_FILE),
      file: path.join(root, DB_FILE),
      details: String(err),
    });
  }
  try {
    const migration = await migrate(db, { backupDir: path.join(root, 'backups') });
    const bundled = syncBundledResources(db);
    const files = new FileStore(path.join(root, 'files'));
    return { dir: root, db, files, migration, bundled, close: () => closeDatabase(db) };
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    throw new AppError('DB_CORRUPT', {
      detail: path.join(root, DB_FILE),
      file: path.join(root, DB_FILE),
      details: String(err),
    });
  }
}
