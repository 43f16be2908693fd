/**
 * documents:range — a byte range of a document read from the workspace's content-addressed
 * file at an offset: exact slices, the file's bounds, the chunk limit, every bad input naming
 * its field, and no side effects (no whole-file read, no writes, the stored file untouched).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_RANGE_MAX_BYTES } from '../../shared/api/contract.ts';
import { addCase, cleanCase, testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let bytes: Buffer;
let documentId: number;

/** Deterministic bytes, a little over the chunk limit so that the largest range fits. */
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

beforeEach(async () => {
  api = await testApi();
  bytes = fileBytes(DOCUMENT_RANGE_MAX_BYTES + 1000);
  const sha256 = api.ws.files.put(bytes);
  const spec = cleanCase('津滨大沽执罚〔2025〕7号');
  spec.docs[0] = { ...spec.docs[0]!, blob: { sha256, size: bytes.length } };
  const caseId = addCase(api.ws, spec);
  const detail = await api.ok('cases:get', { caseId });
  documentId = detail.documents[0]!.id;
});
afterEach(() => {
  vi.restoreAllMocks();
  api.close();
});

describe('documents:range', () => {
  it('gives the document size on the case detail', async () => {
    const caseId = api.ws.db.prepare('SELECT case_id AS id FROM documents WHERE id = ?').get(documentId) as {
      id: number;
    };
    const detail = await api.ok('cases:get', { caseId: caseId.id });
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
      const got = await api.ok('documents:range', { documentId, begin, end });
      expect(got).toBeInstanceOf(Uint8Array);
      expect(got.byteLength).toBe(end - begin);
      expect(Buffer.from(got).equals(bytes.subarray(begin, end))).toBe(true);
    }
  });

  it('reads at an offset, never the whole file, and changes nothing', async () => {
    const filesDir = api.ws.files.root;
    const before = listFiles(filesDir);
    const changes = () => (api.ws.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const changesBefore = changes();
    const readFile = vi.spyOn(fs, 'readFileSync');

    await api.ok('documents:range', { documentId, begin: 100, end: 200 });
    await api.call('documents:range', { documentId, begin: bytes.length - 10, end: bytes.length + 1 });
    expect(readFile).not.toHaveBeenCalled();

    // The spy does see a whole-file read: documents:content makes one.
    const stored = await api.ok('documents:content', { documentId });
    expect(readFile).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(changes()).toBe(changesBefore);
    expect(listFiles(filesDir)).toEqual(before);
    expect(crypto.createHash('sha256').update(stored).digest('hex')).toBe(
      crypto.createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('refuses a range past the end of the file, naming end and giving the size', async () => {
    for (const [begin, end] of [
      [bytes.length - 10, bytes.length + 1],
      [bytes.length, bytes.length + 10],
    ] as const) {
      const result = await api.call('documents:range', { documentId, begin, end });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({
        code: 'VALIDATION',
        field: 'end',
        details: { size: bytes.length },
      });
    }
  });

  it('refuses bad input, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ begin: 0, end: 10 }, 'documentId'],
      [{ documentId: 'x', begin: 0, end: 10 }, 'documentId'],
      [{ documentId, end: 10 }, 'begin'],
      [{ documentId, begin: -1, end: 10 }, 'begin'],
      [{ documentId, begin: 1.5, end: 10 }, 'begin'],
      [{ documentId, begin: '0', end: 10 }, 'begin'],
      [{ documentId, begin: 0 }, 'end'],
      [{ documentId, begin: 10, end: 10 }, 'end'],
      [{ documentId, begin: 10, end: 5 }, 'end'],
      [{ documentId, begin: 0, end: DOCUMENT_RANGE_MAX_BYTES + 1 }, 'end'],
    ];
    for (const [input, field] of cases) {
      const result = await api.call('documents:range', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(!result.ok && result.error, JSON.stringify(input)).toMatchObject({ code: 'VALIDATION', field });
    }
  });

  it('says which document does not exist', async () => {
    const result = await api.call('documents:range', { documentId: documentId + 999, begin: 0, end: 10 });
    expect(!result.ok && result.error).toMatchObject({ code: 'NOT_FOUND', field: 'documentId' });
  });
});
