/**
 * A picture document (JPEG, PNG, TIFF pages) as an <img> with zoom, fit and rotation; the
 * same toolbar, keys, remembered view and paint instrumentation as a PDF. Pictures have no
 * text layer, so there is no find and a citation carries no selected text.
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref, RefObject } from 'react';
import type { ScaleValue } from '../../pdf/pdfSession.ts';
import { resolveScale, rotatedSize, stepScale } from './imageFit.ts';
import type { Size } from './imageFit.ts';
import type { ViewerCommand } from './keymap.ts';
import type { PaneHandle, PaneProps } from './paneTypes.ts';
import { useImageSource } from './useImageSource.ts';
import { ViewerMessage } from './ViewerMessage.tsx';
import { ViewerToolbar } from './ViewerToolbar.tsx';
import { loadViewState, saveViewState } from './viewState.ts';

function useBoxSize(ref: RefObject<HTMLDivElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function firstPage(pageNo: number | null, saved: number | undefined): number {
  const wanted = pageNo ?? saved ?? 1;
  // Infinity ("the last page") is clamped to the page count once it is known.
  return Number.isFinite(wanted) ? Math.max(1, Math.round(wanted)) : Number.MAX_SAFE_INTEGER;
}

export function ImagePane({ ref, ...props }: PaneProps & { ref?: Ref<PaneHandle> }) {
  const { t, request, loadBytes, onEdge, onPainted, onPageChange, onCite, onOpenExternal, toggleSidePanel } = props;
  const { hasPrevDocument, hasNextDocument } = props;
  const { document } = request;
  const [saved] = useState(() => loadViewState(document.sha256));
  const [pageNo, setPageNo] = useState(() => firstPage(request.pageNo, saved?.pageNo));
  const [scaleValue, setScaleValue] = useState<ScaleValue>(saved?.scaleValue ?? 'page-fit');
  const [rotation, setRotation] = useState(saved?.rotation ?? 0);
  const [natural, setNatural] = useState<Size | null>(null);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  // When the page now awaited was asked for: the start of the paint clock.
  const [askedAt, setAskedAt] = useState(request.startedAt);
  const [seenRequest, setSeenRequest] = useState(request);
  if (seenRequest !== request) {
    // A new request for this same document (a citation or search hit) moves to its page.
    setSeenRequest(request);
    if (request.pageNo !== null) {
      setPageNo(firstPage(request.pageNo, undefined));
      setAskedAt(request.startedAt);
    }
  }
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useBoxSize(stageRef);
  // The page asked for, within the import's page count until the file says otherwise.
  const source = useImageSource(document, Math.min(pageNo, Math.max(1, document.pageCount ?? 1)), loadBytes);
  const pageCount = source.status === 'ready' ? source.pageCount : Math.max(1, document.pageCount ?? 1);
  const shownPage = Math.min(pageNo, pageCount);
  const scale = natural ? resolveScale(scaleValue, natural, rotation, box) : null;

  useEffect(() => {
    if (source.status !== 'ready') return;
    saveViewState(document.sha256, { pageNo: shownPage, scaleValue, rotation });
    onPageChange(shownPage);
  }, [source.status, document.sha256, shownPage, scaleValue, rotation, onPageChange]);

  const goToPage = useCallback((target: number) => {
    setAskedAt(performance.now());
    setPageNo(target);
  }, []);
  const prev = useCallback(() => {
    if (shownPage > 1) goToPage(shownPage - 1);
    else onEdge('prev');
  }, [shownPage, goToPage, onEdge]);
  const next = useCallback(() => {
    if (shownPage < pageCount) goToPage(shownPage + 1);
    else onEdge('next');
  }, [shownPage, pageCount, goToPage, onEdge]);
  const zoom = useCallback(
    (direction: 1 | -1) =>
      setScaleValue((current) => stepScale(natural ? resolveScale(current, natural, rotation, box) : 1, direction)),
    [natural, rotation, box],
  );
  const rotate = useCallback(() => setRotation((current) => (current + 90) % 360), []);
  const cite = useCallback(() => onCite(shownPage, null), [onCite, shownPage]);

  useImperativeHandle(
    ref,
    () => ({
      command: (command: ViewerCommand) => {
        if (command === 'find' || command === 'closeFind') return false;
        const actions: Record<ViewerCommand, () => void> = {
          nextPage: next,
          prevPage: prev,
          find: () => undefined,
          closeFind: () => undefined,
          zoomIn: () => zoom(1),
          zoomOut: () => zoom(-1),
          fitWidth: () => setScaleValue('page-width'),
          rotate,
          cite,
          toggleSidePanel,
        };
        actions[command]();
        return true;
      },
    }),
    [next, prev, zoom, rotate, cite, toggleSidePanel],
  );

  const shown = natural && scale !== null ? rotatedSize(natural, rotation) : null;
  return (
    <div className="pc-viewer-pane">
      <ViewerToolbar
        t={t}
        state={{
          pageNo: shownPage,
          pageCount,
          scale,
          hasPrevDocument,
          hasNextDocument,
          canFind: false,
          canCite: source.status === 'ready',
          enabled: source.status === 'ready',
        }}
        actions={{
          goToPage,
          prev,
          next,
          zoomIn: () => zoom(1),
          zoomOut: () => zoom(-1),
          fitWidth: () => setScaleValue('page-width'),
          fitPage: () => setScaleValue('page-fit'),
          rotate,
          find: () => undefined,
          cite,
          toggleSidePanel,
        }}
      />
      <div className="pc-viewer-body">
        <div className="pc-viewer-stage pc-viewer-image-stage" ref={stageRef} tabIndex={-1}>
          {source.status === 'ready' && source.url === brokenUrl && (
            <ViewerMessage t={t} tone="error" onOpenExternal={onOpenExternal}>
              {t('errorImage')}
            </ViewerMessage>
          )}
          {source.status === 'ready' && source.url !== brokenUrl && (
            <div
              className="pc-viewer-image-frame"
              style={shown && scale !== null ? { width: shown.width * scale, height: shown.height * scale } : undefined}
            >
              <img
                data-testid="viewer-image"
                src={source.url}
                alt={document.title ?? document.fileName}
                draggable={false}
                style={
                  natural && scale !== null
                    ? {
                        width: natural.width * scale,
                        height: natural.height * scale,
                        transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
                      }
                    : { visibility: 'hidden' }
                }
                onLoad={(event) => {
                  const image = event.currentTarget;
                  setNatural({ width: image.naturalWidth, height: image.naturalHeight });
                  onPainted(shownPage, Math.round((performance.now() - askedAt) * 10) / 10);
                }}
                onError={() => {
                  setNatural(null);
                  setBrokenUrl(source.url);
                }}
              />
            </div>
          )}
          {source.status === 'loading' && (
            <ViewerMessage t={t} tone="info">
              {t('loading')}
            </ViewerMessage>
          )}
          {source.status === 'error' && (
            <ViewerMessage t={t} tone="error" onOpenExternal={onOpenExternal}>
              {source.reason === 'load'
                ? t('errorLoad', { message: source.message })
                : document.mime === 'image/tiff'
                  ? t('tiffUnsupported')
                  : t('errorImage')}
            </ViewerMessage>
          )}
        </div>
      </div>
    </div>
  );
}
