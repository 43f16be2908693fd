/**
 * Creates a PdfSession inside the element given to the returned callback ref. The session
 * gets a container built here, so every session has fresh DOM: PDFViewer has no destroy(),
 * and a second viewer on the same element would double every scroll and resize handler
 * (e.g. under React StrictMode, which mounts twice).
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import { PdfSession } from '../../pdf/pdfSession.ts';
import type { PaintedPage, PdfViewState } from '../../pdf/pdfSession.ts';

const NO_STATE: PdfViewState = {
  status: 'idle',
  errorKind: null,
  errorMessage: null,
  pageNo: 1,
  pageCount: 0,
  scale: 1,
  scaleValue: 'page-width',
  rotation: 0,
  pageAspect: 210 / 297,
  thumbnails: null,
  find: { query: '', current: 0, total: 0, status: 'idle' },
};

const noSubscribe = () => () => undefined;
const noSnapshot = () => NO_STATE;

export function usePdfSession(onPainted: RefObject<(page: PaintedPage) => void>): {
  hostRef: (host: HTMLDivElement | null) => (() => void) | undefined;
  session: PdfSession | null;
  state: PdfViewState;
} {
  const [session, setSession] = useState<PdfSession | null>(null);

  const hostRef = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return undefined;
      const container = document.createElement('div');
      container.className = 'pc-viewer-container';
      container.tabIndex = -1;
      const viewer = document.createElement('div');
      viewer.className = 'pdfViewer';
      container.append(viewer);
      host.prepend(container);
      const created = new PdfSession(container, viewer, (page) => onPainted.current(page));
      setSession(created);
      return () => {
        setSession(null);
        void created.destroy();
        container.remove();
      };
    },
    [onPainted],
  );

  const state = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? noSnapshot);
  return { hostRef, session, state };
}
