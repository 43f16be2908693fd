/**
 * What the desk exchanges with the document viewer (features/viewer/DocumentViewer.tsx, owned by
 * the viewer work). Declared here rather than imported from there, so that the desk builds and
 * type-checks on a checkout without the viewer; keep in step with its `DocumentViewerProps`.
 */
import type { DocumentPageTree } from '../../../../shared/api/contract.ts';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import type { Lang } from '../../../../shared/i18n/index.ts';

/** Where to open: a document of the case, a 1-based page, and text to highlight there. */
export interface DocumentTarget {
  documentId: number;
  pageNo: number;
  highlight?: string;
}

/** A page the reviewer cites as evidence, with the text selected on it if any. */
export interface Citation {
  documentId: number;
  pageNo: number;
  selectedText: string | null;
}

/** The subset of the viewer's props the desk passes. */
export interface DocumentViewerProps {
  caseDetail: CaseDetail;
  loadBytes: (documentId: number) => Promise<Uint8Array>;
  /** Byte ranges `[begin, end)` of a document, concatenated: large PDFs open by range. */
  loadRange?: (
    documentId: number,
    ranges: { begin: number; end: number }[],
    signal?: AbortSignal,
  ) => Promise<Uint8Array>;
  /** Where a PDF's page-tree objects lie, `[begin, end)` each, and whether page `pageNo` is a plain scan. */
  loadPageTree?: (documentId: number, pageNo: number | undefined, signal?: AbortSignal) => Promise<DocumentPageTree>;
  /** A page's JPEG when the page is a plain scan, else no bytes. */
  loadPageImage?: (documentId: number, pageNo: number, signal?: AbortSignal) => Promise<Uint8Array>;
  /** A new object means a new request, even to the same place. */
  target?: DocumentTarget | null;
  onCite?: (citation: Citation) => void;
  /** A page is on screen, or the open document has none to show (the checklist waits for it). */
  onPageShown?: () => void;
  lang?: Lang;
}
