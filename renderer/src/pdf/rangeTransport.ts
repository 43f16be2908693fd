/**
 * pdf.js's range loading fed by the API (`documents:range`) instead of HTTP Range requests, so
 * it works the same over Electron's IPC and the browser-mode bridge, and never by file path.
 * pdf.js asks for the chunks it is missing (`requestDataRange`); each request is answered with
 * one `onDataRange(begin, bytes)`.
 *
 * Requests are batched: pdf.js asks for dozens of scattered chunks at once (it fetches every
 * page dictionary of a flat page tree before it hands over the document — one chunk each on a
 * scan), and one API call per chunk would cost a round trip each. Requests are gathered until
 * the current task ends (a zero-delay timer: the burst arrives as consecutive messages from
 * pdf.js's worker), then leave together, up to the API's per-call limits; at most
 * MAX_IN_FLIGHT calls run at a time, and what arrives meanwhile leaves when one returns.
 *
 * Replies read ahead (`readAheadEnd`): pdf.js keeps whole chunks past what it asked for, so a
 * dictionary comes with the chunk it may run into, and a page's image with the next pages' —
 * paging forward then finds them in pdf.js's worker already, as when the whole file was read,
 * instead of a round trip (or several: pdf.js discovers a page's objects one by one) per page.
 * pdf.js takes bytes only in answer to a request, so when it next misses (past that window) a
 * round trip would fall on a page turn; to keep it off, a window's worth past what pdf.js has
 * is read in the background and kept here, and that miss is answered from it.
 *
 * Two gaps in PDFDataRangeTransport are closed here:
 * - it has no way to report a failed request (pdf.js would wait forever), so a failure goes to
 *   `onError`, once, and the owner gives the load up;
 * - a reply that arrives after the load was given up must not reach pdf.js (or a document
 *   opened since): `abort()` — called by pdf.js on destroy, and by our own teardown — cancels
 *   what can still be cancelled and drops every late reply.
 */
import { PDFDataRangeTransport } from 'pdfjs-dist';
import {
  knownRanges,
  reach,
  readAheadEnd,
  remember,
  sliceKnown,
  splitRange,
  STREAM_READ_AHEAD_BYTES,
  STREAM_REQUEST_BYTES,
  takeBatch,
  type ByteRange,
  type KnownBytes,
} from './rangeBatch.ts';

/** Reads byte ranges of the open document, their bytes concatenated in order. */
export type RangesFetcher = (ranges: ByteRange[], signal: AbortSignal) => Promise<Uint8Array>;

export interface RangeTransportOptions {
  length: number;
  /** The first bytes of the file, read before pdf.js starts (it parses the header from them). */
  initialData: Uint8Array;
  /** Other bytes read before pdf.js starts (the file's tail: xref and catalogue). */
  known: KnownBytes[];
  fetchRanges: RangesFetcher;
  /** pdf.js's chunk size: replies end on its grid. */
  chunkSize: number;
  /** The API's per-call limits (DOCUMENT_RANGE_MAX_BYTES, DOCUMENT_RANGE_MAX_RANGES). */
  maxBytes: number;
  maxRanges: number;
  onError: (error: unknown) => void;
}

/** Calls in flight at once: pdf.js keeps asking while a batch is out (its worker posts as it parses). */
const MAX_IN_FLIGHT = 4;

/** Bytes read ahead and kept here for pdf.js's next misses (the oldest go first). */
const KNOWN_MAX_BYTES = 8 * 2 ** 20;

interface Request {
  begin: number;
  parts: Uint8Array[];
  left: number;
}

/** A part of a call: a piece of one of pdf.js's requests, or (request null) a background read. */
interface Piece extends ByteRange {
  request: Request | null;
  index: number;
}

export class ApiRangeTransport extends PDFDataRangeTransport {
  readonly #options: RangeTransportOptions;
  readonly #controller = new AbortController();
  /** pdf.js's requests waiting for a call; they go before background reads, never with them. */
  readonly #queue: Piece[] = [];
  readonly #background: Piece[] = [];
  readonly #known: KnownBytes[];
  /** Background reads queued or in flight, so that none is asked for twice. */
  readonly #reading: Piece[] = [];
  #inFlight = 0;
  #failed = false;
  /** The pending flush of the queue (see the batching note above). */
  #flush: ReturnType<typeof setTimeout> | null = null;

  constructor(options: RangeTransportOptions) {
    // progressiveDone: the initial bytes are all that arrives unasked; the rest comes by range.
    super(options.length, options.initialData, true);
    this.#options = options;
    this.#known = [...options.known];
  }

  override requestDataRange(begin: number, end: number): void {
    const { chunkSize, maxBytes } = this.#options;
    const last = Math.min(end, this.length);
    const ahead = readAheadEnd(begin, last, chunkSize, this.length);
    // From bytes here: as far towards `ahead` as they reach, on pdf.js's chunk grid.
    const reached = Math.min(ahead, reach(knownRanges(this.#known), begin));
    const upTo = reached === this.length ? reached : Math.floor(reached / chunkSize) * chunkSize;
    const here = upTo >= last ? sliceKnown(this.#known, begin, upTo) : null;
    if (here) {
      // Answered after this call returns, as a reply from the API would be.
      queueMicrotask(() => this.#deliver(begin, here));
    } else {
      const pieces = splitRange(begin, ahead, maxBytes);
      const request: Request = { begin, parts: [], left: pieces.length };
      this.#queue.push(...pieces.map((piece, index) => ({ ...piece, request, index })));
    }
    if (last - begin >= STREAM_REQUEST_BYTES) this.#readNextWindow(begin + (here?.byteLength ?? ahead - begin));
    this.#flush ??= setTimeout(() => {
      this.#flush = null;
      this.#pump();
    }, 0);
  }

  /**
   * Keeps a window's worth of bytes read ahead of `at` (where pdf.js's data now ends): when
   * less than half a window is here or on its way, reads the next window in the background.
   */
  #readNextWindow(at: number): void {
    const from = reach([...knownRanges(this.#known), ...this.#reading], at);
    if (from >= this.length || from - at >= STREAM_READ_AHEAD_BYTES / 2) return;
    const piece: Piece = {
      begin: from,
      end: Math.min(this.length, from + STREAM_READ_AHEAD_BYTES),
      request: null,
      index: 0,
    };
    this.#reading.push(piece);
    this.#background.push(piece);
  }

  override abort(): void {
    this.#controller.abort();
    this.#queue.length = 0;
    this.#background.length = 0;
    this.#known.length = 0;
    if (this.#flush !== null) clearTimeout(this.#flush);
    this.#flush = null;
  }

  get #stopped(): boolean {
    return this.#controller.signal.aborted || this.#failed;
  }

  #pump(): void {
    while (this.#inFlight < MAX_IN_FLIGHT && !this.#stopped) {
      const queue = this.#queue.length > 0 ? this.#queue : this.#background;
      if (queue.length === 0) return;
      const batch = takeBatch(queue, this.#options.maxBytes, this.#options.maxRanges);
      this.#inFlight += 1;
      void this.#send(batch).finally(() => {
        this.#inFlight -= 1;
        this.#pump();
      });
    }
  }

  async #send(batch: Piece[]): Promise<void> {
    let bytes: Uint8Array;
    try {
      const ranges = batch.map(({ begin, end }) => ({ begin, end }));
      bytes = await this.#options.fetchRanges(ranges, this.#controller.signal);
      const expected = batch.reduce((sum, piece) => sum + (piece.end - piece.begin), 0);
      if (bytes.byteLength !== expected) {
        throw new Error(`range reply of ${bytes.byteLength} bytes, expected ${expected}`);
      }
    } catch (error) {
      if (this.#stopped) return;
      this.#failed = true;
      this.#queue.length = 0;
      this.#background.length = 0;
      this.#options.onError(error);
      return;
    }
    let at = 0;
    for (const piece of batch) {
      const { begin, end, request, index } = piece;
      const part = bytes.subarray(at, at + (end - begin));
      at += end - begin;
      if (request === null) {
        this.#reading.splice(this.#reading.indexOf(piece), 1);
        // A copy, so that the rest of the reply is not kept alive with it.
        remember(this.#known, { begin, bytes: part.slice() }, KNOWN_MAX_BYTES);
        continue;
      }
      request.parts[index] = part;
      request.left -= 1;
      if (request.left === 0) this.#deliver(request.begin, concat(request.parts));
    }
  }

  #deliver(begin: number, bytes: Uint8Array): void {
    if (this.#stopped) return;
    try {
      this.onDataRange(begin, bytes);
    } catch {
      // pdf.js cancelled this request itself (its worker is going away): nothing to deliver.
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
