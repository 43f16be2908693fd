/**
 * Where a PDF keeps its page tree: the byte extents of the page-tree objects (the /Pages nodes
 * and every /Page dictionary), found through a classic cross-reference table. pdf.js reads all
 * of them before it shows page 1 (it checks the last page exists); in a scan they lie one per
 * page, between the page images, so a viewer reading by range would fetch them a few at a time.
 * Given these extents up front, the viewer hands them to pdf.js with its first read.
 *
 * Best effort by design: a file whose xref is a stream (its page objects then usually sit packed
 * in object streams, cheap to read anyway), a damaged one, or anything unexpected gives an empty
 * list, and the viewer reads by range as before. Never throws.
 */

export interface ByteExtent {
  begin: number;
  end: number;
}

/** Reads bytes `[begin, end)` of the file (fewer at its end). */
export type ReadAt = (begin: number, end: number) => Uint8Array;

const TAIL_BYTES = 2048;
const XREF_WINDOW_BYTES = 4 * 2 ** 20;
const OBJECT_FIRST_BYTES = 2 ** 11;
const OBJECT_WINDOW_BYTES = 16 * 2 ** 10;
const MAX_PREV_SECTIONS = 32;
const MAX_NODES = 200_000;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** A page in tree order: its object and the /Pages nodes above it, nearest first. */
export interface PageLeaf {
  num: number;
  body: string;
  ancestors: string[];
}

/** What the walk finds: the page-tree extents, the pages in order, and the xref's offsets. */
export interface PageTree {
  extents: ByteExtent[];
  pages: PageLeaf[];
  offsets: Map<number, number>;
}

export function pageTreeExtents(read: ReadAt, size: number): ByteExtent[] {
  return readPageTree(read, size)?.extents ?? [];
}

/** The file's page tree through its classic xref table; null when it cannot be read that way. */
export function readPageTree(read: ReadAt, size: number): PageTree | null {
  try {
    return walk(read, size);
  } catch {
    return null;
  }
}

function walk(read: ReadAt, size: number): PageTree | null {
  const tail = latin1(read(Math.max(0, size - TAIL_BYTES), size));
  const start = /startxref\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('startxref')));
  if (!start) return null;
  const offsets = new Map<number, number>();
  let root: number | null = null;
  const seen = new Set<number>();
  for (let at: number | null = Number(start[1]); at !== null;) {
    if (seen.has(at) || seen.size >= MAX_PREV_SECTIONS || at >= size) return null;
    seen.add(at);
    const trailer = readXrefSection(read, size, at, offsets);
    if (trailer === null) return null;
    root ??= refIn(trailer, 'Root');
    const prev = /\/Prev\s+(\d+)/.exec(trailer);
    at = prev ? Number(prev[1]) : null;
  }
  if (root === null) return null;
  const catalog = objectAt(read, size, offsets, root);
  const pages = catalog && refIn(catalog.body, 'Pages');
  if (pages === null || pages === undefined) return null;

  const extents: ByteExtent[] = [];
  const leaves: PageLeaf[] = [];
  const visited = new Set<number>();
  const stack: { num: number; ancestors: string[] }[] = [{ num: pages, ancestors: [] }];
  while (stack.length > 0) {
    const { num, ancestors } = stack.pop()!;
    if (visited.has(num)) continue;
    if (visited.size >= MAX_NODES) return null;
    visited.add(num);
    const node = objectAt(read, size, offsets, num);
    if (!node) return null;
    extents.push(node.extent);
    if (!/\/Type\s*\/Pages\b/.test(node.body)) {
      leaves.push({ num, body: node.body, ancestors });
      continue;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.body);
    if (!kids) return null; // an indirect Kids array: not worth following here
    const refs = [...kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]));
    const below = [node.body, ...ancestors];
    for (let i = refs.length - 1; i >= 0; i--) stack.push({ num: refs[i]!, ancestors: below });
  }
  return { extents: extents.sort((a, b) => a.begin - b.begin), pages: leaves, offsets };
}

/** Adds the section's in-use offsets not yet known (newer sections come first); returns its trailer. */
function readXrefSection(read: ReadAt, size: number, at: number, offsets: Map<number, number>): string | null {
  const text = latin1(read(at, Math.min(size, at + XREF_WINDOW_BYTES)));
  const head = /^\s*xref\b/.exec(text);
  if (!head) return null; // a cross-reference stream
  let pos = head[0].length;
  const subsection = /\s*(\d+)\s+(\d+)/y;
  const entry = /\s*(\d{10})\s+(\d{5})\s+([nf])/y;
  for (;;) {
    const rest = /\s*trailer\b/y;
    rest.lastIndex = pos;
    const trailer = rest.exec(text);
    if (trailer) return text.slice(rest.lastIndex, rest.lastIndex + 4096);
    subsection.lastIndex = pos;
    const sub = subsection.exec(text);
    if (!sub) return null;
    pos = subsection.lastIndex;
    const first = Number(sub[1]);
    const count = Number(sub[2]);
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) return null;
      pos = entry.lastIndex;
      if (e[3] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(e[1]));
    }
  }
}

function refIn(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

export function objectAt(
  read: ReadAt,
  size: number,
  offsets: Map<number, number>,
  num: number,
): { body: string; extent: ByteExtent } | null {
  const begin = offsets.get(num);
  if (begin === undefined || begin >= size) return null;
  // Most page objects are a few hundred bytes: a small read first, the whole window if needed.
  let text = latin1(read(begin, Math.min(size, begin + OBJECT_FIRST_BYTES)));
  if (!text.includes('endobj') && text.length === OBJECT_FIRST_BYTES) {
    text = latin1(read(begin, Math.min(size, begin + OBJECT_WINDOW_BYTES)));
  }
  const head = /^\s*(\d+)\s+\d+\s+obj\b/.exec(text);
  if (!head || Number(head[1]) !== num) return null;
  const end = text.indexOf('endobj', head[0].length);
  // A page-tree object holding a stream, or longer than the window: not one to hand over.
  if (end < 0 || text.lastIndexOf('stream', end) > head[0].length) return null;
  return { body: text.slice(head[0].length, end), extent: { begin, end: begin + end + 'endobj'.length } };
}
