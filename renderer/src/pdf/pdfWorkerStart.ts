/**
 * Starts pdf.js's worker script as soon as the desk appears, before pdf.js itself (in the
 * viewer's lazy chunk) has been fetched: loading and compiling the worker takes a few hundred
 * milliseconds on a busy machine, which would otherwise fall inside the first page's time when
 * a reviewer opens a case right away. pdf.js takes the started worker as its port (pdfjs.ts).
 * This module must not import pdf.js: it is part of the start-up bundle.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let started: Worker | null = null;

function createPdfWorker(): Worker {
  return new Worker(workerUrl, { type: 'module' });
}

/** Starts the worker once (later calls do nothing until it has been taken). */
export function startPdfWorker(): void {
  started ??= createPdfWorker();
}

/** The worker started ahead (handed over once), or a new one. */
export function takePdfWorker(): Worker {
  const worker = started ?? createPdfWorker();
  started = null;
  return worker;
}
