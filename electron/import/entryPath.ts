/**
 * Bundle-relative paths: making them canonical, refusing those that leave the bundle, and
 * telling which files matter to discovery. Shared by the zip and folder readers so both
 * hand the importer the same kind of path.
 */
import path from 'node:path';

export type PathCheck = { ok: true; path: string } | { ok: false; reason: string };

const DRIVE_LETTER = /^[a-zA-Z]:/;

/**
 * Canonicalises an archive name (`\` → `/`, NFC, no empty or `.` segments) and refuses any
 * that could land outside the bundle root on Windows or POSIX.
 */
export function checkRelativePath(name: string): PathCheck {
  const slashed = name.normalize('NFC').replace(/\\/g, '/');
  if (slashed.includes('\0')) return { ok: false, reason: 'NUL character in the name' };
  if (slashed.startsWith('/')) return { ok: false, reason: 'absolute path' };
  const segments = slashed.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) return { ok: false, reason: 'empty path' };
  for (const segment of segments) {
    // Win32 drops trailing dots and spaces, so `.. ` and `...` can act as `..` there.
    if (/^[. ]+$/.test(segment)) return { ok: false, reason: '".." segment' };
    // A drive letter in any segment: Windows treats `a/C:x` oddly enough that we refuse it outright.
    if (DRIVE_LETTER.test(segment)) return { ok: false, reason: 'drive letter' };
  }
  const joined = segments.join('/');
  // Belt and braces: resolve against a fake root with both path flavours.
  for (const flavour of [path.posix, path.win32]) {
    const root = flavour.resolve(flavour === path.posix ? '/bundle-root' : 'C:\\bundle-root');
    const resolved = flavour.resolve(root, joined);
    if (!resolved.startsWith(root + flavour.sep)) return { ok: false, reason: 'resolves outside the bundle' };
  }
  return { ok: true, path: joined };
}

const IGNORED_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);
const IGNORED_DIRS = new Set(['__macosx']);

/** OS litter: Finder and Explorer metadata, and AppleDouble `._name` files left on FAT/exFAT drives. */
export function isIgnoredFileName(name: string): boolean {
  return IGNORED_FILES.has(name.toLowerCase()) || name.startsWith('._');
}

export function isIgnoredDirName(name: string): boolean {
  return IGNORED_DIRS.has(name.toLowerCase());
}

/** True when any directory on the path, or the file itself, is litter. */
export function isIgnoredPath(relPath: string): boolean {
  const segments = relPath.split('/');
  const file = segments.pop() ?? '';
  return segments.some(isIgnoredDirName) || isIgnoredFileName(file);
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const DOCUMENT_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff']);

export function isDocumentName(name: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extensionOf(name));
}

export function isZipName(name: string): boolean {
  return extensionOf(name) === 'zip';
}

/** Archive formats other than zip: refused by name so a reviewer learns the file was not read. */
const OTHER_ARCHIVE_EXTENSIONS = new Set(['rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'cab']);

export function isOtherArchiveName(name: string): boolean {
  return OTHER_ARCHIVE_EXTENSIONS.has(extensionOf(name));
}

export function isRegisterName(name: string): boolean {
  const ext = extensionOf(name);
  return ext === 'xlsx' || ext === 'csv';
}

export const MANIFEST_NAME = 'case.json';
