/** What DocumentViewer asks of a pane (PDF, image, attachment) and what a pane reports back. */
import type { DocumentInfo } from '../../../../shared/api/types.ts';
import type { DocumentRangeLoader, PageImageLoader, PageTreeLoader } from '../../pdf/pdfSource.ts';
import type { ViewerCommand } from './keymap.ts';
import type { ViewerT } from './strings.ts';

/** "Open this document here". A new object (new `startedAt`) means a new request. */
export interface OpenRequest {
  document: DocumentInfo;
  /** null: where the user left it (or page 1); Infinity: the last page. */
  pageNo: number | null;
  highlight: string | null;
  /** performance.now() when the user asked: the start of the paint clock. */
  startedAt: number;
}

export interface PaneHandle {
  /** Runs a keyboard command; false when the pane had nothing to do (the key may go on). */
  command: (command: ViewerCommand) => boolean;
}

export interface PaneProps {
  t: ViewerT;
  request: OpenRequest;
  loadBytes: (documentId: number) => Promise<Uint8Array>;
  /** Reads part of a document (large PDFs open by range); absent: PDFs are read whole. */
  loadRange?: DocumentRangeLoader | undefined;
  loadPageTree?: PageTreeLoader | undefined;
  loadPageImage?: PageImageLoader | undefined;
  hasPrevDocument: boolean;
  hasNextDocument: boolean;
  /** Move to the neighbouring document (at the end of this one). */
  onEdge: (direction: 'prev' | 'next') => void;
  onPageChange: (pageNo: number) => void;
  /** `bytesMs`: the part of `ms` spent reading the file (a document's first paint only). */
  onPainted: (pageNo: number, ms: number, bytesMs?: number) => void;
  /** A scanned page was put on screen from its own JPEG, before pdf.js painted it. */
  onPreviewed: (pageNo: number, ms: number) => void;
  onCite: (pageNo: number, selectedText: string | null) => void;
  onOpenExternal: (() => void) | null;
  /** Folds the side panels (outline and thumbnails) away, or shows them (☰, B). */
  toggleSidePanel: () => void;
  /** Whether the page thumbnails show beside a PDF, and the ▦ button that toggles them. */
  thumbnailsOpen: boolean;
  toggleThumbnails: () => void;
}
