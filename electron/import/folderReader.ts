/**
 * Opens a folder as a BundleSource. Walks with lstat and refuses the whole bundle on any
 * symlink: a link could point anywhere on the reviewer's disk, and a case file never needs one.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '../../shared/errors.ts';
import { isIgnoredDirName, isIgnoredFileName } from './entryPath.ts';
import { DEFAULT_LIMITS } from './sourceTypes.ts';
import type { BundleSource, ImportLimits, SourceEntry } from './sourceTypes.ts';

export async function openFolder(root: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<BundleSource> {
  const absRoot = path.resolve(root);
  let stats;
  try {
    stats = await lstat(absRoot);
  } catch (err) {
    const missing = (err as { code?: unknown }).code === 'ENOENT';
    throw missing ? new AppError('BUNDLE_NOT_FOUND', { detail: absRoot, file: absRoot }) : ioError(err, absRoot);
  }
  if (stats.isSymbolicLink()) throw symlinkError(absRoot);
  if (!stats.isDirectory()) throw new AppError('BUNDLE_UNSUPPORTED', { detail: absRoot, file: absRoot });

  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  await walk(absRoot, '', limits, entries, seen);
  return { kind: 'folder', location: absRoot, entries, close: async () => {} };
}

async function walk(
  dir: string,
  relDir: string,
  limits: ImportLimits,
  out: SourceEntry[],
  seen: Set<string>,
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw ioError(err, dir);
  }
  names.sort();
  for (const name of names) {
    const abs = path.join(dir, name);
    const stats = await lstatOrThrow(abs);
    if (stats.isSymbolicLink()) throw symlinkError(abs);
    const rel = relDir + name.normalize('NFC');
    if (stats.isDirectory()) {
      if (!isIgnoredDirName(name)) await walk(abs, rel + '/', limits, out, seen);
      continue;
    }
    // Sockets, FIFOs and devices are never documents, and reading a FIFO would hang the import.
    if (!stats.isFile() || isIgnoredFileName(name)) continue;
    if (stats.size > limits.maxFileBytes) throw tooLarge(abs, stats.size, limits);
    if (seen.has(rel)) {
      // Possible on Linux: two names that differ only in Unicode normalisation.
      throw new AppError('BUNDLE_UNSUPPORTED', {
        detail: abs,
        file: abs,
        field: 'path',
        details: { reason: 'two files share this name after Unicode normalisation' },
      });
    }
    seen.add(rel);
    out.push({ path: rel, size: stats.size, read: () => readGuarded(abs, limits) });
  }
}

/** Opens without following links, so a file swapped for a link after the walk is still refused. */
async function readGuarded(abs: string, limits: ImportLimits): Promise<Buffer> {
  let handle;
  try {
    handle = await open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ELOOP') throw symlinkError(abs);
    throw ioError(err, abs);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw symlinkError(abs);
    if (stats.size > limits.maxFileBytes) throw tooLarge(abs, stats.size, limits);
    const bytes = await handle.readFile();
    if (bytes.length > limits.maxFileBytes) throw tooLarge(abs, bytes.length, limits);
    return bytes;
  } catch (err) {
    throw ioError(err, abs);
  } finally {
    await handle.close();
  }
}

async function lstatOrThrow(abs: string) {
  try {
    return await lstat(abs);
  } catch (err) {
    throw ioError(err, abs);
  }
}

function symlinkError(abs: string): AppError {
  return new AppError('FILE_SYMLINK', { detail: abs, file: abs });
}

function tooLarge(abs: string, size: number, limits: ImportLimits): AppError {
  return new AppError('FILE_TOO_LARGE', {
    detail: abs,
    file: abs,
    field: 'size',
    details: { size, maxFileBytes: limits.maxFileBytes },
  });
}

function ioError(err: unknown, abs: string): AppError {
  if (isAppError(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new AppError('IO', { detail: abs, file: abs, details: { reason } });
}
