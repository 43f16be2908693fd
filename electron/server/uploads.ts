/**
 * Browser-mode uploads: a dropped folder or .zip arrives file by file and is written under a
 * fresh staging folder, with every relative path checked so nothing lands outside it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

export class UploadStaging {
  private readonly root: string;
  private readonly open = new Set<string>();

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  create(): string {
    const id = crypto.randomUUID();
    fs.mkdirSync(path.join(this.root, id), { recursive: true });
    this.open.add(id);
    return id;
  }

  write(id: string, relative: string, bytes: Buffer): void {
    if (!this.open.has(id)) throw new AppError('NOT_FOUND', { detail: `upload ${id}`, field: 'stagingId' });
    const clean = relative.replace(/\\/g, '/');
    if (
      !clean ||
      clean.startsWith('/') ||
      /^[a-zA-Z]:/.test(clean) ||
      clean.split('/').some((p) => p === '..' || p === '')
    ) {
      throw new AppError('ZIP_PATH_ESCAPE', { detail: relative, file: relative, field: 'x-pingcha-path' });
    }
    const base = path.join(this.root, id);
    const target = path.resolve(base, clean);
    if (!target.startsWith(base + path.sep))
      throw new AppError('ZIP_PATH_ESCAPE', { detail: relative, file: relative });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }

  /** Closes an upload and returns its folder (null when the id is not an open upload). */
  finish(id: string): string | null {
    if (!this.open.delete(id)) return null;
    return path.join(this.root, id);
  }
}
