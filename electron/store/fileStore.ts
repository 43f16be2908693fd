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

  /** Random reads of a stored file through one open descriptor, for as long as `use` runs. */
  withReader<T>(hash: string, use: (read: (begin: number, end: number) => Uint8Array, size: number) => T): T {
    const fd = fs.openSync(this.pathOf(hash), 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const read = (begin: number, end: number): Uint8Array => {
        const bytes = new Uint8Array(Math.max(0, Math.min(end, size) - begin));
        for (let done = 0; done < bytes.length;) {
          const n = fs.readSync(fd, bytes, done, bytes.length - done, begin + done);
          if (n === 0) return bytes.subarray(0, done);
          done += n;
        }
        return bytes;
      };
      return use(read, size);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Byte ranges `[begin, end)` of a stored file, read at their offsets (never the whole file),
   * concatenated in the order given, with the file's size. When a range does not lie inside
   * the file nothing is read: `bytes` is null and `outside` is that range's index. The bytes
   * own their ArrayBuffer (not a slice of Node's shared pool), so they can be transferred to
   * another thread as they are.
   */
  readRanges(
    hash: string,
    ranges: readonly { begin: number; end: number }[],
  ): { bytes: Uint8Array | null; size: number; outside: number } {
    const fd = fs.openSync(this.pathOf(hash), 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const outside = ranges.findIndex((r) => r.begin < 0 || r.end > size || r.begin >= r.end);
      if (outside >= 0) return { bytes: null, size, outside };
      const bytes = new Uint8Array(ranges.reduce((sum, r) => sum + (r.end - r.begin), 0));
      let at = 0;
      for (const { begin, end } of ranges) {
        for (let done = 0; done < end - begin;) {
          const read = fs.readSync(fd, bytes, at + done, end - begin - done, begin + done);
          if (read === 0) throw new Error(`short read of ${hash} at ${begin + done}`);
          done += read;
        }
        at += end - begin;
      }
      return { bytes, size, outside: -1 };
    } finally {
      fs.closeSync(fd);
    }
  }
}
