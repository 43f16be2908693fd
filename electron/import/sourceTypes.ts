/**
 * What the importer sees of a bundle, whatever it came in: a list of files with
 * bundle-relative paths that are already known to be safe, and a way to read each one.
 * Re-exported by bundleSource.ts, which is the module other code imports.
 */

export interface ImportLimits {
  /** Largest single file, declared or actual. */
  maxFileBytes: number;
  /** Most entries one archive may list (directories included). */
  maxEntries: number;
  /** Most bytes one archive may declare in total once expanded. */
  maxTotalBytes: number;
  /** Largest expanded/compressed ratio for an archive entry over 1 MiB. */
  maxRatio: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ImportLimits = Object.freeze({
  maxFileBytes: 512 * MiB,
  maxEntries: 10_000,
  maxTotalBytes: 4 * 1024 * MiB,
  maxRatio: 200,
});

/** Entries at or below this size are not ratio-checked: tiny text files compress extremely well. */
export const RATIO_CHECK_MIN_BYTES = MiB;

export interface SourceEntry {
  /** Bundle-relative, `/`-separated, NFC. Never absolute, never with `..`. */
  path: string;
  /** Declared size (zip) or size on disk (folder). */
  size: number;
  /** Rejects with an AppError when the bytes exceed what was declared or allowed. */
  read(): Promise<Buffer>;
}

export interface BundleSource {
  kind: 'folder' | 'zip';
  /** What to show the user: an absolute path, or `outer.zip!inner.zip`. */
  location: string;
  entries: SourceEntry[];
  close(): Promise<void>;
}
