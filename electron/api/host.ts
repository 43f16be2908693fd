/**
 * Starts the API worker and talks to it. Electron's main process and the browser-mode bridge
 * both use this host, so the two doors run exactly the same handlers.
 */
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/api/result.ts';
import { appErrorFromData } from '../../shared/errors.ts';
import type { HostRequest, WorkerData, WorkerMessage } from './protocol.ts';

export interface ApiHost {
  readonly workspaceDir: string;
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** Registers paths for import and returns the one-time staging id. */
  stage(paths: string[]): Promise<string>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export async function startApiHost(
  workspaceDir: string,
  workerUrl: URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url),
): Promise<ApiHost> {
  const worker = new Worker(workerUrl, { workerData: { workspaceDir } satisfies WorkerData });
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
    },
  };
}
