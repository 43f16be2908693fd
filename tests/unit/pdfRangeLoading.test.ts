/**
 * The renderer's range loading of large PDFs (renderer/src/pdf): which bytes are read before
 * pdf.js starts, how pdf.js's chunk requests are batched into `documents:range` calls and
 * answered, and how a failure or an abandoned load ends. The fetcher is a fake over an
 * in-memory file, so every call and every delivery can be checked.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RANGE_MAX_RANGES } from '../../shared/api/contract.ts';
import {
  readAheadEnd,
  sliceKnown,
  splitRange,
  STREAM_READ_AHEAD_BYTES,
  takeBatch,
  type ByteRange,
} from '../../renderer/src/pdf/rangeBatch.ts';
import {
  firstRanges,
  type PageImage,
  HEAD_BYTES,
  pageTreeChunks,
  RANGE_CHUNK_SIZE,
  RANGE_THRESHOLD_BYTES,
  readPdfSource,
  TAIL_BYTES,
} from '../../renderer/src/pdf/pdfSource.ts';
import { ApiRangeTransport, type RangeTransportOptions } from '../../renderer/src/pdf/rangeTransport.ts';

const SIZE = 2_000_000;
/** A chunk grid on which no test request needs reading ahead: see 'reads ahead' for that. */
const CHUNK = 100;
const file = Uint8Array.from({ length: SIZE }, (_, i) => (i * 7 + (i >> 9)) & 0xff);

/** A fetcher over `file` whose replies the test releases by hand. */
function fakeApi() {
  const calls: { ranges: ByteRange[]; signal: AbortSignal; reply: () => void; fail: (e: unknown) => void }[] = [];
  const fetchRanges = (ranges: ByteRange[], signal: AbortSignal) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const bytes = new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0));
      let at = 0;
      for (const r of ranges) {
        bytes.set(file.subarray(r.begin, r.end), at);
        at += r.end - r.begin;
      }
      calls.push({ ranges, signal, reply: () => resolve(bytes), fail: reject });
    });
  return { calls, fetchRanges };
}

interface Delivered {
  begin: number;
  bytes: Uint8Array;
}

function transport(options: Partial<RangeTransportOptions> & Pick<RangeTransportOptions, 'fetchRanges'>) {
  const delivered: Delivered[] = [];
  const errors: unknown[] = [];
  const t = new ApiRangeTransport({
    length: SIZE,
    initialData: file.slice(0, 1000),
    known: [],
    chunkSize: CHUNK,
    maxBytes: 10_000,
    maxRanges: 100,
    onError: (e) => errors.push(e),
    ...options,
  });
  t.transportReady((message: { type: string; begin: number; chunk: Uint8Array }) => {
    if (message.type === 'range') delivered.push({ begin: message.begin, bytes: new Uint8Array(message.chunk) });
  });
  return { t, delivered, errors };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const expectBytes = (got: Delivered | undefined, begin: number, end: number) => {
  expect(got?.begin).toBe(begin);
  expect(Buffer.from(got!.bytes).equals(Buffer.from(file.subarray(begin, end)))).toBe(true);
};

describe('range bookkeeping', () => {
  it('splits a range into pieces of at most max bytes', () => {
    expect(splitRange(10, 35, 10)).toEqual([
      { begin: 10, end: 20 },
      { begin: 20, end: 30 },
      { begin: 30, end: 35 },
    ]);
    expect(splitRange(0, 10, 10)).toEqual([{ begin: 0, end: 10 }]);
    expect(() => splitRange(0, 10, 0)).toThrow(RangeError);
  });

  it('packs queued pieces into one call within both limits, always taking one', () => {
    const queue = [10, 10, 10, 30, 5].map((size, i) => ({ begin: i * 100, end: i * 100 + size }));
    expect(takeBatch(queue, 25, 10).map((p) => p.begin)).toEqual([0, 100]);
    expect(takeBatch(queue, 25, 10).map((p) => p.begin)).toEqual([200]);
    expect(takeBatch(queue, 25, 10).map((p) => p.begin)).toEqual([300]);
    expect(queue.map((p) => p.begin)).toEqual([400]);
    const many = Array.from({ length: 5 }, (_, i) => ({ begin: i, end: i + 1 }));
    expect(takeBatch(many, 1000, 3)).toHaveLength(3);
  });

  it('answers from bytes already here only when they cover the whole range', () => {
    const known = [{ begin: 100, bytes: file.slice(100, 200) }];
    expect(Array.from(sliceKnown(known, 150, 160)!)).toEqual(Array.from(file.subarray(150, 160)));
    expect(sliceKnown(known, 100, 200)).not.toBeNull();
    expect(sliceKnown(known, 90, 110)).toBeNull();
    expect(sliceKnown(known, 190, 201)).toBeNull();
  });

  it('reads past a request on the chunk grid, within the file', () => {
    const chunk = 4096;
    const length = 10_000_000;
    expect(readAheadEnd(0, chunk, chunk, length)).toBe(2 * chunk);
    expect(readAheadEnd(0, 2 * chunk, chunk, length)).toBe(3 * chunk);
    expect(readAheadEnd(0, 4 * chunk, chunk, length)).toBe(4 * chunk);
    expect(readAheadEnd(chunk, 41 * chunk, chunk, length)).toBe(41 * chunk + STREAM_READ_AHEAD_BYTES);
    expect(readAheadEnd(length - 100_000, length, chunk, length)).toBe(length);
    expect(readAheadEnd(length - 2000, length - 1000, chunk, length)).toBe(length);
  });

  it('reads the head and a chunk-aligned tail first', () => {
    const size = 27_452_249;
    const { head, tail } = firstRanges(size);
    expect(head).toEqual({ begin: 0, end: HEAD_BYTES });
    expect(tail!.end).toBe(size);
    expect(tail!.begin % RANGE_CHUNK_SIZE).toBe(0);
    expect(size - tail!.begin).toBeGreaterThanOrEqual(TAIL_BYTES);
    expect(size - tail!.begin).toBeLessThan(TAIL_BYTES + RANGE_CHUNK_SIZE);
  });
});

describe('readPdfSource', () => {
  const big = { id: 7, size: RANGE_THRESHOLD_BYTES + 123_456 };

  it('reads a small PDF whole and a large one by range: head and tail in one call', async () => {
    const asked: string[] = [];
    const loaders = {
      loadBytes: async (id: number) => {
        asked.push(`bytes ${id}`);
        return new Uint8Array(3);
      },
      loadRange: async (id: number, ranges: ByteRange[]) => {
        asked.push(`range ${id} ${JSON.stringify(ranges)}`);
        return new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0)).fill(1);
      },
    };
    const small = await readPdfSource({ id: 3, size: RANGE_THRESHOLD_BYTES }, loaders, new AbortController().signal);
    expect(small.kind).toBe('bytes');
    const large = await readPdfSource(big, loaders, new AbortController().signal);
    const { head, tail } = firstRanges(big.size);
    expect(asked).toEqual(['bytes 3', `range 7 ${JSON.stringify([head, tail])}`]);
    expect(large.kind === 'range' && large.length).toBe(big.size);
    expect(large.kind === 'range' && large.initialData.byteLength).toBe(head.end);
    expect(large.kind === 'range' && large.known).toEqual([{ begin: tail!.begin, bytes: expect.any(Uint8Array) }]);
    // Without a range loader every PDF is read whole.
    const whole = await readPdfSource(big, { loadBytes: loaders.loadBytes }, new AbortController().signal);
    expect(whole.kind).toBe('bytes');
  });
});

describe('the page tree in the first call', () => {
  const big = { id: 9, size: 40 * RANGE_CHUNK_SIZE + RANGE_THRESHOLD_BYTES };
  /** The page tree's word that page `pageNo` is a plain scan (its JPEG at bytes 5000–9000). */
  const scanPage = (pageNo: number) => ({
    pageNo,
    image: { begin: 5000, end: 9000 },
    pixelWidth: 1240,
    pixelHeight: 1754,
    width: 595,
    height: 842,
    rotate: 0,
  });

  it('reads the page-tree objects as whole chunks with the head and tail, and hands them over as known bytes', async () => {
    const file = new Uint8Array(big.size).map((_, i) => i % 251);
    const calls: ByteRange[][] = [];
    const pageObject = (chunk: number, offset: number, length: number) => ({
      begin: chunk * RANGE_CHUNK_SIZE + offset,
      end: chunk * RANGE_CHUNK_SIZE + offset + length,
    });
    // Two objects in one chunk, one across a chunk boundary, one inside the head (already read).
    const extents = [
      pageObject(700, 10, 90),
      pageObject(700, 300, 80),
      pageObject(900, RANGE_CHUNK_SIZE - 20, 60),
      pageObject(3, 0, 50),
    ];
    const source = await readPdfSource(
      big,
      {
        loadBytes: async () => file,
        loadRange: async (_id, ranges) => {
          calls.push(ranges);
          const out = new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0));
          let at = 0;
          for (const r of ranges) {
            out.set(file.subarray(r.begin, r.end), at);
            at += r.end - r.begin;
          }
          return out;
        },
        loadPageTree: async () => ({ documentId: big.id, extents, scan: null }),
      },
      new AbortController().signal,
    );
    const { head, tail } = firstRanges(big.size);
    const chunk = (n: number) => n * RANGE_CHUNK_SIZE;
    expect(calls).toEqual([
      [head, tail, { begin: chunk(700), end: chunk(701) }, { begin: chunk(900), end: chunk(902) }],
    ]);
    if (source.kind !== 'range') throw new Error('expected range loading');
    expect(source.known.map((k) => [k.begin, k.bytes.byteLength])).toEqual([
      [tail!.begin, big.size - tail!.begin],
      [chunk(700), RANGE_CHUNK_SIZE],
      [chunk(900), 2 * RANGE_CHUNK_SIZE],
    ]);
    for (const k of source.known)
      expect([...k.bytes]).toEqual([...file.subarray(k.begin, k.begin + k.bytes.byteLength)]);
  });

  it('reads by range as before when the page tree is unknown or its lookup fails', async () => {
    const calls: ByteRange[][] = [];
    const loadRange = async (_id: number, ranges: ByteRange[]) => {
      calls.push(ranges);
      return new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0));
    };
    const failing = async () => {
      throw new Error('offline');
    };
    await readPdfSource(
      big,
      { loadBytes: async () => new Uint8Array(0), loadRange, loadPageTree: failing },
      new AbortController().signal,
    );
    await readPdfSource(
      big,
      {
        loadBytes: async () => new Uint8Array(0),
        loadRange,
        loadPageTree: async () => ({ documentId: big.id, extents: [], scan: null }),
      },
      new AbortController().signal,
    );
    const { head, tail } = firstRanges(big.size);
    expect(calls).toEqual([
      [head, tail],
      [head, tail],
    ]);
  });

  it("asks for the first page's JPEG first, beside the page tree, and passes on both replies", async () => {
    const file = new Uint8Array(big.size).map((_, i) => i % 251);
    const scan = scanPage(3);
    const calls: string[] = [];
    let releaseTree: () => void = () => undefined;
    const loaders = {
      loadBytes: async () => file,
      loadRange: async (_id: number, ranges: ByteRange[]) => {
        calls.push(`range ${ranges.length}`);
        return new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0));
      },
      loadPageTree: async (_id: number, pageNo: number | undefined) => {
        calls.push(`tree ${pageNo}`);
        // Held until the test lets it go: the JPEG is here before the page tree's word.
        await new Promise<void>((resolve) => (releaseTree = resolve));
        return { documentId: big.id, extents: [], scan: pageNo === 3 ? scan : null };
      },
      loadPageImage: async (_id: number, pageNo: number) => {
        calls.push(`image ${pageNo}`);
        if (pageNo === 5) throw new Error('offline');
        return pageNo === 3 ? file.slice(5000, 9000) : new Uint8Array(0);
      },
    };
    const heard: { bytes: number[] | null; scan: unknown }[] = [];
    const bytesFirst: (number[] | null)[] = [];
    const onPageImage = (image: PageImage) => {
      void image.bytes.then((b) => bytesFirst.push(b && [...b]));
      void Promise.all([image.bytes, image.scan]).then(([b, s]) => heard.push({ bytes: b && [...b], scan: s }));
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    let pending = readPdfSource(big, loaders, new AbortController().signal, { pageNo: 3, onPageImage });
    await settle();
    expect(calls).toEqual(['image 3', 'tree 3']);
    // The JPEG is passed on before the page tree has answered.
    expect(bytesFirst).toEqual([[...file.subarray(5000, 9000)]]);
    expect(heard).toEqual([]);
    releaseTree();
    await pending;
    await settle();
    expect(calls).toEqual(['image 3', 'tree 3', 'range 2']);
    expect(heard).toEqual([{ bytes: [...file.subarray(5000, 9000)], scan }]);

    // Not a scan (no bytes, no word), a failed read (null), no page known (nothing asked).
    heard.length = 0;
    calls.length = 0;
    for (const pageNo of [4, 5, undefined]) {
      pending = readPdfSource(big, loaders, new AbortController().signal, { pageNo, onPageImage });
      await settle();
      releaseTree();
      await pending;
      await settle();
    }
    expect(calls).toEqual([
      'image 4',
      'tree 4',
      'range 2',
      'image 5',
      'tree 5',
      'range 2',
      'tree undefined',
      'range 2',
    ]);
    expect(heard).toEqual([
      { bytes: null, scan: null },
      { bytes: null, scan: null },
    ]);

    // Given up before the JPEG is here: no bytes are passed on.
    heard.length = 0;
    const controller = new AbortController();
    pending = readPdfSource(big, loaders, controller.signal, { pageNo: 3, onPageImage });
    controller.abort();
    await settle();
    releaseTree();
    await pending.catch(() => undefined);
    await settle();
    expect(heard).toEqual([{ bytes: null, scan }]);
  });

  it("holds pdf.js's first read until a scanned page is shown from its JPEG, and only for a scan", async () => {
    const scan = scanPage(1);
    const calls: string[] = [];
    const loaders = {
      loadBytes: async () => new Uint8Array(0),
      loadRange: async (_id: number, ranges: ByteRange[]) => {
        calls.push('range');
        return new Uint8Array(ranges.reduce((n, r) => n + r.end - r.begin, 0));
      },
      loadPageTree: async (_id: number, pageNo: number | undefined) => ({
        documentId: big.id,
        extents: [],
        scan: pageNo === 1 ? scan : null,
      }),
      loadPageImage: async () => new Uint8Array(4000),
    };
    let shown: () => void = () => undefined;
    const onPageImage = () => new Promise<void>((resolve) => (shown = resolve));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    const pending = readPdfSource(big, loaders, new AbortController().signal, { pageNo: 1, onPageImage });
    await settle();
    expect(calls, 'no read while the page is not yet shown').toEqual([]);
    shown();
    await pending;
    expect(calls).toEqual(['range']);

    // Page 2 is not a scan: nothing is shown from a JPEG, and the read does not wait.
    calls.length = 0;
    await readPdfSource(big, loaders, new AbortController().signal, { pageNo: 2, onPageImage });
    expect(calls).toEqual(['range']);
  });

  it('keeps within one call’s limits: what does not fit is left for pdf.js to ask', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      begin: (i * 2 + 100) * RANGE_CHUNK_SIZE,
      end: (i * 2 + 100) * RANGE_CHUNK_SIZE + 10,
    }));
    const size = 5000 * RANGE_CHUNK_SIZE;
    const read = [{ begin: 0, end: RANGE_CHUNK_SIZE }];
    const chunks = pageTreeChunks(many, size, read);
    expect(chunks.length + read.length).toBe(DOCUMENT_RANGE_MAX_RANGES);
    expect(chunks.every((c) => c.begin % RANGE_CHUNK_SIZE === 0 && c.end - c.begin === RANGE_CHUNK_SIZE)).toBe(true);
  });
});

describe('ApiRangeTransport', () => {
  it('answers a request inside the bytes read before pdf.js started without a call', async () => {
    const api = fakeApi();
    const { t, delivered } = transport({ ...api, known: [{ begin: 200_000, bytes: file.slice(200_000) }] });
    t.requestDataRange(250_000, 260_000);
    await settle();
    expect(api.calls).toHaveLength(0);
    expectBytes(delivered[0], 250_000, 260_000);
  });

  it('sends a burst asked for in one task as one call', async () => {
    const api = fakeApi();
    const { t, delivered } = transport(api);
    const begins = [280_000, 250_000, 200_000, 150_000, 100_000, 50_000];
    for (const begin of begins) t.requestDataRange(begin, begin + 1000);
    expect(api.calls).toHaveLength(0);
    await settle();
    expect(api.calls.map((c) => c.ranges.map((r) => r.begin))).toEqual([begins]);
    api.calls[0]!.reply();
    await settle();
    expect(delivered.map((d) => d.begin)).toEqual(begins);
    for (const d of delivered) expectBytes(d, d.begin, d.begin + 1000);
  });

  it('keeps four calls in flight; what is asked meanwhile leaves together when one returns', async () => {
    const api = fakeApi();
    const { t, delivered } = transport(api);
    for (const begin of [0, 10_000, 20_000, 30_000, 40_000, 50_000]) {
      t.requestDataRange(begin, begin + 1000);
      await settle();
    }
    expect(api.calls.map((c) => c.ranges.map((r) => r.begin))).toEqual([[0], [10_000], [20_000], [30_000]]);
    api.calls[2]!.reply();
    await settle();
    expect(api.calls[4]!.ranges.map((r) => r.begin)).toEqual([40_000, 50_000]);
    api.calls.forEach((c, i) => i !== 2 && c.reply());
    await settle();
    expect(delivered.map((d) => d.begin).sort((x, y) => x - y)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
  });

  it('reads ahead: the next chunk after a dictionary, the next pages after stream data', async () => {
    const chunk = 4096;
    const api = fakeApi();
    const { t, delivered } = transport({ ...api, chunkSize: chunk, maxBytes: 4_000_000 });
    t.requestDataRange(8 * chunk, 9 * chunk);
    t.requestDataRange(12 * chunk, 22 * chunk);
    await settle();
    const windowEnd = 22 * chunk + STREAM_READ_AHEAD_BYTES;
    expect(api.calls.map((c) => c.ranges)).toEqual([
      [
        { begin: 8 * chunk, end: 10 * chunk },
        { begin: 12 * chunk, end: windowEnd },
      ],
      // … and, in a call of its own, the window after that one, kept here for pdf.js's next miss.
      [{ begin: windowEnd, end: windowEnd + STREAM_READ_AHEAD_BYTES }],
    ]);
    api.calls.forEach((c) => c.reply());
    await settle();
    // pdf.js keeps whole chunks past what it asked for: it gets all that was read for it.
    expectBytes(delivered[0], 8 * chunk, 10 * chunk);
    expectBytes(delivered[1], 12 * chunk, windowEnd);

    // Its next miss is answered from the window kept here, all of it, and the window after
    // that one is read in the background.
    const W = STREAM_READ_AHEAD_BYTES;
    expect(api.calls).toHaveLength(2);
    t.requestDataRange(windowEnd, windowEnd + 10 * chunk);
    await settle();
    expectBytes(delivered[2], windowEnd, windowEnd + W);
    expect(api.calls.map((c) => c.ranges).slice(2)).toEqual([[{ begin: windowEnd + W, end: windowEnd + 2 * W }]]);
  });

  it('splits a request above the per-call limit and delivers it once, whole', async () => {
    const api = fakeApi();
    const { t, delivered } = transport({ ...api, maxBytes: 10_000 });
    t.requestDataRange(1000, 26_000);
    for (let i = 0; i < 3; i++) {
      await settle();
      api.calls.forEach((c) => c.reply());
    }
    await settle();
    expect(api.calls.flatMap((c) => c.ranges)).toEqual([
      { begin: 1000, end: 11_000 },
      { begin: 11_000, end: 21_000 },
      { begin: 21_000, end: 26_000 },
    ]);
    expect(delivered).toHaveLength(1);
    expectBytes(delivered[0], 1000, 26_000);
  });

  it('stops at the end of the file', async () => {
    const api = fakeApi();
    const { t } = transport(api);
    t.requestDataRange(SIZE - 100, SIZE + 5000);
    await settle();
    expect(api.calls[0]!.ranges).toEqual([{ begin: SIZE - 100, end: SIZE }]);
  });

  it('reports a failed call once and sends nothing more', async () => {
    const api = fakeApi();
    const { t, delivered, errors } = transport(api);
    // Four calls leave; the fifth request waits for one of them.
    for (let i = 0; i < 5; i++) {
      t.requestDataRange(i * 1000, i * 1000 + 500);
      await settle();
    }
    expect(api.calls).toHaveLength(4);
    api.calls[0]!.fail(new Error('bridge gone'));
    api.calls[1]!.fail(new Error('bridge gone too'));
    await settle();
    t.requestDataRange(9000, 9500);
    api.calls[2]!.reply();
    await settle();
    expect(errors).toEqual([new Error('bridge gone')]);
    expect(api.calls).toHaveLength(4);
    expect(delivered).toEqual([]);
  });

  it('treats a reply of the wrong length as a failure', async () => {
    const { t, errors, delivered } = transport({ fetchRanges: async () => new Uint8Array(5) });
    t.requestDataRange(0, 100);
    await settle();
    expect(errors).toHaveLength(1);
    expect(delivered).toEqual([]);
  });

  it('once aborted, cancels its calls and delivers no late reply', async () => {
    const api = fakeApi();
    const { t, delivered, errors } = transport({ ...api, known: [{ begin: 200_000, bytes: file.slice(200_000) }] });
    t.requestDataRange(0, 1000);
    await settle();
    t.requestDataRange(1000, 2000);
    t.requestDataRange(250_000, 251_000);
    t.abort();
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.signal.aborted).toBe(true);
    api.calls[0]!.reply();
    await settle();
    t.requestDataRange(5000, 6000);
    await settle();
    // The request queued before the abort never left, nor did the one after it.
    expect(api.calls).toHaveLength(1);
    expect(delivered).toEqual([]);
    expect(errors).toEqual([]);
  });
});
