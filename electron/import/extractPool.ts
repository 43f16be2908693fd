/**
 * A small pool of worker threads for PDF text extraction, one per core (at most `size`), so an
 * import uses both cores and the thread that owns the database stays responsive.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { appErrorFromData, type ErrorCode } from '../../shared/errors.ts';
import type { ExtractRequest, ExtractResponse } from './extractWorker.ts';
import type { PdfTextResult } from './pdfText.ts';

interface Pending {
  resolve: (r: PdfTextResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(size = Math.max(1, Math.min(os.availableParallelism(), 4)), workerUrl = defaultWorkerUrl()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl);
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (res: ExtractResponse) => {
        slot.busy -= 1;
        const p = this.pending.get(res.id);
        if (!p) return;
        this.pending.delete(res.id);
        if (res.ok) p.resolve({ pageCount: res.pageCount, pages: res.pages, unreadablePages: res.unreadablePages });
        else
          p.reject(
            appErrorFromData({
              code: res.code as ErrorCode,
              message: res.message,
              ...(res.file ? { file: res.file } : {}),
            }),
          );
      });
      worker.on('error', (err) => {
        for (const [, p] of this.pending) p.reject(err);
        this.pending.clear();
      });
      this.slots.push(slot);
    }
  }

  extract(bytes: Uint8Array, label: string): Promise<PdfTextResult> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, bytes, label } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Source runs (.ts under Node's type stripping) and bundled runs (electron-vite emits .js) alike. */
function defaultWorkerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './extractWorker.ts' : './extractWorker.js', import.meta.url);
}
