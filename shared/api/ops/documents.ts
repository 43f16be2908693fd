/**
 * Operations on a document's bytes, by document id (never by a path on disk); a page's scan
 * and page tree also by case, for the document the case opens at.
 */
import { z } from 'zod';
import { id, out } from './common.ts';

/**
 * The most bytes one `documents:range` call returns. Larger asks are split by the caller (the
 * renderer's range transport does), so no single reply holds a whole scan in memory several
 * times over (file read, structured clone or HTTP body, the renderer's copy).
 */
export const DOCUMENT_RANGE_MAX_BYTES = 4 * 2 ** 20;

/** A scanned page's JPEG larger than this is not sent by `documents:page-image` (pdf.js shows it). */
export const DOCUMENT_PAGE_IMAGE_MAX_BYTES = 8 * 2 ** 20;

/** The most ranges one call may ask for (a burst of pdf.js chunk requests, batched). */
export const DOCUMENT_RANGE_MAX_RANGES = 512;

/** `[begin, end)`; `end ≤ size` is checked against the file by the handler. */
const byteRange = z
  .object({ begin: z.number().int().min(0), end: z.number().int().positive() })
  .refine((r) => r.begin < r.end, { path: ['end'], message: 'end must be greater than begin' });

export const documentRangeInput = z
  .object({
    documentId: id,
    ranges: z.array(byteRange).min(1).max(DOCUMENT_RANGE_MAX_RANGES),
  })
  .refine((input) => input.ranges.reduce((sum, r) => sum + (r.end - r.begin), 0) <= DOCUMENT_RANGE_MAX_BYTES, {
    path: ['ranges'],
    message: `the ranges add up to more than ${DOCUMENT_RANGE_MAX_BYTES} bytes`,
  });
export type DocumentRangeInput = z.input<typeof documentRangeInput>;

/**
 * A page that is a plain scan: one JPEG drawn upright over the whole visible page and nothing
 * else (see electron/import/pdfScanPage.ts). The viewer shows the JPEG until pdf.js paints it.
 */
export interface DocumentScanPage {
  pageNo: number;
  /** The JPEG's bytes in the file, `[begin, end)`. */
  image: { begin: number; end: number };
  pixelWidth: number;
  pixelHeight: number;
  /** The visible page box in points. */
  width: number;
  height: number;
  /** The page's own /Rotate (0, 90, 180, 270). */
  rotate: number;
}

/**
 * A page of a document: `documentId`, or `caseId` for the case's first document in the 卷内目录
 * order (shared/domain/documentOrder.ts) — what the viewer opens a case at, asked for as the
 * reviewer presses on the case, before the case itself has been read.
 */
const pageOf = z
  .object({ documentId: id.optional(), caseId: id.optional() })
  .refine((input) => (input.documentId === undefined) !== (input.caseId === undefined), {
    path: ['documentId'],
    message: 'give documentId or caseId, not both',
  });

/** A PDF's page-tree objects, `[begin, end)` each (see electron/import/pdfPageTree.ts). */
export interface DocumentPageTree {
  /** The document described (asked by case: the case's first document; null: the case has none). */
  documentId: number | null;
  extents: { begin: number; end: number }[];
  /** The page asked for (`pageNo`), when it is a plain scan; null otherwise or when not asked. */
  scan: DocumentScanPage | null;
}

export const documentOps = {
  'documents:content': {
    input: z.object({ documentId: id }),
    output: out<Uint8Array>(),
    binary: true,
    reader: true,
  },
  /**
   * Byte ranges of a document, their bytes concatenated in the order asked. The viewer opens
   * large PDFs with pdf.js's range loading: pdf.js asks for the chunks it needs, often dozens
   * at once (one per page dictionary of a flat page tree), and one call answers a burst.
   * The document's size is `DocumentInfo.size`.
   */
  'documents:range': {
    input: documentRangeInput,
    output: out<Uint8Array>(),
    binary: true,
    reader: true,
  },
  /**
   * Where a PDF's page-tree objects lie (its /Pages nodes and /Page dictionaries), so that a
   * range-loaded viewer reads them with its first call: pdf.js walks them all before page 1.
   * Empty when the file does not say so plainly (a cross-reference stream, damage). With
   * `pageNo`: also that page's JPEG when the page is a plain scan, shown before pdf.js is ready.
   */
  'documents:page-tree': {
    input: pageOf.and(z.object({ pageNo: z.number().int().min(1).optional() })),
    output: out<DocumentPageTree>(),
    reader: true,
  },
  /**
   * The JPEG of page `pageNo` when that page is a plain scan (`DocumentPageTree.scan` says where
   * it lies and how the page is laid out); no bytes for any other page, or for a JPEG over
   * DOCUMENT_PAGE_IMAGE_MAX_BYTES. Asked beside
   * `documents:page-tree`, so that the viewer can show a large scan's page before pdf.js has
   * read its page tree, without a round trip more. By case: the case's first document's.
   */
  'documents:page-image': {
    input: pageOf.and(z.object({ pageNo: z.number().int().min(1) })),
    output: out<Uint8Array>(),
    binary: true,
    reader: true,
  },
} as const;
