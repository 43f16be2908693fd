/**
 * The API worker's PdfPrinter: each document goes to the host thread (`print`), which prints it
 * with the engine it owns and answers with the bytes (`printed`). Closing is the host's affair.
 */
import type { MessagePort } from 'node:worker_threads';
import { appErrorFromData } from '../../shared/errors.ts';
import type { PdfPrinter } from '../reports/pdf/printer.ts';
import type { WorkerMessage } from './protocol.ts';
import type { Result } from '../../shared/api/result.ts';

export interface HostPrinter extends PdfPrinter {
  /** Delivers the host's answer to a print request. */
  settle(id: number, result: Result<Uint8Array>): void;
}

export function hostPrinter(port: Pick<MessagePort, 'postMessage'>): HostPrinter {
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void }>();
  let next = 1;
  return {
    print(html) {
      const id = next++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ type: 'print', id, html } satisfies WorkerMessage);
      });
    },
    async close() {
      // The host owns the engine and closes it with the host.
    },
    settle(id, result) {
      const waiting = pending.get(id);
      pending.delete(id);
      if (!waiting) return;
      if (result.ok) waiting.resolve(result.value);
      else waiting.reject(appErrorFromData(result.error));
    },
  };
}
