/**
 * An in-page record of the document reads the renderer makes in browser mode — every
 * `documents:range` and `documents:content` call it sends through `fetch` — with, for each
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
  op: 'documents:range' | 'documents:content';
  documentId: number;
  /** The ranges asked for (documents:range); null for a whole-file read. */
  ranges: ByteRange[] | null;
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
    const op = /\/api\/(documents:range|documents:content)$/.exec(url)?.[1];
    if (op && typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as { documentId: number; ranges?: ByteRange[] };
      log.reads.push({ op: op as DocumentRead['op'], documentId: body.documentId, ranges: body.ranges ?? null });
    }
    return fetchBefore(input, init);
  };
  window.addEventListener('pingcha:page-rendered', (event) => {
    const { documentId } = (event as CustomEvent<{ documentId: number }>).detail;
    if (!(documentId in log.firstPaint)) log.firstPaint[documentId] = log.reads.length;
  });
}

export function documentReads(page: Page): Promise<ReadLog> {
  return page.evaluate(() => (window as unknown as { __documentReads: ReadLog }).__documentReads);
}

/** Bytes asked for by range reads (whole-file reads count as Infinity: they read everything). */
export function bytesAsked(reads: readonly DocumentRead[]): number {
  return reads.reduce(
    (sum, read) => sum + (read.ranges ? read.ranges.reduce((n, r) => n + (r.end - r.begin), 0) : Infinity),
    0,
  );
}
