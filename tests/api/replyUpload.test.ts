/**
 * Browser mode end to end below the UI: a unit's reply with evidence files is uploaded to the
 * loopback bridge as the import dialog uploads bundles (POST /api/upload, one PUT per file),
 * then `rectifications:reply` takes the bridge's staging id, which the bridge hands to the API
 * worker as the upload folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHost, type ApiHost } from '../../electron/api/host.ts';
import { dispatch } from '../../electron/api/registry.ts';
import { startBridge, type Bridge } from '../../electron/server/bridge.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import { addPanel, createQuarter, finalize, quarterCases, scoreAll, UNITS } from './campaignHelpers.ts';
import { apiContext, tempDir, type TestApi } from './helpers.ts';

let dir: string;
let host: ApiHost;
let bridge: Bridge;
let itemId: number;

beforeAll(async () => {
  dir = tempDir('pingcha-upload-');
  const ws = await openWorkspace(path.join(dir, 'ws'));
  const ctx = apiContext(ws, '2025-09-26');
  const ok = async <K extends OperationName>(name: K, input: unknown) => {
    const result = await dispatch(ctx, name, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as OperationOutput<K>;
  };
  const api = { ws, ctx, ok, call: (n: OperationName, i: unknown) => dispatch(ctx, n, i) } as unknown as TestApi;
  quarterCases(api, { general: 1, simple: 0 });
  await addPanel(api);
  const campaign = await createQuarter(api);
  await ok('campaigns:draw', { campaignId: campaign.id, seed: '1' });
  await ok('campaigns:assign', { mode: 'auto', campaignId: campaign.id });
  const row = (await ok('campaigns:cases', { campaignId: campaign.id, unit: UNITS[0] })).rows[0]!;
  await scoreAll(api, row.evaluationId, row.reviewerName!, { C1: [{ optionId: 'insufficient', points: 2 }] });
  await finalize(api, row.evaluationId, row.reviewerName!);
  const drafted = await ok('rectifications:draft', { campaignId: campaign.id });
  itemId = drafted.created[0]!.id;
  await ok('rectifications:issue', { campaignId: campaign.id });
  ws.close();

  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startApiHost(path.join(dir, 'ws'));
  bridge = await startBridge({ host, rendererDir });
});
afterAll(async () => {
  await bridge.close();
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const headers = () => ({ 'x-pingcha-token': bridge.token });

async function post(name: string, body: unknown) {
  const response = await fetch(`${bridge.url}api/${name}`, {
    method: 'POST',
    headers: { ...headers(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response;
}

describe('rectification reply uploads in browser mode', () => {
  it('stores the uploaded files with the reply and serves their bytes back', async () => {
    const opened = (await (await fetch(`${bridge.url}api/upload`, { method: 'POST', headers: headers() })).json()) as {
      value: { stagingId: string };
    };
    const stagingId = opened.value.stagingId;
    const report = Buffer.from('%PDF-1.4 整改情况报告');
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
    for (const [name, bytes] of [
      ['整改情况报告.pdf', report],
      ['现场照片.jpg', photo],
    ] as const) {
      const put = await fetch(`${bridge.url}api/upload/${stagingId}`, {
        method: 'PUT',
        headers: { ...headers(), 'x-pingcha-path': encodeURIComponent(name) },
        body: bytes,
      });
      expect(put.status).toBe(200);
    }
    const reply = (await (
      await post('rectifications:reply', { id: itemId, text: '已整改，附报告和照片', stagingId, actor: '大沽联络员' })
    ).json()) as { ok: boolean; value: OperationOutput<'rectifications:reply'> };
    expect(reply.ok).toBe(true);
    expect(reply.value.reply.attachments.map((a) => [a.fileName, a.size])).toEqual([
      ['整改情况报告.pdf', report.length],
      ['现场照片.jpg', photo.length],
    ]);
    const pdf = reply.value.reply.attachments[0]!;
    const bytes = await post('rectifications:attachment', { attachmentId: pdf.id });
    expect(bytes.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await bytes.arrayBuffer()).equals(report)).toBe(true);

    // An upload id is used once.
    const again = (await (await post('rectifications:reply', { id: itemId, text: '再传', stagingId })).json()) as {
      ok: boolean;
      error: { code: string; field: string };
    };
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'stagingId' } });
  });
});
