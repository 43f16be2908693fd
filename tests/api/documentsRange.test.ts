/**
 * documents:range — byte ranges of a document read from the workspace's content-addressed file
 * at their offsets: exact slices in the order asked, the file's bounds, the limits, every bad
 * input naming its field, and no side effects (no whole-file read, no writes, the stored file
 * untouched).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_RANGE_MAX_BYTES, DOCUMENT_RANGE_MAX_RANGES } from '../../shared/api/contract.ts';
import { addCase, cleanCase, testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let bytes: Buffer;
let caseId: number;
let documentId: number;

/** Deterministic bytes, a little over the per-call limit so that the largest range fits. */
function fileBytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

beforeEach(async () => {
  api = await testApi();
  bytes = fileBytes(DOCUMENT_RANGE_MAX_BYTES + 1000);
  const sha256 = api.ws.files.put(bytes);
  const spec = cleanCase('津滨大沽执罚〔2025〕7号');
  spec.docs[0] = { ...spec.docs[0]!, blob: { sha256, size: bytes.length } };
  caseId = addCase(api.ws, spec);
  documentId = (await api.ok('cases:get', { caseId })).documents[0]!.id;
});
afterEach(() => {
  vi.restoreAllMocks();
  api.close();
});

describe('documents:range', () => {
  it('gives each document its size on the case detail', async () => {
    const detail = await api.ok('cases:get', { caseId });
    expect(detail.documents[0]).toMatchObject({ id: documentId, size: bytes.length });
  });

  it('returns exactly the bytes [begin, end): head, middle, tail, one byte, the largest range', async () => {
    const size = bytes.length;
    const ranges: [number, number][] = [
      [0, 1024],
      [65_536, 131_072],
      [size - 7, size],
      [12_345, 12_346],
      [size - DOCUMENT_RANGE_MAX_BYTES, size],
    ];
    for (const [begin, end] of ranges) {
      const got = await api.ok('documents:range', { documentId, ranges: [{ begin, end }] });
      expect(got).toBeInstanceOf(Uint8Array);
      expect(got.byteLength).toBe(end - begin);
      expect(Buffer.from(got).equals(bytes.subarray(begin, end))).toBe(true);
    }
  });

  it('concatenates several ranges in the order asked, overlapping or not', async () => {
    const ranges = [
      { begin: bytes.length - 100, end: bytes.length },
      { begin: 0, end: 10 },
      { begin: 5, end: 20 },
      { begin: 1_000_000, end: 1_065_536 },
    ];
    const got = await api.ok('documents:range', { documentId, ranges });
    const expected = Buffer.concat(ranges.map((r) => bytes.subarray(r.begin, r.end)));
    expect(Buffer.from(got).equals(expected)).toBe(true);
  });

  it('reads at offsets, never the whole file, and changes nothing', async () => {
    const filesDir = api.ws.files.root;
    const before = listFiles(filesDir);
    const changes = () => (api.ws.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const changesBefore = changes();
    const readFile = vi.spyOn(fs, 'readFileSync');

    await api.ok('documents:range', { documentId, ranges: [{ begin: 100, end: 200 }] });
    await api.call('documents:range', { documentId, ranges: [{ begin: bytes.length - 10, end: bytes.length + 1 }] });
    expect(readFile).not.toHaveBeenCalled();

    // The spy does see a whole-file read: documents:content makes one.
    const stored = await api.ok('documents:content', { documentId });
    expect(readFile).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(changes()).toBe(changesBefore);
    expect(listFiles(filesDir)).toEqual(before);
    expect(sha(stored)).toBe(sha(bytes));
  });

  it('refuses a range past the end of the file, naming it and giving the size', async () => {
    const size = bytes.length;
    const cases = [
      { ranges: [{ begin: size - 10, end: size + 1 }], field: 'ranges[0].end' },
      { ranges: [{ begin: size, end: size + 10 }], field: 'ranges[0].end' },
      {
        ranges: [
          { begin: 0, end: 10 },
          { begin: size - 1, end: size + 1 },
        ],
        field: 'ranges[1].end',
      },
    ];
    for (const { ranges, field } of cases) {
      const result = await api.call('documents:range', { documentId, ranges });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ code: 'VALIDATION', field, details: { size } });
    }
  });

  it('refuses bad input, naming the field', async () => {
    const one = (begin: unknown, end: unknown) => ({ documentId, ranges: [{ begin, end }] });
    const tooMany = Array.from({ length: DOCUMENT_RANGE_MAX_RANGES + 1 }, (_, i) => ({ begin: i, end: i + 1 }));
    const half = DOCUMENT_RANGE_MAX_BYTES / 2;
    const cases: [Record<string, unknown>, string][] = [
      [{ ranges: [{ begin: 0, end: 10 }] }, 'documentId'],
      [{ documentId: 'x', ranges: [{ begin: 0, end: 10 }] }, 'documentId'],
      [{ documentId }, 'ranges'],
      [{ documentId, ranges: [] }, 'ranges'],
      [{ documentId, begin: 0, end: 10 }, 'ranges'],
      [{ documentId, ranges: tooMany }, 'ranges'],
      [one(undefined, 10), 'ranges[0].begin'],
      [one(-1, 10), 'ranges[0].begin'],
      [one(1.5, 10), 'ranges[0].begin'],
      [one('0', 10), 'ranges[0].begin'],
      [one(0, undefined), 'ranges[0].end'],
      [one(10, 10), 'ranges[0].end'],
      [one(10, 5), 'ranges[0].end'],
      [{ documentId, ranges: [{ begin: 0, end: 1 }, { begin: 7 }] }, 'ranges[1].end'],
      [one(0, DOCUMENT_RANGE_MAX_BYTES + 1), 'ranges'],
      [
        {
          documentId,
          ranges: [
            { begin: 0, end: half },
            { begin: half, end: 2 * half + 1 },
          ],
        },
        'ranges',
      ],
    ];
    for (const [input, field] of cases) {
      const result = await api.call('documents:range', input);
      expect(result.ok, JSON.stringify(input).slice(0, 120)).toBe(false);
      expect(!result.ok && result.error, JSON.stringify(input).slice(0, 120)).toMatchObject({
        code: 'VALIDATION',
        field,
      });
    }
  });

  it('says which document does not exist', async () => {
    const result = await api.call('documents:range', { documentId: documentId + 999, ranges: [{ begin: 0, end: 10 }] });
    expect(!result.ok && result.error).toMatchObject({ code: 'NOT_FOUND', field: 'documentId' });
  });
});
