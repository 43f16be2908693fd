/**
 * The ordered list of schema migrations. Each is imported explicitly (no directory globbing:
 * bundled builds have no .ts files on disk). Never edit a shipped migration; add a new one.
 */
import type { Db } from '../db.ts';
import * as m0010 from './0010-initial.ts';
import * as m0020 from './0020-evaluations.ts';
import * as m0030 from './0030-campaigns.ts';
import * as m0040 from './0040-reports.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
