/**
 * The document pane: the case's outline (卷内目录) beside the open document — a PDF in
 * pdf.js's viewer, a picture, or an attachment card. It owns which document is open and
 * where (target → request), keyboard routing, and the paint instrumentation that the e2e
 * tests and the benchmark listen to (`data-rendered-page` + `pingcha:page-rendered`).
 */
import 'pdfjs-dist/web/pdf_viewer.css';
import './viewer.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { CaseDetail, DocumentInfo } from '../../../../shared/api/types.ts';
import { prewarmPdfWorker } from '../../pdf/pdfjs.ts';
import type { DocumentRangeLoader, PageImageLoader, PageTreeLoader } from '../../pdf/pdfSource.ts';
import { AttachmentPane } from './AttachmentPane.tsx';
import { DocumentOutline } from './DocumentOutline.tsx';
import { groupDocuments } from '../../../../shared/domain/documentOrder.ts';
import { ImagePane } from './ImagePane.tsx';
import { commandForKey, isTextInput } from './keymap.ts';
import type { OpenRequest, PaneHandle, PaneProps } from './paneTypes.ts';
import { PdfPane } from './PdfPane.tsx';
import { loadSidePanels, saveSidePanels, toggleBoth, toggleThumbnails } from './sidePanel.ts';
import { createViewerT } from './strings.ts';
import type { ViewerLang } from './strings.ts';
import { useLatest } from './useLatest.ts';

export interface ViewerTarget {
  documentId: number;
  pageNo: number;
  highlight?: string;
}

export interface Citation {
  documentId: number;
  pageNo: number;
  selectedText: string | null;
}

export interface DocumentViewerProps {
  caseDetail: CaseDetail;
  loadBytes: (documentId: number) => Promise<Uint8Array>;
  /** Reads part of a document, so large PDFs open by range; absent: every PDF is read whole. */
  loadRange?: DocumentRangeLoader;
  /** Where a PDF's page tree lies, read with a range-loaded PDF's first call. */
  loadPageTree?: PageTreeLoader;
  /** A scanned page's own JPEG, shown while pdf.js loads a large scan. */
  loadPageImage?: PageImageLoader;
  /** Open here (a search hit or a citation); a new object means a new request. */
  target?: ViewerTarget | null;
  onCite?: (citation: Citation) => void;
  onPageChange?: (page: { documentId: number; pageNo: number }) => void;
  /** Open the document with the system's program (Electron decides how). */
  onOpenExternal?: (document: { documentId: number }) => void;
  /**
   * A page is on screen (painted, or shown from its JPEG), or the open document has no page to
   * show: the desk draws the checklist after the case's first page.
   */
  onPageShown?: () => void;
  lang?: ViewerLang;
}

/** Detail of the `pingcha:page-rendered` window event. */
export interface PageRenderedDetail {
  documentId: number;
  pageNo: number;
  /** From the request (open, page change) to the page painted. */
  ms: number;
  /** `performance.now()` when it was painted (to time it from something else, e.g. a click). */
  at: number;
  /**
   * On a document's first paint: how much of `ms` went into reading the bytes pdf.js starts
   * from (`loadBytes`, or the first `loadRange` chunk of a range-loaded PDF).
   */
  bytesMs?: number;
}

/**
 * A scanned page shown from its own JPEG while pdf.js loads (`pingcha:page-previewed`): `ms`
 * from the request to the first frame with it on screen. pdf.js's own paint of the page
 * follows as `pingcha:page-rendered`.
 */
export interface PagePreviewedDetail {
  documentId: number;
  pageNo: number;
  ms: number;
  /** `performance.now()` when it was on screen. */
  at: number;
}

/** Starts pdf.js's worker before any document is asked for (see viewerModule.ts). */
export function prewarmViewer(): void {
  prewarmPdfWorker();
}

function requestFor(
  caseDetail: CaseDetail,
  target: ViewerTarget | null | undefined,
  first: DocumentInfo | undefined,
): OpenRequest | null {
  const targeted = target ? caseDetail.documents.find((document) => document.id === target.documentId) : undefined;
  if (targeted && target) {
    return {
      document: targeted,
      pageNo: target.pageNo,
      highlight: target.highlight ?? null,
      startedAt: performance.now(),
    };
  }
  return first ? { document: first, pageNo: null, highlight: null, startedAt: performance.now() } : null;
}

export function DocumentViewer(props: DocumentViewerProps) {
  const { caseDetail, target, lang = 'zh-CN' } = props;
  const t = useMemo(() => createViewerT(lang), [lang]);
  const groups = useMemo(() => groupDocuments(caseDetail.documents), [caseDetail.documents]);
  const ordered = useMemo(() => groups.flatMap((group) => group.documents), [groups]);
  const rootRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<PaneHandle>(null);
  const latest = useLatest(props);
  const [panels, setPanels] = useState(loadSidePanels);
  useEffect(() => saveSidePanels(panels), [panels]);

  // Derived from props the React way (compare with what was last seen, during render): a new
  // case or a new target replaces the request.
  const [seen, setSeen] = useState<{ caseDetail: CaseDetail; target: ViewerTarget | null | undefined } | null>(null);
  const [request, setRequest] = useState<OpenRequest | null>(null);
  if (seen === null || seen.caseDetail.id !== caseDetail.id || seen.target !== target) {
    const caseChanged = seen === null || seen.caseDetail.id !== caseDetail.id;
    setSeen({ caseDetail, target });
    const next = requestFor(caseDetail, target, ordered[0]);
    if (caseChanged || (target && next)) setRequest(next);
  }

  const current = request?.document ?? null;
  const index = current ? ordered.findIndex((document) => document.id === current.id) : -1;

  const open = useCallback((document: DocumentInfo, pageNo: number | null) => {
    rootRef.current?.removeAttribute('data-rendered-page');
    setRequest({ document, pageNo, highlight: null, startedAt: performance.now() });
  }, []);

  const onEdge = useCallback(
    (direction: 'prev' | 'next') => {
      const neighbour = ordered[index + (direction === 'next' ? 1 : -1)];
      if (neighbour) open(neighbour, direction === 'next' ? 1 : Number.POSITIVE_INFINITY);
    },
    [ordered, index, open],
  );

  const loadBytes = useCallback((documentId: number) => latest.current.loadBytes(documentId), [latest]);
  const canLoadRange = props.loadRange !== undefined;
  const loadRange = useMemo<DocumentRangeLoader | undefined>(
    () =>
      canLoadRange ? (documentId, ranges, signal) => latest.current.loadRange!(documentId, ranges, signal) : undefined,
    [canLoadRange, latest],
  );
  const canLoadPageTree = props.loadPageTree !== undefined;
  const loadPageTree = useMemo<PageTreeLoader | undefined>(
    () =>
      canLoadPageTree
        ? (documentId, pageNo, signal) => latest.current.loadPageTree!(documentId, pageNo, signal)
        : undefined,
    [canLoadPageTree, latest],
  );
  const canLoadPageImage = props.loadPageImage !== undefined;
  const loadPageImage = useMemo<PageImageLoader | undefined>(
    () =>
      canLoadPageImage
        ? (documentId, pageNo, signal) => latest.current.loadPageImage!(documentId, pageNo, signal)
        : undefined,
    [canLoadPageImage, latest],
  );
  const onPageChange = useCallback(
    (pageNo: number) => {
      if (current) latest.current.onPageChange?.({ documentId: current.id, pageNo });
    },
    [current, latest],
  );
  const onCite = useCallback(
    (pageNo: number, selectedText: string | null) => {
      if (current) latest.current.onCite?.({ documentId: current.id, pageNo, selectedText });
    },
    [current, latest],
  );
  const onPainted = useCallback(
    (pageNo: number, ms: number, bytesMs?: number) => {
      if (!current) return;
      rootRef.current?.setAttribute('data-rendered-page', String(pageNo));
      const detail: PageRenderedDetail = { documentId: current.id, pageNo, ms, at: performance.now() };
      if (bytesMs !== undefined) detail.bytesMs = bytesMs;
      window.dispatchEvent(new CustomEvent('pingcha:page-rendered', { detail }));
      latest.current.onPageShown?.();
    },
    [current, latest],
  );
  const onPreviewed = useCallback(
    (pageNo: number, ms: number) => {
      if (!current) return;
      const detail: PagePreviewedDetail = {
        documentId: current.id,
        pageNo,
        ms: Math.round(ms * 10) / 10,
        at: performance.now(),
      };
      window.dispatchEvent(new CustomEvent('pingcha:page-previewed', { detail }));
      latest.current.onPageShown?.();
    },
    [current, latest],
  );
  // Nothing to draw (no document, or one only the system's program opens): nothing to wait for.
  const nothingToDraw = !request || request.document.kind === 'attachment';
  useEffect(() => {
    if (nothingToDraw) latest.current.onPageShown?.();
  }, [nothingToDraw, caseDetail.id, latest]);
  const toggleSidePanel = useCallback(() => setPanels(toggleBoth), []);
  const toggleThumbs = useCallback(() => setPanels(toggleThumbnails), []);
  const openCurrentExternally = useCallback(() => {
    if (current) latest.current.onOpenExternal?.({ documentId: current.id });
  }, [current, latest]);
  const openExternal = props.onOpenExternal ? openCurrentExternally : null;

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const command = commandForKey(event.nativeEvent, isTextInput(event.target));
    if (command === 'toggleSidePanel') {
      toggleSidePanel();
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (command && paneRef.current?.command(command)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const paneProps: Omit<PaneProps, 'request'> = {
    t,
    loadBytes,
    loadRange,
    loadPageTree,
    loadPageImage,
    hasPrevDocument: index > 0,
    hasNextDocument: index >= 0 && index < ordered.length - 1,
    onEdge,
    onPageChange,
    onPainted,
    onPreviewed,
    onCite,
    onOpenExternal: openExternal,
    toggleSidePanel,
    thumbnailsOpen: panels.thumbnails,
    toggleThumbnails: toggleThumbs,
  };

  return (
    <div
      ref={rootRef}
      className={panels.outline ? 'pc-viewer' : 'pc-viewer pc-viewer-no-outline'}
      data-testid="viewer-root"
      data-document-id={current?.id}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {panels.outline && (
        <DocumentOutline
          t={t}
          lang={lang}
          groups={groups}
          currentId={current?.id ?? null}
          onOpen={(id) => {
            const document = ordered.find((candidate) => candidate.id === id);
            if (document) open(document, null);
          }}
        />
      )}
      <div className="pc-viewer-main">
        {!request && <div className="pc-viewer-message">{t('noDocument')}</div>}
        {request?.document.kind === 'pdf' && <PdfPane ref={paneRef} request={request} {...paneProps} />}
        {request?.document.kind === 'image' && (
          <ImagePane key={request.document.id} ref={paneRef} request={request} {...paneProps} />
        )}
        {request?.document.kind === 'attachment' && (
          <AttachmentPane
            t={t}
            document={request.document}
            onOpenExternal={openExternal}
            hasPrevDocument={index > 0}
            hasNextDocument={index >= 0 && index < ordered.length - 1}
            onEdge={onEdge}
            toggleSidePanel={toggleSidePanel}
          />
        )}
      </div>
    </div>
  );
}
