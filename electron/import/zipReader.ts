/**
 * Opens a zip as a BundleSource. Every entry is checked from the central directory before
 * any data is read, so a hostile archive is refused whole and nothing of it is written;
 * reading an entry re-checks the byte count and CRC as it streams.
 */
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, Options, ZipFile } from 'yauzl';
import { AppError, isAppError } from '../../shared/errors.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import { checkRelativePath, isIgnoredPath } from './entryPath.ts';
import { DEFAULT_LIMITS, RATIO_CHECK_MIN_BYTES } from './sourceTypes.ts';
import type { BundleSource, ImportLimits, SourceEntry } from './sourceTypes.ts';
import { decodeZipEntryName } from './zipEntryName.ts';

const YAUZL_OPTIONS: Options = {
  decodeStrings: false,
  validateEntrySizes: true,
  lazyEntries: true,
  strictFileNames: false,
  autoClose: false,
};

const FLAG_ENCRYPTED = 0x0001;
const HOST_UNIX = 3;
const HOST_MACOS = 19;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;

export async function openZipFile(archivePath: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<BundleSource> {
  return openZip(() => yauzl.openPromise(archivePath, YAUZL_OPTIONS), archivePath, limits);
}

/** For inner zips read out of an outer archive; `location` is what the user sees (`outer.zip!inner.zip`). */
export async function openZipBuffer(
  bytes: Buffer,
  location: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<BundleSource> {
  return openZip(() => yauzl.fromBufferPromise(bytes, YAUZL_OPTIONS), location, limits);
}

async function openZip(open: () => Promise<ZipFile>, location: string, limits: ImportLimits): Promise<BundleSource> {
  let zipfile: ZipFile;
  try {
    zipfile = await open();
  } catch (err) {
    throw toAppError(err, location);
  }
  let entries: SourceEntry[];
  try {
    entries = await scanCentralDirectory(zipfile, location, limits);
  } catch (err) {
    zipfile.close();
    throw toAppError(err, location);
  }
  let closed = false;
  return {
    kind: 'zip',
    location,
    entries,
    close: async () => {
      if (closed) return;
      closed = true;
      zipfile.close();
    },
  };
}

function entryError(code: ErrorCode, location: string, name: string, field: string, details?: unknown): AppError {
  return new AppError(code, { detail: `${location}!${name}`, file: `${location}!${name}`, field, details });
}

/**
 * Deflate never grows data by more than a few bytes per block, so compressed data much larger
 * than the declared size means the header lies about the expanded size.
 */
function deflateBound(uncompressed: number): number {
  return uncompressed + 5 * Math.ceil(uncompressed / 16_383) + 64;
}

async function scanCentralDirectory(zipfile: ZipFile, location: string, limits: ImportLimits): Promise<SourceEntry[]> {
  if (zipfile.entryCount > limits.maxEntries) {
    throw new AppError('ZIP_BOMB', {
      detail: `${location}（${zipfile.entryCount} > ${limits.maxEntries}）`,
      file: location,
      field: 'entryCount',
      details: { entryCount: zipfile.entryCount, maxEntries: limits.maxEntries },
    });
  }
  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  let totalBytes = 0;

  for await (const entry of zipfile.eachEntry()) {
    const name = decodeZipEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
    const checked = checkRelativePath(name);
    if (!checked.ok) {
      throw entryError('ZIP_PATH_ESCAPE', location, name, 'path', { reason: checked.reason });
    }
    const host = entry.versionMadeBy >> 8;
    const mode = entry.externalFileAttributes >>> 16;
    if ((host === HOST_UNIX || host === HOST_MACOS) && (mode & S_IFMT) === S_IFLNK) {
      throw entryError('ZIP_SYMLINK', location, name, 'externalFileAttributes');
    }
    if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) {
      throw entryError('ZIP_ENCRYPTED', location, name, 'generalPurposeBitFlag');
    }
    if (name.endsWith('/')) continue;

    if (entry.compressionMethod !== METHOD_STORE && entry.compressionMethod !== METHOD_DEFLATE) {
      throw entryError('ZIP_INVALID', location, name, 'compressionMethod', {
        reason: `unsupported compression method ${entry.compressionMethod}`,
      });
    }
    const size = entry.uncompressedSize;
    if (entry.compressionMethod === METHOD_DEFLATE && entry.compressedSize > deflateBound(size)) {
      throw entryError('ZIP_BOMB', location, name, 'uncompressedSize', {
        reason: 'declared size is smaller than the compressed data',
        declared: size,
        compressed: entry.compressedSize,
      });
    }
    if (size > RATIO_CHECK_MIN_BYTES && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      throw entryError('ZIP_BOMB', location, name, 'compressionRatio', {
        ratio: Math.round(size / Math.max(entry.compressedSize, 1)),
        maxRatio: limits.maxRatio,
      });
    }
    // After the bomb checks: a 4 GiB entry packed into 1 KB is a bomb, not merely a big file.
    if (size > limits.maxFileBytes) {
      throw entryError('FILE_TOO_LARGE', location, name, 'uncompressedSize', {
        size,
        maxFileBytes: limits.maxFileBytes,
      });
    }
    totalBytes += size;
    if (totalBytes > limits.maxTotalBytes) {
      throw entryError('ZIP_BOMB', location, name, 'totalUncompressedSize', {
        totalBytes,
        maxTotalBytes: limits.maxTotalBytes,
      });
    }

    const relPath = checked.path;
    if (isIgnoredPath(relPath)) continue;
    if (seen.has(relPath)) {
      throw entryError('ZIP_INVALID', location, name, 'path', { reason: 'duplicate entry name' });
    }
    seen.add(relPath);
    entries.push({ path: relPath, size, read: () => readEntry(zipfile, entry, location, name, limits) });
  }
  return entries;
}

async function readEntry(
  zipfile: ZipFile,
  entry: Entry,
  location: string,
  name: string,
  limits: ImportLimits,
): Promise<Buffer> {
  const limit = Math.min(entry.uncompressedSize, limits.maxFileBytes);
  let stream: Readable;
  try {
    stream = await zipfile.openReadStreamPromise(entry);
  } catch (err) {
    throw toAppError(err, location, name);
  }
  const chunks: Buffer[] = [];
  let count = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      count += chunk.length;
      if (count > limit) {
        throw entryError('ZIP_BOMB', location, name, 'uncompressedSize', {
          reason: 'expands past its declared size',
          declared: entry.uncompressedSize,
          atLeast: count,
        });
      }
      crc = crc32(chunk, crc);
      chunks.push(chunk);
    }
  } catch (err) {
    stream.destroy();
    throw toAppError(err, location, name);
  }
  if (count !== entry.uncompressedSize || crc !== entry.crc32) {
    throw entryError('ZIP_INVALID', location, name, 'crc32', { reason: 'data does not match its checksum or size' });
  }
  return Buffer.concat(chunks, count);
}

/** Maps yauzl, zlib and fs errors onto the user-facing codes, keeping the original reason. */
function toAppError(err: unknown, location: string, name?: string): AppError {
  if (isAppError(err)) return err;
  const label = name === undefined ? location : `${location}!${name}`;
  const reason = err instanceof Error ? err.message : String(err);
  const errno = (err as { code?: unknown } | null)?.code;
  const make = (code: ErrorCode, field?: string) =>
    new AppError(code, { detail: label, file: label, ...(field ? { field } : {}), details: { reason } });

  if (errno === 'ENOENT') return make('BUNDLE_NOT_FOUND');
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) return make('IO');
  if (/too many bytes in the stream/.test(reason)) return make('ZIP_BOMB', 'uncompressedSize');
  if (/encrypt/i.test(reason)) return make('ZIP_ENCRYPTED', 'generalPurposeBitFlag');
  const mismatch = /size mismatch for stored file: (\d+) != (\d+)/.exec(reason);
  if (mismatch && Number(mismatch[1]) > Number(mismatch[2])) return make('ZIP_BOMB', 'uncompressedSize');
  return make('ZIP_INVALID');
}
