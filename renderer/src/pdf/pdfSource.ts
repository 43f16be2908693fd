/**
 * How a PDF's bytes reach pdf.js. A small file is read whole in one call (fewer round trips
 * than range loading would make). A large one — a scanned case file is tens of MiB — is read
 * by range: its head and its tail in one call before pdf.js starts, then whatever pdf.js asks
 * for, so the first page paints after a few small reads instead of after the whole file.
 */
import {
  DOCUMENT_RANGE_MAX_BYTES,
  DOCUMENT_RANGE_MAX_RANGES,
  type DocumentPageTree,
  type DocumentScanPage,
} from '../../../shared/api/contract.ts';
import type { ByteRange } from './rangeBatch.ts';
import type { RangesFetcher, RangeTransportOptions } from './rangeTransport.ts';

/** Above this size a PDF opens by range (about 30 scanned pages). */
export const RANGE_THRESHOLD_BYTES = 4 * 2 ** 20;

/**
 * pdf.js's chunk size: the least it reads at a place. pdf.js's default (64 KiB) suits HTTP;
 * here requests are batched and cheap, while a scan's page dictionaries — which pdf.js reads
 * all of before the first page — lie one per page, ~130 KiB apart: each costs a chunk (two,
 * with the one read after it), so a small chunk reads far less (a 200-page scan: 1.6 MiB
 * instead of 13 MiB at 64 KiB). Images and content streams are read whole whatever the chunk
 * size (adjacent chunks go in one range).
 */
export const RANGE_CHUNK_SIZE = 2 ** 12;

/**
 * Read with the head, before pdf.js asks: a file not built for streaming keeps its xref table,
 * trailer and usually its catalogue and page tree at the end, the first thing pdf.js reads
 * after the header. Saves it two or three round trips; 64 KiB holds an xref of ~3000 objects.
 */
export const TAIL_BYTES = 2 ** 16;

/** Bytes of a document by range, through the API (`documents:range`): concatenated in order. */
export type DocumentRangeLoader = (
  documentId: number,
  ranges: ByteRange[],
  signal?: AbortSignal,
) => Promise<Uint8Array>;

/**
 * Where a PDF's page-tree objects lie (`documents:page-tree`; empty when unknown), and whether
 * page `pageNo` is a plain scan.
 */
export type PageTreeLoader = (
  documentId: number,
  pageNo: number | undefined,
  signal?: AbortSignal,
) => Promise<DocumentPageTree>;

/**
 * The first page's JPEG, asked for at once in case the page is a plain scan (see
 * ScanPreview.tsx): `bytes` brings it (null: no bytes — the page is not a scan — or the read
 * failed or was given up), `scan` the page tree's word on the page (null: not a plain scan).
 * Neither rejects.
 */
export interface PageImage {
  bytes: Promise<Uint8Array | null>;
  scan: Promise<DocumentScanPage | null>;
}

export interface ReadOptions {
  /** The page that will be shown first (when known). */
  pageNo?: number | undefined;
  /**
   * Hears of the first page's JPEG as soon as it is asked for, before either reply is here; the
   * first read of the document waits for what it returns (the page shown from its JPEG).
   */
  onPageImage?: ((image: PageImage) => Promise<unknown> | void) | undefined;
}

/** A page's JPEG when the page is a plain scan, else no bytes (`documents:page-image`). */
export type PageImageLoader = (documentId: number, pageNo: number, signal?: AbortSignal) => Promise<Uint8Array>;

export interface DocumentLoaders {
  loadBytes: (documentId: number) => Promise<Uint8Array>;
  /** Absent: every PDF is read whole. */
  loadRange?: DocumentRangeLoader | undefined;
  /** Absent: pdf.js asks for the page tree piece by piece. */
  loadPageTree?: PageTreeLoader | undefined;
  /** Absent: a scanned page waits for pdf.js. */
  loadPageImage?: PageImageLoader | undefined;
}

/** Where a document's bytes come from: all of them now, or by range as pdf.js needs them. */
export type PdfSource =
  { kind: 'bytes'; bytes: Uint8Array } | ({ kind: 'range' } & Omit<RangeTransportOptions, 'onError'>);

/**
 * Read from the start before pdf.js asks: the header, and on a scan the first page — its
 * dictionary, content and image usually follow the header, and pdf.js would otherwise ask for
 * them one round trip at a time once it starts drawing (after its whole page tree has been
 * read). In the same call as the tail, so it costs no round trip of its own.
 */
export const HEAD_BYTES = 2 ** 18;

/**
 * The head and the tail to read first; the tail starts on pdf.js's chunk grid so that its
 * requests there fall inside it (null when the head already reaches it).
 */
export function firstRanges(size: number): { head: ByteRange; tail: ByteRange | null } {
  const head = { begin: 0, end: Math.min(size, HEAD_BYTES) };
  const tailBegin = Math.max(head.end, Math.floor((size - TAIL_BYTES) / RANGE_CHUNK_SIZE) * RANGE_CHUNK_SIZE);
  return { head, tail: tailBegin < size ? { begin: tailBegin, end: size } : null };
}

/** Reads what pdf.js starts from: the whole file, or the head and tail of a large one. */
export async function readPdfSource(
  document: { id: number; size: number },
  loaders: DocumentLoaders,
  signal: AbortSignal,
  options: ReadOptions = {},
): Promise<PdfSource> {
  const { loadRange } = loaders;
  if (!loadRange || document.size <= RANGE_THRESHOLD_BYTES) {
    return { kind: 'bytes', bytes: await loaders.loadBytes(document.id) };
  }
  const fetchRanges: RangesFetcher = (ranges, rangeSignal) => loadRange(document.id, ranges, rangeSignal);
  const { head, tail } = firstRanges(document.size);
  // The page tree, which pdf.js walks whole before page 1: read with the head and the tail, in
  // the same call, instead of a chunk or two per page as pdf.js asks.
  const { pageNo, onPageImage } = options;
  const { loadPageTree, loadPageImage } = loaders;
  // The first page's JPEG, in case it is a scan: asked first, beside the page tree (which says
  // whether it is, and how the page is laid out), so that it can be decoded while that comes.
  let scanSaid: (scan: DocumentScanPage | null) => void = () => undefined;
  let shown: Promise<unknown> | void = undefined;
  if (loadPageTree && loadPageImage && onPageImage && pageNo !== undefined) {
    const bytes = loadPageImage(document.id, pageNo, signal).then(
      (found) => (signal.aborted || found.byteLength === 0 ? null : found),
      () => null, // pdf.js shows the page anyway
    );
    shown = onPageImage({ bytes, scan: new Promise((resolve) => (scanSaid = resolve)) });
  }
  const pageTree = loadPageTree ? await loadPageTree(document.id, pageNo, signal).catch(() => null) : null;
  const scan = pageTree?.scan;
  scanSaid(scan ?? null);
  // Not a scan: nothing to wait for. A scan: its picture first, then the bytes pdf.js needs.
  if (scan && shown) await shown.catch(() => undefined);
  const firsts = tail ? [head, tail] : [head];
  const tree = pageTreeChunks(pageTree?.extents ?? [], document.size, firsts);
  const ranges = [...firsts, ...tree];
  const first = await fetchRanges(ranges, signal);
  const known: { begin: number; bytes: Uint8Array }[] = [];
  for (let i = 1, at = head.end; i < ranges.length; i++) {
    const { begin, end } = ranges[i]!;
    known.push({ begin, bytes: first.subarray(at, at + (end - begin)) });
    at += end - begin;
  }
  return {
    kind: 'range',
    length: document.size,
    // A copy: pdf.js transfers the initial data's buffer to its worker.
    initialData: first.slice(0, head.end),
    known,
    fetchRanges,
    chunkSize: RANGE_CHUNK_SIZE,
    maxBytes: DOCUMENT_RANGE_MAX_BYTES,
    maxRanges: DOCUMENT_RANGE_MAX_RANGES,
  };
}

/**
 * The page-tree extents as whole pdf.js chunks, merged, outside the ranges already read, within
 * one call's limits (what does not fit is read as pdf.js asks, as without the page tree).
 */
export function pageTreeChunks(extents: readonly ByteRange[], size: number, read: readonly ByteRange[]): ByteRange[] {
  const merged: ByteRange[] = [];
  for (const e of [...extents].sort((a, b) => a.begin - b.begin)) {
    const begin = Math.floor(e.begin / RANGE_CHUNK_SIZE) * RANGE_CHUNK_SIZE;
    const end = Math.min(size, Math.ceil(e.end / RANGE_CHUNK_SIZE) * RANGE_CHUNK_SIZE);
    if (begin >= end || begin < 0) continue;
    const last = merged[merged.length - 1];
    if (last && begin <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ begin, end });
  }
  const out: ByteRange[] = [];
  let bytes = read.reduce((sum, r) => sum + (r.end - r.begin), 0);
  for (const range of merged) {
    for (const piece of subtract(range, read)) {
      if (out.length + read.length >= DOCUMENT_RANGE_MAX_RANGES) return out;
      if (bytes + (piece.end - piece.begin) > DOCUMENT_RANGE_MAX_BYTES) return out;
      bytes += piece.end - piece.begin;
      out.push(piece);
    }
  }
  return out;
}

function subtract(range: ByteRange, cuts: readonly ByteRange[]): ByteRange[] {
  let pieces = [range];
  for (const cut of cuts) {
    pieces = pieces.flatMap((p) =>
      cut.end <= p.begin || cut.begin >= p.end
        ? [p]
        : [
            ...(p.begin < cut.begin ? [{ begin: p.begin, end: cut.begin }] : []),
            ...(cut.end < p.end ? [{ begin: cut.end, end: p.end }] : []),
          ],
    );
  }
  return pieces;
}
