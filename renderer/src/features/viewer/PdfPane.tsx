/**
 * A PDF in pdf.js's PDFViewer (continuous pages, text layer for selection and find), with
 * the shared toolbar, the find bar and the thumbnail strip. The pane survives switches
 * between PDFs: the session closes the previous document and opens the next one.
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { PaintedPage, PdfViewState } from '../../pdf/pdfSession.ts';
import { readPdfSource } from '../../pdf/pdfSource.ts';
import { FindBar } from './FindBar.tsx';
import type { ViewerCommand } from './keymap.ts';
import type { PaneHandle, PaneProps } from './paneTypes.ts';
import { selectionInTextLayer } from './selection.ts';
import type { ViewerT } from './strings.ts';
import { ThumbnailStrip } from './ThumbnailStrip.tsx';
import { usePdfSession } from './usePdfSession.ts';
import { ViewerMessage } from './ViewerMessage.tsx';
import { ViewerToolbar } from './ViewerToolbar.tsx';
import { loadViewState, saveViewState } from './viewState.ts';

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
    onEdge,
    onPainted,
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

  useEffect(() => {
    paintedRef.current = (page) => onPainted(page.pageNo, page.ms, page.bytesMs);
  }, [onPainted]);

  // Open (or, for the document already open, move within it). The session exists from the
  // first render, so this runs in the pane's first commit: the read starts before the pages'
  // viewer has been built.
  useEffect(() => {
    const { document, pageNo, highlight, startedAt } = request;
    if (loadedRef.current === document.id && session.getSnapshot().status === 'ready') {
      if (pageNo !== null) session.goToPage(pageNo);
      if (highlight) session.find(highlight);
      return;
    }
    loadedRef.current = document.id;
    void session.close();
    const saved = loadViewState(document.sha256);
    // Aborted when the request changes (another document, another case) or the pane goes:
    // the first read is dropped, and the session never opens what it brought.
    const controller = new AbortController();
    const asked = performance.now();
    readPdfSource(document, { loadBytes, loadRange, loadPageTree }, controller.signal).then(
      (source) => {
        if (controller.signal.aborted) return;
        const options = {
          bytesMs: Math.round(performance.now() - asked),
          pageNo: pageNo ?? saved?.pageNo ?? 1,
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
  }, [session, request, loadBytes, loadRange, loadPageTree]);

  const ready = state.status === 'ready';
  const { pageNo, pageCount, scaleValue, rotation } = state;
  useEffect(() => {
    if (!ready || loadedRef.current !== request.document.id) return;
    saveViewState(request.document.sha256, { pageNo, scaleValue, rotation });
    onPageChange(pageNo);
  }, [ready, pageNo, scaleValue, rotation, request.document, onPageChange]);

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
            onSelect={(n) => session.goToPage(n)}
          />
        )}
        <div className="pc-viewer-stage" ref={stageCallbackRef}>
          {state.status === 'error' && (
            <ViewerMessage t={t} tone="error" onOpenExternal={onOpenExternal}>
              {errorText(t, state)}
            </ViewerMessage>
          )}
          {(state.status === 'loading' || state.status === 'idle') && (
            <ViewerMessage t={t} tone="info">
              {t('loading')}
            </ViewerMessage>
          )}
        </div>
      </div>
    </div>
  );
}
