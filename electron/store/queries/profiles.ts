/**
 * Region profiles in the workspace. The bundled ones (tianjin, national) are seeded and kept in
 * step with the app's files; a user edits a copy under another id. The active profile — the one
 * automatic checks use — is a workspace setting, Tianjin unless the user chose another.
 */
import type { ProfileDetail, ProfileSummary } from '../../../shared/api/evaluationTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { parseProfile } from '../../../shared/profiles/parse.ts';
import type { Profile } from '../../../shared/profiles/schema.ts';
import { listAssumptions } from '../../../shared/profiles/values.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { sha256Text } from './templates.ts';

export const DEFAULT_PROFILE_ID = 'tianjin';
const ACTIVE_KEY = 'activeProfileId';

interface ProfileRow {
  id: string;
  name: string;
  json: string;
  contentHash: string;
  source: 'bundled' | 'user';
  updatedAt: string;
}

const ROW_SQL = `SELECT id, name, json, content_hash AS contentHash, source, updated_at AS updatedAt FROM profiles`;

const parsed = new Map<string, Profile>();

function profileOf(row: ProfileRow): Profile {
  let profile = parsed.get(row.contentHash);
  if (!profile) {
    profile = JSON.parse(row.json) as Profile;
    parsed.set(row.contentHash, profile);
  }
  return profile;
}

function row(db: Db, id: string): ProfileRow | null {
  return (stmt(db, `${ROW_SQL} WHERE id = ?`).get(id) as ProfileRow | undefined) ?? null;
}

function summaryOf(r: ProfileRow, activeId: string | null): ProfileSummary {
  return {
    id: r.id,
    name: r.name,
    source: r.source,
    contentHash: r.contentHash,
    updatedAt: r.updatedAt,
    active: r.id === activeId,
    assumedValues: listAssumptions(profileOf(r)).length,
  };
}

/** The chosen profile id, else tianjin, else the first one stored; null in an empty table. */
export function activeProfileId(db: Db): string | null {
  const setting = stmt(db, 'SELECT value_json AS v FROM settings WHERE key = ?').get(ACTIVE_KEY) as
    { v: string } | undefined;
  const chosen = setting ? (JSON.parse(setting.v) as string) : null;
  if (chosen && row(db, chosen)) return chosen;
  if (row(db, DEFAULT_PROFILE_ID)) return DEFAULT_PROFILE_ID;
  const first = stmt(db, 'SELECT id FROM profiles ORDER BY id LIMIT 1').get() as { id: string } | undefined;
  return first?.id ?? null;
}

export function listProfiles(db: Db): ProfileSummary[] {
  const active = activeProfileId(db);
  return (stmt(db, `${ROW_SQL} ORDER BY source, id`).all() as ProfileRow[]).map((r) => summaryOf(r, active));
}

/** `field`: the input field NOT_FOUND names (`id` for profiles:get). */
export function getProfile(db: Db, id: string, field = 'id'): ProfileDetail {
  const r = row(db, id);
  if (!r) throw new AppError('NOT_FOUND', { detail: `profile ${id}`, field });
  const profile = profileOf(r);
  return { summary: summaryOf(r, activeProfileId(db)), profile, assumptions: listAssumptions(profile) };
}

/** A profile and the hash an evaluation records with it. */
export function loadProfile(db: Db, id: string): { profile: Profile; contentHash: string } {
  const r = row(db, id);
  if (!r) throw new AppError('NOT_FOUND', { detail: `profile ${id}`, field: 'profileId' });
  return { profile: profileOf(r), contentHash: r.contentHash };
}

export function loadActiveProfile(db: Db): { id: string; profile: Profile; contentHash: string } {
  const id = activeProfileId(db);
  if (!id) throw new AppError('NOT_FOUND', { detail: '工作区没有地区配置 / no region profile', field: 'profileId' });
  return { id, ...loadProfile(db, id) };
}

function write(
  db: Db,
  profile: Profile,
  source: 'bundled' | 'user',
  actor: string,
): { summary: ProfileSummary; changed: boolean } {
  const json = JSON.stringify(profile);
  const contentHash = sha256Text(json);
  const existing = row(db, profile.id);
  if (existing && existing.contentHash === contentHash) {
    return { summary: summaryOf(existing, activeProfileId(db)), changed: false };
  }
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO profiles (id, name, json, content_hash, source, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json,
       content_hash = excluded.content_hash, source = excluded.source, updated_at = excluded.updated_at`,
  ).run(profile.id, profile.name, json, contentHash, source, now);
  appendAudit(db, {
    actor,
    entity: 'profile',
    entityId: profile.id,
    action: existing ? 'update' : 'create',
    before: existing ? JSON.parse(existing.json) : null,
    after: profile,
  });
  return { summary: summaryOf(row(db, profile.id)!, activeProfileId(db)), changed: true };
}

/** Seeds or refreshes a bundled profile (the app's own data; users edit copies). */
export function storeBundledProfile(db: Db, profile: Profile): boolean {
  return db.transaction(() => {
    const existing = row(db, profile.id);
    if (existing && existing.source === 'user') return false; // never overwrite a user's profile
    return write(db, profile, 'bundled', 'system').changed;
  })();
}

/**
 * `profiles:save`: JSON text (or an already parsed value) in, errors by JSON path. A bundled
 * profile cannot be edited in place: save a copy under another id.
 */
export function saveProfile(db: Db, input: string | unknown, actor: string): ProfileSummary {
  const profile = parseProfile(input);
  return db.transaction(() => {
    const existing = row(db, profile.id);
    if (existing?.source === 'bundled') {
      throw new AppError('CONFLICT', {
        detail: `内置地区配置 ${profile.id} 不能直接修改，请改用新的 id 另存 / the bundled profile ${profile.id} cannot be edited; save a copy under another id`,
        field: 'id',
      });
    }
    return write(db, profile, 'user', actor).summary;
  })();
}

export function setActiveProfile(db: Db, id: string, actor: string): ProfileSummary {
  return db.transaction(() => {
    const r = row(db, id);
    if (!r) throw new AppError('NOT_FOUND', { detail: `profile ${id}`, field: 'id' });
    const before = activeProfileId(db);
    stmt(
      db,
      'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
    ).run(ACTIVE_KEY, JSON.stringify(id));
    if (before !== id) {
      appendAudit(db, {
        actor,
        entity: 'profile',
        entityId: id,
        action: 'set-active',
        before: { active: before },
        after: { active: id },
      });
    }
    return summaryOf(r, id);
  })();
}
