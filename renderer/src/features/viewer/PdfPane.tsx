/**
 * A PDF in pdf.js's PDFViewer (continuous pages, text layer for selection and find), with
 * the shared toolbar, the find bar and the thumbnail strip. The pane survives switches
 * between PDFs: the session closes the previous document and opens the next one.
 */
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import { flushSync } from 'react-dom';
import type { PaintedPage, PdfViewState } from '../../pdf/pdfSession.ts';
import type { ScaleValue } from '../../pdf/scale.ts';
import { readPdfSource, type PageImage } from '../../pdf/pdfSource.ts';
import { FindBar } from './FindBar.tsx';
import type { ViewerCommand } from './keymap.ts';
import type { PaneHandle, PaneProps } from './paneTypes.ts';
import { selectionInTextLayer } from './selection.ts';
import type { ViewerT } from './strings.ts';
import { decodeScanOnce } from '../../pdf/scanDecode.ts';
import { ScanPreview, type ScanPreviewImage } from './ScanPreview.tsx';
import { ThumbnailStrip } from './ThumbnailStrip.tsx';
import { usePdfSession } from './usePdfSession.ts';
import { ViewerMessage } from './ViewerMessage.tsx';
import { ViewerToolbar } from './ViewerToolbar.tsx';
import { loadViewState, saveViewState } from './viewState.ts';

/** The longest pdf.js waits for a scanned page's JPEG to be on screen before it starts. */
const PREVIEW_WAIT_MS = 250;

function errorText(t: ViewerT, state: PdfViewState): string {
  if (state.errorKind === 'password') return t('errorPassword');
  if (state.errorKind === 'invalid') return t('errorInvalid');
  if (state.errorKind === 'load') return t('errorLoad', { message: state.errorMessage ?? '' });
  return t('errorUnknown', { message: state.errorMessage ?? '' });
}

export function PdfPane({ ref, ...props }: PaneProps & { ref?: Ref<PaneHandle> }) {
  const {
    t,
    request,
    loadBytes,
    loadRange,
    loadPageTree,
    loadPageImage,
    onEdge,
    onPainted,
    onPreviewed,
    onPageChange,
    onCite,
    onOpenExternal,
    toggleSidePanel,
  } = props;
  const { thumbnailsOpen, toggleThumbnails } = props;
  const { hasPrevDocument, hasNextDocument } = props;
  const documentId = request.document.id;
  const stageRef = useRef<HTMLDivElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);
  const paintedRef = useRef<(page: PaintedPage) => void>(() => undefined);
  const loadedRef = useRef<number | null>(null);
  const { hostRef, session, state } = usePdfSession(paintedRef);
  const [findBarOpen, setFindBarOpen] = useState(false);
  // A search hit's highlight opens the bar by itself (the session holds its query).
  const findOpen = findBarOpen || state.find.query !== '';
  // Stable, so that React does not tear the session down on every render.
  const stageCallbackRef = useCallback(
    (element: HTMLDivElement | null) => {
      stageRef.current = element;
      return hostRef(element);
    },
    [hostRef],
  );

  // A scanned page's own JPEG, shown in its place until pdf.js has painted it (ScanPreview.tsx).
  const [preview, setPreview] = useState<
    (ScanPreviewImage & { startedAt: number; scaleValue: ScaleValue; rotation: number }) | null
  >(null);
  const previewShownRef = useRef<() => void>(() => undefined);
  /** pdf.js has painted the open document: a JPEG that arrives later is not shown over it. */
  const pdfPaintedRef = useRef(false);

  useEffect(() => {
    paintedRef.current = (page) => {
      pdfPaintedRef.current = true;
      setPreview(null);
      onPainted(page.pageNo, page.ms, page.bytesMs);
    };
  }, [onPainted]);

  // Open (or, for the document already open, move within it). The session exists from the
  // first render, so this runs in the pane's first commit: the read starts before the pages'
  // viewer has been built.
  useLayoutEffect(() => {
    const { document, pageNo, highlight, startedAt } = request;
    if (loadedRef.current === document.id && session.getSnapshot().status === 'ready') {
      if (pageNo !== null) session.goToPage(pageNo);
      if (highlight) session.find(highlight);
      return;
    }
    loadedRef.current = document.id;
    void session.close();
    const saved = loadViewState(document.sha256);
    const firstPage = pageNo ?? saved?.pageNo ?? 1;
    // Aborted when the request changes (another document, another case) or the pane goes:
    // the first read is dropped, and the session never opens what it brought.
    const controller = new AbortController();
    const asked = performance.now();
    setPreview(null);
    pdfPaintedRef.current = false;
    // When the page is a scan, pdf.js's first read, and then pdf.js, start once its JPEG is on
    // screen (or after a moment at most): the read's bytes arriving and pdf.js's start keep the
    // main thread busy, and would hold the picture back.
    const onPageImage = ({ bytes, scan }: PageImage) => {
      let noPreview: () => void = () => undefined;
      const shown = new Promise<void>((resolve) => (noPreview = previewShownRef.current = resolve));
      // Decoded as soon as it is here (or before: viewerPrefetch.ts), while the page tree's
      // word on the page is still on its way.
      const picture = bytes.then((found) => (found ? decodeScanOnce(found) : null));
      // The zoom and turn the document opens with (pdf.js gets the same, below).
      const scaleValue = saved?.scaleValue ?? 'page-width';
      const rotation = saved?.rotation ?? 0;
      void Promise.all([scan, bytes, picture]).then(([found, jpeg, decoded]) => {
        const usable =
          found && jpeg && decoded && jpeg.byteLength === found.image.end - found.image.begin && !pdfPaintedRef.current;
        if (!usable || controller.signal.aborted) {
          // A JPEG that does not decode, or a page that is not a scan, is simply not previewed.
          noPreview();
          return;
        }
        // Now, ahead of whatever else React has scheduled: it is what the reviewer waits for.
        flushSync(() =>
          setPreview({ documentId: document.id, scan: found, picture: decoded, startedAt, scaleValue, rotation }),
        );
      });
      return Promise.race([shown, new Promise((resolve) => setTimeout(resolve, PREVIEW_WAIT_MS))]);
    };
    readPdfSource(document, { loadBytes, loadRange, loadPageTree, loadPageImage }, controller.signal, {
      pageNo: Number.isFinite(firstPage) ? firstPage : undefined,
      onPageImage,
    }).then(
      (source) => {
        if (controller.signal.aborted) return;
        const options = {
          bytesMs: Math.round(performance.now() - asked),
          pageNo: firstPage,
          scaleValue: saved?.scaleValue ?? 'page-width',
          rotation: saved?.rotation ?? 0,
          highlight: highlight ?? undefined,
          startedAt,
        };
        void session.open(source, options, controller.signal);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) session.fail(error);
      },
    );
    return () => controller.abort();
  }, [session, request, loadBytes, loadRange, loadPageTree, loadPageImage]);

  const ready = state.status === 'ready';
  const showPreview = preview !== null && preview.documentId === documentId && state.status !== 'error';
  const { pageNo, pageCount, scaleValue, rotation } = state;
  useEffect(() => {
    if (!ready || loadedRef.current !== request.document.id) return;
    saveViewState(request.document.sha256, { pageNo, scaleValue, rotation });
    onPageChange(pageNo);
  }, [ready, pageNo, scaleValue, rotation, request.document, onPageChange]);

  const goToPage = useCallback((n: number) => session.goToPage(n), [session]);
  const prev = useCallback(() => {
    if (ready && pageNo > 1) session.goToPage(pageNo - 1);
    else onEdge('prev');
  }, [session, ready, pageNo, onEdge]);
  const next = useCallback(() => {
    if (ready && pageNo < pageCount) session.goToPage(pageNo + 1);
    else onEdge('next');
  }, [session, ready, pageNo, pageCount, onEdge]);
  const cite = useCallback(() => {
    const selection = stageRef.current ? selectionInTextLayer(stageRef.current) : null;
    onCite(selection?.pageNo ?? pageNo, selection?.text ?? null);
  }, [onCite, pageNo]);
  const openFind = useCallback(() => {
    setFindBarOpen(true);
    // The input exists after this render; focus it on the next frame.
    requestAnimationFrame(() => findInputRef.current?.select());
  }, []);
  const closeFind = useCallback(() => {
    setFindBarOpen(false);
    session.closeFind();
    // Give the keys back to the pages (PageDown etc.) rather than to nowhere.
    stageRef.current?.querySelector<HTMLElement>('.pc-viewer-container')?.focus();
  }, [session]);

  useImperativeHandle(
    ref,
    () => ({
      command: (command: ViewerCommand) => {
        if (!ready) return false;
        if (command === 'closeFind') {
          if (findOpen) closeFind();
          return findOpen;
        }
        const actions: Record<ViewerCommand, () => void> = {
          nextPage: next,
          prevPage: prev,
          find: openFind,
          closeFind,
          zoomIn: () => session.zoomIn(),
          zoomOut: () => session.zoomOut(),
          fitWidth: () => session.setScale('page-width'),
          rotate: () => session.rotate(),
          cite,
          toggleSidePanel,
        };
        actions[command]();
        return true;
      },
    }),
    [session, ready, next, prev, openFind, closeFind, findOpen, cite, toggleSidePanel],
  );

  return (
    <div className="pc-viewer-pane">
      <ViewerToolbar
        t={t}
        state={{
          pageNo,
          pageCount,
          scale: ready ? state.scale : null,
          hasPrevDocument,
          hasNextDocument,
          canFind: ready,
          canCite: ready,
          enabled: ready,
        }}
        actions={{
          goToPage: (n) => session.goToPage(n),
          prev,
          next,
          zoomIn: () => session.zoomIn(),
          zoomOut: () => session.zoomOut(),
          fitWidth: () => session.setScale('page-width'),
          fitPage: () => session.setScale('page-fit'),
          rotate: () => session.rotate(),
          find: openFind,
          cite,
          toggleSidePanel,
          toggleThumbnails,
        }}
      />
      {findOpen && ready && (
        <FindBar
          t={t}
          inputRef={findInputRef}
          query={state.find.query}
          current={state.find.current}
          total={state.find.total}
          status={state.find.status}
          onQuery={(query) => session.find(query)}
          onStep={(previous) => session.find(state.find.query, { again: true, previous })}
          onClose={closeFind}
        />
      )}
      <div className="pc-viewer-body">
        {thumbnailsOpen && state.status !== 'error' && (
          <ThumbnailStrip
            key={documentId}
            t={t}
            renderer={state.thumbnails}
            pageCount={ready ? pageCount : 0}
            aspect={state.pageAspect}
            currentPage={pageNo}
            onSelect={goToPage}
          />
        )}
        <div className="pc-viewer-stage" ref={stageCallbackRef}>
          {state.status === 'error' && (
            <ViewerMessage t={t} tone="error" onOpenExternal={onOpenExternal}>
              {errorText(t, state)}
            </ViewerMessage>
          )}
          {(state.status === 'loading' || state.status === 'idle') && !showPreview && (
            <ViewerMessage t={t} tone="info">
              {t('loading')}
            </ViewerMessage>
          )}
          {showPreview && (
            <ScanPreview
              image={preview}
              scaleValue={state.status === 'ready' ? state.scaleValue : preview.scaleValue}
              rotation={state.status === 'ready' ? state.rotation : preview.rotation}
              onShown={() => {
                previewShownRef.current();
                onPreviewed(preview.scan.pageNo, performance.now() - preview.startedAt);
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
