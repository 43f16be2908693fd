/**
 * One better-sqlite3 connection with the pragmas an audit tool wants: WAL, foreign keys,
 * synchronous=FULL (losing a saved deduction is worse than a few milliseconds per write),
 * and a prepared-statement cache keyed by SQL text.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

const cache = new WeakMap<Db, Map<string, Statement>>();

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** Prepares once per connection and SQL text; statements are reused for the connection's life. */
export function stmt(db: Db, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
