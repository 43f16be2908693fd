/**
 * Finds the bundles in whatever the user picked (bundle-format.md "Shapes"): a structured
 * or loose bundle, a zip wrapping one folder, or a batch of them with a register. Each batch
 * child succeeds or fails on its own, so one hostile inner zip does not cost the others.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '../../shared/errors.ts';
import type { AppErrorData } from '../../shared/errors.ts';
import {
  isDocumentName,
  isOtherArchiveName,
  isIgnoredDirName,
  isIgnoredFileName,
  isRegisterName,
  isZipName,
  MANIFEST_NAME,
} from './entryPath.ts';
import { openFolder } from './folderReader.ts';
import { matchRegisterRow, matchRegisterRowByName, readRegister } from './register.ts';
import type { RegisterTable } from './register.ts';
import { DEFAULT_LIMITS } from './sourceTypes.ts';
import type { BundleSource, ImportLimits, SourceEntry } from './sourceTypes.ts';
import { openZipBuffer, openZipFile } from './zipReader.ts';

export { DEFAULT_LIMITS } from './sourceTypes.ts';
export type { BundleSource, ImportLimits, SourceEntry } from './sourceTypes.ts';

export type BundleShape = 'structured' | 'loose';

export interface BundleCandidate {
  source: BundleSource;
  shape: BundleShape;
  location: string;
  /**
   * The batch register's row for this bundle: matched by case.json's caseNumber when it can be
   * read, else by the folder or zip name. `matchRegisterRow(registerTables[i], caseNumber)`
   * re-matches after case.json is validated or the case number is inferred.
   */
  registerRow?: Record<string, string>;
}

export interface DiscoveryResult {
  candidates: BundleCandidate[];
  failures: { location: string; error: AppErrorData }[];
  /** Locations of the register files found next to batch children. */
  registers: string[];
  /** The registers that could be read, for `matchRegisterRow(table, caseNumber)`. */
  registerTables: RegisterTable[];
}

/** A batch may hold batches (e.g. a quarter of units of cases), but not without end. */
const MAX_BATCH_DEPTH = 3;

/** An opened zip shared by the candidates that are folders inside it; closed when the last lets go. */
interface SharedZip {
  source: BundleSource;
  acquire(): () => Promise<void>;
}

function share(source: BundleSource): SharedZip {
  let refs = 0;
  return {
    source,
    acquire() {
      refs++;
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        if (--refs === 0) await source.close();
      };
    },
  };
}

type Place = { kind: 'folder'; abs: string } | { kind: 'zip'; zip: SharedZip; prefix: string; location: string };

interface Listing {
  files: { name: string; entry?: SourceEntry }[];
  dirs: string[];
  symlinks: string[];
}

interface Context {
  limits: ImportLimits;
  result: DiscoveryResult;
}

function locationOf(place: Place): string {
  return place.kind === 'folder' ? place.abs : place.location;
}

function childPlaceLocation(place: Place, name: string): string {
  return place.kind === 'folder' ? path.join(place.abs, name) : `${place.zip.source.location}!${place.prefix}${name}`;
}

/**
 * Resolves with every bundle found. Rejects with an AppError only when the input itself cannot
 * be used (missing, not a folder or .zip, a hostile top-level zip, a symlink, nothing to import).
 */
export async function discoverBundles(
  inputPath: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<DiscoveryResult> {
  const abs = path.resolve(inputPath);
  const result: DiscoveryResult = { candidates: [], failures: [], registers: [], registerTables: [] };
  const ctx: Context = { limits, result };

  let stats;
  try {
    stats = await lstat(abs);
  } catch (err) {
    const code = (err as { code?: unknown }).code === 'ENOENT' ? 'BUNDLE_NOT_FOUND' : 'IO';
    throw new AppError(code, { detail: abs, file: abs, details: { reason: (err as Error).message } });
  }
  if (stats.isSymbolicLink()) throw new AppError('FILE_SYMLINK', { detail: abs, file: abs });

  try {
    if (stats.isDirectory()) {
      await classify({ kind: 'folder', abs }, 0, ctx);
    } else if (stats.isFile() && isZipName(abs)) {
      await classifyZip(await openZipFile(abs, limits), 0, ctx);
    } else {
      throw new AppError('BUNDLE_UNSUPPORTED', { detail: abs, file: abs });
    }
  } catch (err) {
    await Promise.all(result.candidates.map((c) => c.source.close()));
    throw err;
  }
  return result;
}

/** Holds the zip open while its contents are classified; candidates inside it take their own hold. */
async function classifyZip(source: BundleSource, depth: number, ctx: Context): Promise<BundleCandidate[]> {
  const zip = share(source);
  const release = zip.acquire();
  try {
    return await classify({ kind: 'zip', zip, prefix: '', location: source.location }, depth, ctx);
  } finally {
    await release();
  }
}

async function classify(place: Place, depth: number, ctx: Context): Promise<BundleCandidate[]> {
  const listing = await list(place);
  const names = listing.files.map((f) => f.name);

  if (names.includes(MANIFEST_NAME)) return [await addCandidate(place, 'structured', ctx)];
  if (names.some(isDocumentName)) return [await addCandidate(place, 'loose', ctx)];

  // "Send to compressed folder" wraps everything in one folder; look inside it.
  const onlyDir = listing.dirs[0];
  if (listing.dirs.length === 1 && onlyDir !== undefined && listing.files.length === 0 && !listing.symlinks.length) {
    const inner: Place =
      place.kind === 'folder'
        ? { kind: 'folder', abs: path.join(place.abs, onlyDir) }
        : { ...place, prefix: `${place.prefix}${onlyDir}/` };
    return classify(inner, depth, ctx);
  }

  const zipFiles = listing.files.filter((f) => isZipName(f.name) || isOtherArchiveName(f.name));
  if (listing.dirs.length + zipFiles.length + listing.symlinks.length === 0) {
    throw new AppError('BUNDLE_EMPTY', { detail: locationOf(place), file: locationOf(place) });
  }
  if (depth >= MAX_BATCH_DEPTH) {
    throw new AppError('BUNDLE_UNSUPPORTED', {
      detail: locationOf(place),
      file: locationOf(place),
      details: { reason: 'batches nested too deeply' },
    });
  }
  return classifyBatch(place, listing, depth, ctx);
}

async function classifyBatch(place: Place, listing: Listing, depth: number, ctx: Context): Promise<BundleCandidate[]> {
  const tables = await readRegisters(place, listing, ctx);
  const found: BundleCandidate[] = [];

  for (const link of listing.symlinks) {
    const location = childPlaceLocation(place, link);
    fail(ctx, location, new AppError('FILE_SYMLINK', { detail: location, file: location }));
  }
  // A .rar or .7z beside the bundles is a case file the reviewer expects imported: say it was not.
  for (const file of listing.files.filter((f) => isOtherArchiveName(f.name))) {
    const location = childPlaceLocation(place, file.name);
    fail(
      ctx,
      location,
      new AppError('BUNDLE_UNSUPPORTED', {
        detail: location,
        file: location,
        details: { reason: 'only .zip archives are read; unpack it or re-pack it as .zip' },
      }),
    );
  }

  const children: { name: string; isZip: boolean; entry?: SourceEntry | undefined }[] = [
    ...listing.dirs.map((name) => ({ name, isZip: false })),
    ...listing.files.filter((f) => isZipName(f.name)).map((f) => ({ name: f.name, isZip: true, entry: f.entry })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const child of children) {
    const location = childPlaceLocation(place, child.name);
    try {
      let candidates: BundleCandidate[];
      if (!child.isZip) {
        const inner: Place =
          place.kind === 'folder'
            ? { kind: 'folder', abs: location }
            : { ...place, prefix: `${place.prefix}${child.name}/`, location };
        candidates = await classify(inner, depth + 1, ctx);
      } else if (place.kind === 'folder') {
        candidates = await classifyZip(await openZipFile(location, ctx.limits), depth + 1, ctx);
      } else if (child.entry) {
        const bytes = await child.entry.read();
        candidates = await classifyZip(await openZipBuffer(bytes, location, ctx.limits), depth + 1, ctx);
      } else {
        throw new Error(`no entry for ${location}`);
      }
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (only && only.registerRow === undefined && tables.length > 0) {
        const row = await registerRowFor(only, child.isZip ? child.name.replace(/\.zip$/i, '') : child.name, tables);
        if (row) only.registerRow = row;
      }
      found.push(...candidates);
    } catch (err) {
      fail(ctx, location, err);
    }
  }
  return found;
}

/** The size past which case.json is left for the importer to refuse; discovery only peeks. */
const MANIFEST_PEEK_BYTES = 1024 * 1024;

/**
 * By case.json's case number when the bundle declares one, else by the folder or zip name.
 * A manifest that cannot be read is not an error here: the importer reports it properly.
 */
async function registerRowFor(
  candidate: BundleCandidate,
  childName: string,
  tables: readonly RegisterTable[],
): Promise<Record<string, string> | undefined> {
  let caseNumber: string | undefined;
  const manifest = candidate.source.entries.find((e) => e.path === MANIFEST_NAME);
  if (candidate.shape === 'structured' && manifest && manifest.size <= MANIFEST_PEEK_BYTES) {
    try {
      const json = JSON.parse((await manifest.read()).toString('utf8').replace(/^\uFEFF/, '')) as unknown;
      const value = (json as { caseNumber?: unknown } | null)?.caseNumber;
      if (typeof value === 'string') caseNumber = value;
    } catch {
      caseNumber = undefined;
    }
  }
  for (const table of tables) {
    const row =
      caseNumber !== undefined ? matchRegisterRow(table, caseNumber) : matchRegisterRowByName(table, childName);
    if (row) return row;
  }
  return undefined;
}

async function readRegisters(place: Place, listing: Listing, ctx: Context): Promise<RegisterTable[]> {
  const tables: RegisterTable[] = [];
  for (const file of listing.files.filter((f) => isRegisterName(f.name))) {
    const location = childPlaceLocation(place, file.name);
    ctx.result.registers.push(location);
    try {
      const table = file.entry
        ? await readRegister({ name: location, bytes: await file.entry.read() })
        : await readRegister(location);
      tables.push(table);
      ctx.result.registerTables.push(table);
    } catch (err) {
      fail(ctx, location, err);
    }
  }
  return tables;
}

function fail(ctx: Context, location: string, err: unknown): void {
  const error = isAppError(err)
    ? err
    : new AppError('INTERNAL', { detail: location, file: location, details: { reason: String(err) } });
  ctx.result.failures.push({ location, error: error.toData() });
}

async function addCandidate(place: Place, shape: BundleShape, ctx: Context): Promise<BundleCandidate> {
  const source = place.kind === 'folder' ? await openFolder(place.abs, ctx.limits) : zipView(place);
  const candidate: BundleCandidate = { source, shape, location: source.location };
  ctx.result.candidates.push(candidate);
  return candidate;
}

/** The part of a shared zip under `prefix`, with paths relative to it. */
function zipView(place: Extract<Place, { kind: 'zip' }>): BundleSource {
  const release = place.zip.acquire();
  const entries = place.zip.source.entries
    .filter((e) => e.path.startsWith(place.prefix))
    .map((e) => ({ path: e.path.slice(place.prefix.length), size: e.size, read: e.read }));
  return { kind: 'zip', location: place.location, entries, close: release };
}

async function list(place: Place): Promise<Listing> {
  const listing: Listing = { files: [], dirs: [], symlinks: [] };
  if (place.kind === 'zip') {
    const dirs = new Set<string>();
    for (const entry of place.zip.source.entries) {
      if (!entry.path.startsWith(place.prefix)) continue;
      const rest = entry.path.slice(place.prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) listing.files.push({ name: rest, entry });
      else dirs.add(rest.slice(0, slash));
    }
    listing.dirs = [...dirs].sort();
    return listing;
  }
  let names: string[];
  try {
    names = await readdir(place.abs);
  } catch (err) {
    throw new AppError('IO', { detail: place.abs, file: place.abs, details: { reason: (err as Error).message } });
  }
  for (const name of names.sort()) {
    const stats = await lstat(path.join(place.abs, name));
    if (stats.isSymbolicLink()) listing.symlinks.push(name);
    else if (stats.isDirectory()) {
      if (!isIgnoredDirName(name)) listing.dirs.push(name);
    } else if (stats.isFile() && !isIgnoredFileName(name)) listing.files.push({ name });
  }
  return listing;
}
