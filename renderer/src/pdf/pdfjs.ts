/**
 * The only module that configures pdf.js (design/anchors.md §9.6). pdf.js parses hostile
 * input (§9.5 rule 11), so every document goes through `loadDocument` with the same locked
 * options: bytes only, or byte ranges read through the API (never a URL), no XFA, and local
 * resource URLs. Scripting is never wired (no PDFScriptingManager anywhere) and the annotation
 * editor is disabled by the viewer (see pdfSession.ts). `isEvalSupported` no longer exists in
 * pdf.js 6 (upstream removed the eval-based font path together with the option), so it is not
 * passed.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { RANGE_CHUNK_SIZE, type PdfSource } from './pdfSource.ts';
import { ApiRangeTransport } from './rangeTransport.ts';
import { takePdfWorker } from './pdfWorkerStart.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

type DocumentInitParameters = NonNullable<Parameters<typeof getDocument>[0]>;

/**
 * Resource folders copied by renderer/vite/pdfjsAssets.ts. They are made absolute against the
 * page because the worker would otherwise resolve them against its own script URL.
 */
function resourceUrl(folder: 'cmaps' | 'standard_fonts' | 'wasm' | 'iccs'): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href;
}

/**
 * One worker for every document: starting a worker costs tens of milliseconds, which a
 * document switch should not pay. A load that is abandoned while still parsing may be stuck
 * on a hostile file, so that case also replaces the worker (see `PdfLoad.destroy`). The web
 * worker is usually the one started with the desk (pdfWorkerStart.ts), given to pdf.js as its
 * port; pdf.js does not end a worker it was given, so `retireWorker` does.
 */
let sharedWorker: { pdf: PDFWorker; web: Worker } | null = null;

function getWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.pdf.destroyed) {
    const web = takePdfWorker();
    // pdf.js's types say `port?: null`, its code (and its `workerPort` option) takes a Worker.
    sharedWorker = { pdf: new PDFWorker({ port: web as unknown as null }), web };
  }
  return sharedWorker.pdf;
}

function retireWorker(worker: PDFWorker): void {
  if (sharedWorker?.pdf !== worker) return;
  const { web } = sharedWorker;
  sharedWorker = null;
  worker.destroy();
  web.terminate();
}

/** Starts the worker early (it takes ~100 ms to load), so that it is ready when bytes arrive. */
export function prewarmPdfWorker(): void {
  getWorker();
}

export interface PdfLoad {
  promise: Promise<PDFDocumentProxy>;
  /** Cancels loading or closes the document; pdf.js 6 has no PDFDocumentProxy.destroy(). */
  destroy: () => Promise<void>;
}

/**
 * Opens a PDF. Bytes are transferred to the worker: do not reuse them. A range source is read
 * with auto-fetch and streaming off, so pdf.js reads only what it parses or draws (a page,
 * the text of a page for find) and never the whole file in the background; `onRangeError`
 * hears of a failed range request, which pdf.js itself would wait on forever.
 */
export function loadDocument(source: PdfSource, onRangeError: (error: unknown) => void = () => undefined): PdfLoad {
  const worker = getWorker();
  let transport: ApiRangeTransport | null = null;
  let from: Pick<DocumentInitParameters, 'data' | 'range' | 'rangeChunkSize' | 'disableAutoFetch' | 'disableStream'>;
  if (source.kind === 'range') {
    transport = new ApiRangeTransport({ ...source, onError: onRangeError });
    from = { range: transport, rangeChunkSize: RANGE_CHUNK_SIZE, disableAutoFetch: true, disableStream: true };
  } else {
    from = { data: source.bytes };
  }
  const task: PDFDocumentLoadingTask = getDocument({
    ...from,
    worker,
    cMapUrl: resourceUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: resourceUrl('standard_fonts'),
    wasmUrl: resourceUrl('wasm'),
    iccUrl: resourceUrl('iccs'),
    enableXfa: false,
  });
  let settled = false;
  const promise = task.promise.finally(() => {
    settled = true;
  });
  return {
    promise,
    destroy: async () => {
      // Late replies must not land anywhere, whether or not pdf.js got as far as wiring the transport.
      transport?.abort();
      await task.destroy().catch(() => undefined);
      if (!settled) retireWorker(worker);
    },
  };
}

export type PdfErrorKind = 'password' | 'invalid' | 'unknown';

/** Maps pdf.js's exception classes (which cross the worker boundary by name) to UI cases. */
export function classifyPdfError(error: unknown): PdfErrorKind {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'invalid';
  return 'unknown';
}
