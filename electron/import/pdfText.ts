/**
 * Per-page text of a PDF with pdfjs-dist's legacy build (the modern build needs browser
 * globals). CMaps and standard fonts come from the installed package, so PDFs with
 * non-embedded Chinese fonts (STSong-Light / UniGB-UCS2-H, common in platform exports) still
 * give their text. Password-protected and unreadable files raise their own error codes.
 */
import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { normalizePageText } from '../../shared/search/segment.ts';

const require = createRequire(import.meta.url);

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function assetDir(name: string): string {
  return path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), name) + path.sep;
}

export interface PdfTextResult {
  pageCount: number;
  pages: string[];
  /** Pages whose text could not be read (kept empty; the document still imports). */
  unreadablePages: number[];
}

export async function extractPdfText(bytes: Uint8Array, fileLabel: string): Promise<PdfTextResult> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    wasmUrl: assetDir('wasm'),
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw classify(err, fileLabel);
    }
    const pages: string[] = [];
    const unreadablePages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        let text = '';
        for (const item of content.items) {
          if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
        }
        pages.push(normalizePageText(text));
        page.cleanup();
      } catch {
        pages.push('');
        unreadablePages.push(n);
      }
    }
    return { pageCount: doc.numPages, pages, unreadablePages };
  } finally {
    await task.destroy();
  }
}

function classify(err: unknown, fileLabel: string): AppError {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') {
    return new AppError('PDF_ENCRYPTED', { detail: fileLabel, file: fileLabel, details: message });
  }
  return new AppError('PDF_CORRUPT', { detail: `${fileLabel}（${message}）`, file: fileLabel, details: name });
}
