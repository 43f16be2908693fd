/**
 * Starts the API worker and talks to it. Electron's main process and the browser-mode bridge
 * both use this host, so the two doors run exactly the same handlers.
 */
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/api/result.ts';
import { AppError, appErrorFromData, isAppError } from '../../shared/errors.ts';
import { openChromiumPrinter } from '../reports/pdf/chromium.ts';
import { lazyPrinter } from '../reports/pdf/lazy.ts';
import type { PdfPrinter } from '../reports/pdf/printer.ts';
import type { HostRequest, WorkerData, WorkerMessage } from './protocol.ts';

export interface ApiHostOptions {
  /**
   * Opens the engine the worker's PDF exports print with: Electron's printToPDF in the desktop
   * app (electron/app/pdfPrinter.ts); by default Chromium or Edge through playwright-core, as in
   * browser mode. Opened on the first print, closed when idle and with the host.
   */
  openPrinter?: () => Promise<PdfPrinter>;
  workerUrl?: URL;
  /** The date deadlines are reckoned from, when not the machine's (serve --today). */
  today?: string;
}

export interface ApiHost {
  readonly workspaceDir: string;
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** Registers paths for import and returns the one-time staging id. */
  stage(paths: string[]): Promise<string>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export async function startApiHost(workspaceDir: string, options: ApiHostOptions = {}): Promise<ApiHost> {
  const workerUrl =
    options.workerUrl ?? new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  const workerData: WorkerData = { workspaceDir, ...(options.today ? { today: options.today } : {}) };
  const worker = new Worker(workerUrl, { workerData });
  const printer = lazyPrinter(options.openPrinter ?? (() => openChromiumPrinter()));
  const pending = new Map<number, (message: WorkerMessage) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;

  const ready = new Promise<string>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          resolve(message.dir);
          break;
        case 'open-failed':
          reject(appErrorFromData(message.error));
          break;
        case 'event':
          for (const l of listeners) l(message.event, message.payload);
          break;
        case 'print':
          void print(message.id, message.html);
          break;
        case 'result':
        case 'staged': {
          const done = pending.get(message.id);
          pending.delete(message.id);
          done?.(message);
          break;
        }
      }
    });
    worker.once('error', reject);
  });
  worker.on('error', (err) => {
    for (const [, done] of pending) {
      done({ type: 'result', id: 0, result: { ok: false, error: { code: 'INTERNAL', message: String(err) } } });
    }
    pending.clear();
  });
  async function print(id: number, html: string): Promise<void> {
    let result: Result<Uint8Array>;
    try {
      const pdf = await printer.print(html);
      // Transfer a buffer of its own: a view into a larger one would hand over bytes not ours.
      result = {
        ok: true,
        value: pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice(),
      };
    } catch (err) {
      const error = isAppError(err) ? err : new AppError('REPORT_RENDER_FAILED', { detail: String(err) });
      result = { ok: false, error: error.toData() };
    }
    const transfer = result.ok && result.value.buffer instanceof ArrayBuffer ? [result.value.buffer] : [];
    worker.postMessage({ type: 'printed', id, result } satisfies HostRequest, transfer);
  }

  const dir = await ready;

  const send = (request: HostRequest) =>
    new Promise<WorkerMessage>((resolve) => {
      pending.set(request.id, resolve);
      worker.postMessage(request);
    });

  return {
    workspaceDir: dir,
    async call(name, input) {
      const message = await send({ type: 'call', id: nextId++, name, input });
      return message.type === 'result'
        ? message.result
        : { ok: false, error: { code: 'INTERNAL', message: 'unexpected reply' } };
    },
    async stage(paths) {
      const message = await send({ type: 'stage', id: nextId++, paths });
      if (message.type !== 'staged') throw new Error('unexpected reply');
      return message.stagingId;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await worker.terminate();
      await printer.close();
    },
  };
}
