/**
 * Loads the app's bundled checklist templates (resources/checklists/*.json) and region profiles
 * (resources/profiles/*.json) into a workspace when it opens. Cheap on every open: the files'
 * sha256 are compared with those recorded at the last load and nothing is parsed when they
 * match. A broken bundled file is reported, never a reason to refuse the workspace.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeParseProfile } from '../../shared/profiles/parse.ts';
import { stmt, type Db } from './db.ts';
import { storeBundledProfile } from './queries/profiles.ts';
import { parseTemplateText, storeTemplate } from './queries/templates.ts';

const HASHES_KEY = 'bundledResourceHashes';

/**
 * PINGCHA_RESOURCES, else the packaged app's resources folder (electron-builder's
 * extraResources), else the source tree's resources/ (dev, CLI, tests).
 */
export function resourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PINGCHA_RESOURCES) return path.resolve(env.PINGCHA_RESOURCES);
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && fs.existsSync(path.join(packaged, 'checklists'))) return packaged;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

interface BundledFile {
  /** `checklists/general-penalty.json` */
  name: string;
  kind: 'template' | 'profile';
  text: string;
  sha256: string;
}

function jsonFiles(dir: string, sub: string, kind: BundledFile['kind']): BundledFile[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) return [];
  return (
    fs
      .readdirSync(folder, { withFileTypes: true })
      // *.schema.json are the JSON Schemas for editors; examples/ are documentation.
      .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.endsWith('.schema.json'))
      .map((e) => e.name)
      .sort()
      .map((fileName) => {
        const text = fs.readFileSync(path.join(folder, fileName), 'utf8');
        return { name: `${sub}/${fileName}`, kind, text, sha256: createHash('sha256').update(text).digest('hex') };
      })
  );
}

export interface BundledSync {
  /** Files parsed and stored this time (empty when nothing changed since the last open). */
  loaded: string[];
  /** Bundled files that could not be loaded, with the reason. */
  warnings: string[];
}

export function syncBundledResources(db: Db, dir: string = resourcesDir()): BundledSync {
  const files = [...jsonFiles(dir, 'profiles', 'profile'), ...jsonFiles(dir, 'checklists', 'template')];
  const row = stmt(db, 'SELECT value_json AS v FROM settings WHERE key = ?').get(HASHES_KEY) as
    { v: string } | undefined;
  const known = row ? (JSON.parse(row.v) as Record<string, string>) : {};
  const result: BundledSync = { loaded: [], warnings: [] };
  const recorded: Record<string, string> = {};
  for (const file of files) {
    if (known[file.name] === file.sha256) {
      recorded[file.name] = file.sha256;
      continue;
    }
    try {
      if (file.kind === 'profile') {
        const parsed = safeParseProfile(file.text);
        if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
        storeBundledProfile(db, parsed.profile);
      } else {
        const parsed = parseTemplateText(file.text);
        if (!parsed.ok) throw new Error(parsed.errors.map((i) => `${i.path}: ${i.message}`).join('; '));
        storeTemplate(db, parsed.template, 'bundled', 'system');
      }
      recorded[file.name] = file.sha256;
      result.loaded.push(file.name);
    } catch (err) {
      // Not recorded: the next open tries again (e.g. after an app update fixes the file).
      result.warnings.push(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (JSON.stringify(recorded) !== JSON.stringify(known)) {
    stmt(
      db,
      'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
    ).run(HASHES_KEY, JSON.stringify(recorded));
  }
  return result;
}
