/** Worker-thread entry: extracts PDF page text off the importing thread. */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors.ts';
import { extractPdfText } from './pdfText.ts';

export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  label: string;
}

export type ExtractResponse =
  | { id: number; ok: true; pageCount: number; pages: string[]; unreadablePages: number[] }
  | { id: number; ok: false; code: string; message: string; file?: string };

parentPort?.on('message', (req: ExtractRequest) => {
  extractPdfText(req.bytes, req.label).then(
    (result) => parentPort?.postMessage({ id: req.id, ok: true, ...result } satisfies ExtractResponse),
    (err: unknown) => {
      const response: ExtractResponse = isAppError(err)
        ? { id: req.id, ok: false, code: err.code, message: err.message, ...(err.file ? { file: err.file } : {}) }
        : { id: req.id, ok: false, code: 'PDF_CORRUPT', message: String(err) };
      parentPort?.postMessage(response);
    },
  );
});
