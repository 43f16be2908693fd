/**
 * Starts the API worker and talks to it. Electron's main process and the browser-mode bridge
 * both use this host, so the two doors run exactly the same handlers.
 *
 * Operations that only read stored bytes (`reader: true`: a document's content or ranges) go to
 * a second thread with its own read-only connection (readWorker.ts), so that the viewer's reads
 * never queue behind a long handler on the API worker. It starts once the API worker has opened
 * (and migrated) the workspace; until it is ready, or if it cannot open, those operations go to
 * the API worker like the rest.
 */
import { Worker } from 'node:worker_threads';
import { isOperationName, isReaderOperation } from '../../shared/api/contract.ts';
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
  /** The API worker's script (tests pass a wrapper). */
  workerUrl?: URL;
  /** The reader thread's script; null: no reader thread (every operation on the API worker). */
  readerUrl?: URL | null;
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

const scriptUrl = (name: string) =>
  new URL(import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, import.meta.url);

/** One worker thread answering requests by id. */
interface Channel {
  worker: Worker;
  /** Resolves with the workspace folder once the thread has opened it. */
  ready: Promise<string>;
  send(request: HostRequest): Promise<WorkerMessage>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}

/** `onPrint`: the API worker asks its host to print an export (the reader thread never does). */
function openChannel(
  url: URL,
  workerData: WorkerData,
  onPrint?: (id: number, html: string, worker: Worker) => void,
): Channel {
  const worker = new Worker(url, { workerData });
  const pending = new Map<number, (message: WorkerMessage) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
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
          onPrint?.(message.id, message.html, worker);
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
  return {
    worker,
    ready,
    send: (request) =>
      new Promise<WorkerMessage>((resolve) => {
        pending.set(request.id, resolve);
        worker.postMessage(request);
      }),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export async function startApiHost(workspaceDir: string, options: ApiHostOptions = {}): Promise<ApiHost> {
  const workerData: WorkerData = { workspaceDir, ...(options.today ? { today: options.today } : {}) };
  const printer = lazyPrinter(options.openPrinter ?? (() => openChromiumPrinter()));
  async function print(id: number, html: string, worker: Worker): Promise<void> {
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

  const api = openChannel(options.workerUrl ?? scriptUrl('worker'), workerData, (id, html, worker) => {
    void print(id, html, worker);
  });
  const dir = await api.ready;
  let nextId = 1;

  // Started after the API worker has migrated the workspace; never awaited by startApiHost.
  let reader: Channel | null = null;
  let readerReady: Promise<Channel | null> = Promise.resolve(null);
  const readerUrl = options.readerUrl === undefined ? scriptUrl('readWorker') : options.readerUrl;
  if (readerUrl) {
    reader = openChannel(readerUrl, { ...workerData, workspaceDir: dir });
    const started = reader;
    readerReady = started.ready.then(
      () => started,
      () => {
        // A reader that cannot open leaves every read to the API worker.
        void started.worker.terminate();
        reader = null;
        return null;
      },
    );
  }

  const call = async (name: string, input: unknown): Promise<Result<unknown>> => {
    const channel = isOperationName(name) && isReaderOperation(name) ? ((await readerReady) ?? api) : api;
    const message = await channel.send({ type: 'call', id: nextId++, name, input });
    return message.type === 'result'
      ? message.result
      : { ok: false, error: { code: 'INTERNAL', message: 'unexpected reply' } };
  };

  return {
    workspaceDir: dir,
    call,
    async stage(paths) {
      const message = await api.send({ type: 'stage', id: nextId++, paths });
      if (message.type !== 'staged') throw new Error('unexpected reply');
      return message.stagingId;
    },
    onEvent: (listener) => api.onEvent(listener),
    async close() {
      await Promise.all([api.worker.terminate(), reader?.worker.terminate()]);
      await printer.close();
    },
  };
}
