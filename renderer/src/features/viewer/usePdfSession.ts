/**
 * One PdfSession for the pane's life, and a callback ref that gives it a place on screen. The
 * session exists from the pane's first render, so the pane can start loading a document in its
 * first commit, before the pages' viewer is built. Each attach gets a container built here, so
 * every PDFViewer has fresh DOM: PDFViewer has no destroy(), and a second viewer on the same
 * element would double every scroll and resize handler (e.g. under React StrictMode, which
 * mounts twice).
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import { PdfSession } from '../../pdf/pdfSession.ts';
import type { PaintedPage, PdfViewState } from '../../pdf/pdfSession.ts';

export function usePdfSession(onPainted: RefObject<(page: PaintedPage) => void>): {
  hostRef: (host: HTMLDivElement | null) => (() => void) | undefined;
  session: PdfSession;
  state: PdfViewState;
} {
  const [session] = useState(() => new PdfSession((page) => onPainted.current(page)));

  // Unmounting closes the document (StrictMode's second mount opens it again).
  useEffect(() => () => void session.close(), [session]);

  const hostRef = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return undefined;
      const container = document.createElement('div');
      container.className = 'pc-viewer-container';
      container.tabIndex = -1;
      const pages = document.createElement('div');
      pages.className = 'pdfViewer';
      container.append(pages);
      host.prepend(container);
      const detach = session.attach(container, pages);
      return () => {
        detach();
        container.remove();
      };
    },
    [session],
  );

  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { hostRef, session, state };
}
