/**
 * The bookkeeping of range loading, as pure functions: splitting a request to the API's
 * per-call limit, packing queued pieces into one call, answering a request from bytes read
 * before pdf.js asked, and deciding how far past a request to read.
 */

export interface ByteRange {
  begin: number;
  end: number;
}

/** Splits `[begin, end)` into consecutive pieces of at most `max` bytes. */
export function splitRange(begin: number, end: number, max: number): ByteRange[] {
  if (!(max > 0)) throw new RangeError(`max must be positive, got ${max}`);
  const pieces: ByteRange[] = [];
  for (let from = begin; from < end; from += max) pieces.push({ begin: from, end: Math.min(end, from + max) });
  return pieces;
}

/**
 * Takes pieces from the front of `queue` (removing them) for one call: as many as fit in
 * `maxBytes` and `maxRanges`, and always at least one (no piece is larger than `maxBytes`).
 */
export function takeBatch<T extends ByteRange>(queue: T[], maxBytes: number, maxRanges: number): T[] {
  let bytes = 0;
  let count = 0;
  while (count < queue.length && count < maxRanges) {
    const piece = queue[count]!;
    const size = piece.end - piece.begin;
    if (count > 0 && bytes + size > maxBytes) break;
    bytes += size;
    count += 1;
  }
  return queue.splice(0, count);
}

/** Bytes of a file from `begin` on, read before pdf.js asked for them (the tail, the next pages). */
export interface KnownBytes {
  begin: number;
  bytes: Uint8Array;
}

/**
 * `[begin, end)` from bytes already here, or null when they do not cover all of it. Parts
 * that touch are joined (windows read ahead one after another; a request may span two).
 */
export function sliceKnown(known: readonly KnownBytes[], begin: number, end: number): Uint8Array | null {
  const pieces: Uint8Array[] = [];
  for (let at = begin; at < end;) {
    const part = known.find((k) => k.begin <= at && at < k.begin + k.bytes.byteLength);
    if (!part) return null;
    const partEnd = Math.min(end, part.begin + part.bytes.byteLength);
    pieces.push(part.bytes.subarray(at - part.begin, partEnd - part.begin));
    at = partEnd;
  }
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(end - begin);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

/** The byte ranges that `known` holds. */
export function knownRanges(known: readonly KnownBytes[]): ByteRange[] {
  return known.map((k) => ({ begin: k.begin, end: k.begin + k.bytes.byteLength }));
}

/** Keeps bytes read ahead, dropping the oldest parts while the total exceeds `maxBytes`. */
export function remember(known: KnownBytes[], part: KnownBytes, maxBytes: number): void {
  known.push(part);
  let total = known.reduce((sum, k) => sum + k.bytes.byteLength, 0);
  while (total > maxBytes && known.length > 1) total -= known.shift()!.bytes.byteLength;
}

/** The end of the ranges that run on, without a gap, from `at`; `at` when none holds it. */
export function reach(ranges: readonly ByteRange[], at: number): number {
  let end = at;
  for (let grew = true; grew;) {
    grew = false;
    for (const r of ranges) {
      if (r.begin <= end && r.end > end) {
        end = r.end;
        grew = true;
      }
    }
  }
  return end;
}

/** A request at least this large is stream data (an image, a page's content), not a dictionary. */
export const STREAM_REQUEST_BYTES = 2 ** 15;

/**
 * Past stream data, read this far ahead: a scan stores page after page, so the next pages'
 * images (about four) follow this one and a reader paging forward finds them already read.
 */
export const STREAM_READ_AHEAD_BYTES = 2 ** 19;

/**
 * Where to end the read for pdf.js's request `[begin, end)`: past it, on pdf.js's chunk grid
 * (pdf.js takes any whole chunks it is given) and within the file. A request of a chunk or two
 * is a dictionary (a page, its resources) that may run into the next chunk: read that too, so
 * pdf.js need not come back for it a round trip later. Stream data: the next pages' data.
 */
export function readAheadEnd(begin: number, end: number, chunkSize: number, length: number): number {
  const size = end - begin;
  const extra = size <= 2 * chunkSize ? chunkSize : size >= STREAM_REQUEST_BYTES ? STREAM_READ_AHEAD_BYTES : 0;
  return Math.min(length, Math.ceil((end + extra) / chunkSize) * chunkSize);
}
