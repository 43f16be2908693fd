/**
 * Exports through the doors of browser mode and the desktop app: the API worker prints PDF by
 * asking its host (the desktop app gives the host Electron's printToPDF; here a recording
 * printer stands in, since there is no Electron binary), the bridge answers binary operations
 * with the bytes, a batch's progress reaches the host's event listeners, and its zip keeps the
 * Chinese file names.
 */
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHost, type ApiHost } from '../../electron/api/host.ts';
import { dispatch } from '../../electron/api/registry.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { startBridge, type Bridge } from '../../electron/server/bridge.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import type { ExportJobResult } from '../../shared/api/reportTypes.ts';
import { addPanel, createQuarter, finalize, quarterCases, scoreAll, UNITS } from './campaignHelpers.ts';
import { apiContext, tempDir, type TestApi } from './helpers.ts';

let dir: string;
let host: ApiHost;
let bridge: Bridge;
let campaignId: number;
let caseNumber: string;
const printed: string[] = [];
let opened = 0;
let closed = 0;
let failNext = false;

/** A printer that records the HTML it is given and answers with a tiny PDF-looking document. */
async function recordingPrinter(): Promise<PdfPrinter> {
  opened += 1;
  return {
    async print(html) {
      if (failNext) {
        failNext = false;
        throw new Error('printer jammed');
      }
      printed.push(html);
      return new TextEncoder().encode(`%PDF-1.7 fake ${printed.length}`);
    },
    async close() {
      closed += 1;
    },
  };
}

beforeAll(async () => {
  dir = tempDir('pingcha-report-bridge-');
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
  campaignId = (await createQuarter(api)).id;
  await ok('campaigns:draw', { campaignId, seed: '1' });
  await ok('campaigns:assign', { mode: 'auto', campaignId });
  for (const row of (await ok('campaigns:cases', { campaignId })).rows) {
    await scoreAll(api, row.evaluationId, row.reviewerName!, { C1: [{ optionId: 'insufficient', points: 2 }] });
    await finalize(api, row.evaluationId, row.reviewerName!);
    if (row.unit === UNITS[0]) caseNumber = row.caseNumber;
  }
  ws.close();

  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startApiHost(path.join(dir, 'ws'), { openPrinter: recordingPrinter });
  bridge = await startBridge({ host, rendererDir });
});
afterAll(async () => {
  await bridge.close();
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function post(name: string, body: unknown): Promise<Response> {
  return fetch(`${bridge.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pingcha-token': bridge.token },
    body: JSON.stringify(body),
  });
}

function zipNames(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

describe('PDF through the host, bytes through the bridge', () => {
  it('the worker hands the report HTML to the host’s printer and the bridge answers with the PDF bytes', async () => {
    const response = await post('reports:export', {
      target: { kind: 'case_score_sheet', caseId: 1, campaignId },
      format: 'pdf',
    });
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-1\.7 fake \d+$/);
    expect(printed.at(-1)).toContain('<html lang="zh-CN">');
    expect(printed.at(-1)).toContain('案卷评查表');
    expect(opened).toBe(1);
  });

  it('a printer failure comes back as the operation’s error', async () => {
    failNext = true;
    const response = await post('reports:export', { target: { kind: 'campaign_report', campaignId }, format: 'pdf' });
    const result = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'REPORT_RENDER_FAILED' } });
    expect(result.error.message).toContain('printer jammed');
  });

  it('a batch reports progress to the host’s listeners, then its files and zip download by job id', async () => {
    const events: { event: string; payload: { jobId: string; phase: string; done: number; total: number } }[] = [];
    const off = host.onEvent((event, payload) => events.push({ event, payload } as (typeof events)[number]));
    const response = await post('reports:export-batch', {
      jobId: 'bridge-job-0001',
      campaignId,
      kinds: ['campaign_report', 'case_score_sheet'],
      formats: ['pdf', 'json'],
      mode: 'preview',
    });
    off();
    const result = (await response.json()) as { ok: true; value: ExportJobResult };
    const job = result.value;
    expect(job.files).toHaveLength((1 + UNITS.length) * 2);
    expect(job.files.map((f) => f.name)).toContain(`案卷评查表-${caseNumber}.pdf`);
    const mine = events.filter((e) => e.event === 'reports:progress' && e.payload.jobId === 'bridge-job-0001');
    expect(mine.map((e) => e.payload.phase)).toEqual(['building', ...job.files.map(() => 'rendering'), 'done']);
    expect(mine.at(-1)!.payload).toMatchObject({ done: job.files.length, total: job.files.length });

    const one = await post('reports:download', { jobId: 'bridge-job-0001', index: 1 });
    expect(JSON.parse(new TextDecoder().decode(new Uint8Array(await one.arrayBuffer())))).toMatchObject({
      kind: 'campaign_report',
    });
    // Downloading twice gives the same file (the job keeps its bytes).
    const again = await post('reports:download', { jobId: 'bridge-job-0001', index: 1 });
    expect((await again.arrayBuffer()).byteLength).toBe(job.files[1]!.size);
    const zip = await post('reports:download', { jobId: 'bridge-job-0001' });
    expect(await zipNames(new Uint8Array(await zip.arrayBuffer()))).toEqual(job.files.map((f) => f.name));
    expect(job.archiveName).toBe('2025年第二季度行政执法案卷评查-评查报告.zip');
  });

  it('closing the host closes the printer it opened', async () => {
    await host.close();
    expect(closed).toBe(opened);
    host = await startApiHost(path.join(dir, 'ws'), { openPrinter: recordingPrinter });
  });
});
