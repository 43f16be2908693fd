/**
 * The bookkeeping of range loading, as pure functions: splitting a request to the API's
 * per-call limit, packing queued pieces into one call, and answering a request from bytes
 * read ahead of time.
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

/** Bytes of a file known from `begin` on (read ahead, before anyone asked). */
export interface KnownBytes {
  begin: number;
  bytes: Uint8Array;
}

/** `[begin, end)` from bytes read ahead, or null when they do not cover all of it. */
export function sliceKnown(known: readonly KnownBytes[], begin: number, end: number): Uint8Array | null {
  for (const part of known) {
    if (begin >= part.begin && end <= part.begin + part.bytes.byteLength) {
      return part.bytes.subarray(begin - part.begin, end - part.begin);
    }
  }
  return null;
}
