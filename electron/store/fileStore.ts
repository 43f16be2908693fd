/**
 * Content-addressed document storage: files/ab/cdef… named by SHA-256, written to a temporary
 * name and renamed into place, so a crash never leaves a half-written file under a real name.
 * The same bytes are stored once, whatever their names and however many cases cite them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export class FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  }

  pathOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a sha256: ${hash}`);
    return path.join(this.root, hash.slice(0, 2), hash.slice(2));
  }

  has(hash: string): boolean {
    return fs.existsSync(this.pathOf(hash));
  }

  /** Stores bytes whose hash the caller already computed; returns the hash. */
  put(bytes: Uint8Array, hash = sha256(bytes)): string {
    const target = this.pathOf(hash);
    if (fs.existsSync(target)) return hash;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = path.join(this.root, 'tmp', `${hash}.${process.pid}.${crypto.randomUUID()}`);
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
    return hash;
  }

  read(hash: string): Buffer {
    return fs.readFileSync(this.pathOf(hash));
  }

  /**
   * Bytes `[begin, end)` of a stored file, read at an offset (never the whole file), with the
   * file's size; `bytes` is null when the range does not lie inside the file. The bytes own
   * their ArrayBuffer (not a slice of Node's shared pool), so they can be transferred to
   * another thread as they are.
   */
  readRange(hash: string, begin: number, end: number): { bytes: Uint8Array | null; size: number } {
    const fd = fs.openSync(this.pathOf(hash), 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (begin < 0 || end > size || begin >= end) return { bytes: null, size };
      const bytes = new Uint8Array(end - begin);
      let done = 0;
      while (done < bytes.byteLength) {
        const read = fs.readSync(fd, bytes, done, bytes.byteLength - done, begin + done);
        if (read === 0) throw new Error(`short read of ${hash} at ${begin + done}`);
        done += read;
      }
      return { bytes, size };
    } finally {
      fs.closeSync(fd);
    }
  }
}
