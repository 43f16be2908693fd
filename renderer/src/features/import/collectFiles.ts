/**
 * Turns what the user dropped or picked into a flat list of files with paths relative to the
 * selection ("案卷A/03 询问笔录.pdf", "批次.zip"), the shape the upload bridge expects.
 * Folders are walked through the File System entries API, since a drop hands over only the
 * top-level items.
 */
import type { UploadFile } from '../../api/upload.ts';

export interface Collected {
  files: UploadFile[];
  /** Top-level items that are neither a folder nor a .zip (ignored, but named to the user). */
  ignored: string[];
}

export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith('.zip');
}

function readFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries hands out at most ~100 entries per call; call it until it returns none. */
async function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: UploadFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await readFile(entry as FileSystemFileEntry);
    out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
    return;
  }
  if (entry.isDirectory) {
    const children = await readAllEntries(entry as FileSystemDirectoryEntry);
    for (const child of children) await walk(child, out);
  }
}

/**
 * Reads a drop. The entries must be taken from the DataTransfer synchronously, inside the drop
 * event: the browser empties it as soon as the handler returns.
 */
export function entriesFromDrop(dataTransfer: DataTransfer): { entries: FileSystemEntry[]; files: File[] } {
  const entries: FileSystemEntry[] = [];
  const files: File[] = [];
  for (const item of [...dataTransfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return { entries, files };
}

export async function collectEntries(
  entries: readonly FileSystemEntry[],
  looseFiles: readonly File[] = [],
): Promise<Collected> {
  const files: UploadFile[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory || isZipName(entry.name)) await walk(entry, files);
    else ignored.push(entry.name);
  }
  for (const file of looseFiles) {
    if (isZipName(file.name)) files.push({ path: file.name, file });
    else ignored.push(file.name);
  }
  return { files, ignored };
}

/** Files from `<input type=file>`: a folder pick carries `webkitRelativePath`, a .zip pick does not. */
export function collectInputFiles(list: FileList | null): Collected {
  const files: UploadFile[] = [];
  const ignored: string[] = [];
  for (const file of list ? [...list] : []) {
    if (file.webkitRelativePath) files.push({ path: file.webkitRelativePath, file });
    else if (isZipName(file.name)) files.push({ path: file.name, file });
    else ignored.push(file.name);
  }
  return { files, ignored };
}

/** The top-level names of a selection (the bundles or batch folders the user chose). */
export function topLevelNames(files: readonly UploadFile[]): string[] {
  return [...new Set(files.map((f) => f.path.split('/')[0] ?? f.path))];
}

/** Merges a new selection into the current one; the same path twice keeps the newer file. */
export function mergeSelections(current: readonly UploadFile[], added: readonly UploadFile[]): UploadFile[] {
  const byPath = new Map(current.map((f) => [f.path, f]));
  for (const f of added) byPath.set(f.path, f);
  return [...byPath.values()];
}
