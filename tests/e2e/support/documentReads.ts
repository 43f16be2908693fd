/**
 * An in-page record of the document reads the renderer makes in browser mode — every
 * `documents:range`, `documents:content` and `documents:page-image` call it sends through
 * `fetch` — with, for each
 * document, how many reads had been sent when its first page was painted. Both happen in
 * the page's own order (the paint event fires after the reads it needed), so "read before
 * the first paint" is exact, with no timing involved. Used by the viewer e2e and the bench.
 */
import type { Page } from '@playwright/test';

export interface ByteRange {
  begin: number;
  end: number;
}

export interface DocumentRead {
  op: 'documents:range' | 'documents:content' | 'documents:page-image';
  /** Null for a page's JPEG asked by case (the case's first document, on the press of its row). */
  documentId: number | null;
  caseId?: number;
  /** The ranges asked for (documents:range); null for a whole-file read or a page's JPEG. */
  ranges: ByteRange[] | null;
  /** documents:page-image: the bytes it brought (the JPEG's size; 0 for a page that is no scan). */
  bytes?: number;
}

export interface ReadLog {
  reads: DocumentRead[];
  /** documentId → how many reads (of any document) had been sent at its first painted page. */
  firstPaint: Record<number, number>;
}

/** Installs the recorder; pass to `page.addInitScript` (it runs in the page, self-contained). */
export function recordDocumentReads(): void {
  const log: ReadLog = { reads: [], firstPaint: {} };
  (window as unknown as { __documentReads: ReadLog }).__documentReads = log;
  const fetchBefore = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const op = /\/api\/(documents:range|documents:content|documents:page-image)$/.exec(url)?.[1];
    if (!op || typeof init?.body !== 'string') return fetchBefore(input, init);
    const body = JSON.parse(init.body) as { documentId?: number; caseId?: number; ranges?: ByteRange[] };
    const read: DocumentRead = {
      op: op as DocumentRead['op'],
      documentId: body.documentId ?? null,
      ranges: body.ranges ?? null,
    };
    if (body.caseId !== undefined) read.caseId = body.caseId;
    log.reads.push(read);
    const reply = fetchBefore(input, init);
    if (op === 'documents:page-image') {
      read.bytes = 0;
      void reply
        .then((response) => response.clone().arrayBuffer())
        .then((buffer) => (read.bytes = buffer.byteLength))
        .catch(() => undefined);
    }
    return reply;
  };
  window.addEventListener('pingcha:page-rendered', (event) => {
    const { documentId } = (event as CustomEvent<{ documentId: number }>).detail;
    if (!(documentId in log.firstPaint)) log.firstPaint[documentId] = log.reads.length;
  });
}

export function documentReads(page: Page): Promise<ReadLog> {
  return page.evaluate(() => (window as unknown as { __documentReads: ReadLog }).__documentReads);
}

/** Bytes asked for (whole-file reads count as Infinity: they read everything). */
export function bytesAsked(reads: readonly DocumentRead[]): number {
  return reads.reduce((sum, read) => {
    if (read.op === 'documents:page-image') return sum + (read.bytes ?? 0);
    return sum + (read.ranges ? read.ranges.reduce((n, r) => n + (r.end - r.begin), 0) : Infinity);
  }, 0);
}
