/**
 * The API host's reader thread: document bytes are read on a read-only connection of their own,
 * so a read never waits behind a long handler on the API worker (which owns the only writable
 * connection), and it answers exactly as the API worker would — same bytes, same errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentHandlers } from '../../electron/api/documents.ts';
import { dispatchTo } from '../../electron/api/dispatch.ts';
import { startApiHost, type ApiHost } from '../../electron/api/host.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { addCase, cleanCase, tempDir } from './helpers.ts';

let dir: string;
let documentId: number;
let bytes: Buffer;
const hosts: ApiHost[] = [];

beforeEach(async () => {
  dir = tempDir('pingcha-reader-');
  const ws = await openWorkspace(path.join(dir, 'ws'));
  bytes = Buffer.alloc(300_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff;
  const sha256 = ws.files.put(bytes);
  const spec = cleanCase('津滨大沽执罚〔2025〕9号');
  spec.docs[0] = { ...spec.docs[0]!, blob: { sha256, size: bytes.length } };
  addCase(ws, spec);
  documentId = (ws.db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number }).id;
  ws.close();
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function host(options: Parameters<typeof startApiHost>[1] = {}): Promise<ApiHost> {
  const started = await startApiHost(path.join(dir, 'ws'), options);
  hosts.push(started);
  return started;
}

const ranges = [
  { begin: 0, end: 4096 },
  { begin: 250_000, end: 300_000 },
];
const expected = () => Buffer.concat(ranges.map((r) => bytes.subarray(r.begin, r.end)));

describe('the reader thread', () => {
  it('answers a range read while the API worker is held by a slow handler', async () => {
    const release = path.join(dir, 'release');
    process.env.PINGCHA_TEST_RELEASE = release;
    const api = await host({ workerUrl: new URL('./support/blockingApiWorker.ts', import.meta.url) });
    let slowDone = false;
    const slow = api.call('cases:list', {}).then((result) => {
      slowDone = true;
      return result;
    });
    const read = await api.call('documents:range', { documentId, ranges });
    // The read came back while cases:list still holds the API worker.
    expect(slowDone).toBe(false);
    expect(read.ok).toBe(true);
    expect(Buffer.from(read.ok ? (read.value as Uint8Array) : []).equals(expected())).toBe(true);
    const whole = await api.call('documents:content', { documentId });
    expect(slowDone).toBe(false);
    expect(whole.ok && Buffer.from(whole.value as Uint8Array).equals(bytes)).toBe(true);
    fs.writeFileSync(release, '');
    expect((await slow).ok).toBe(true);
  });

  it('gives the same answers as the API worker: bytes, NOT_FOUND, VALIDATION', async () => {
    const withReader = await host();
    const withoutReader = await host({ readerUrl: null });
    const inputs = [
      { documentId, ranges },
      { documentId: 999_999, ranges },
      { documentId, ranges: [{ begin: 0, end: bytes.length + 1 }] },
      { documentId, ranges: [{ begin: 10, end: 5 }] },
    ];
    for (const input of inputs) {
      const a = await withReader.call('documents:range', input);
      const b = await withoutReader.call('documents:range', input);
      if (a.ok && b.ok)
        expect(Buffer.from(a.value as Uint8Array).equals(Buffer.from(b.value as Uint8Array))).toBe(true);
      else expect(a).toEqual(b);
    }
    expect((await withReader.call('documents:range', inputs[1])).ok).toBe(false);
    const missing = await withReader.call('documents:range', inputs[1]);
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('serves only the document reads: any other operation is not found there', async () => {
    const ws = await openWorkspace(path.join(dir, 'ws'));
    try {
      const result = await dispatchTo(documentHandlers, { ws }, 'cases:list', {});
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
      const read = await dispatchTo(documentHandlers, { ws }, 'documents:range', { documentId, ranges });
      expect(read.ok && Buffer.from(read.value as Uint8Array).equals(expected())).toBe(true);
    } finally {
      ws.close();
    }
  });

  it('sees documents imported after it started (its connection reads the latest commit)', async () => {
    const api = await host();
    expect((await api.call('documents:range', { documentId, ranges })).ok).toBe(true);
    const ws = await openWorkspace(path.join(dir, 'ws'));
    const more = Buffer.from('a later document');
    const sha256 = ws.files.put(more);
    const spec = cleanCase('津滨大沽执罚〔2025〕10号');
    spec.docs[0] = { ...spec.docs[0]!, blob: { sha256, size: more.length } };
    addCase(ws, spec);
    const laterId = (ws.db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number }).id;
    ws.close();
    const read = await api.call('documents:content', { documentId: laterId });
    expect(read.ok && Buffer.from(read.value as Uint8Array).toString()).toBe('a later document');
  });
});
