/**
 * Thumbnails of the open PDF's pages. Every page gets a placeholder of the first page's
 * proportions; a picture is asked for only while its placeholder is on screen (an
 * IntersectionObserver), so a 200-page scan renders the dozen that are visible.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { ThumbnailRenderer } from '../../pdf/thumbnails.ts';
import type { ViewerT } from './strings.ts';

interface Props {
  t: ViewerT;
  renderer: ThumbnailRenderer | null;
  pageCount: number;
  aspect: number;
  currentPage: number;
  onSelect: (pageNo: number) => void;
}

/** Memoized: turning a page re-renders the two thumbnails whose `current` changed, not all of them. */
const Thumbnail = memo(function Thumbnail({
  t,
  renderer,
  pageNo,
  aspect,
  current,
  observer,
  onSelect,
}: {
  t: ViewerT;
  renderer: ThumbnailRenderer | null;
  pageNo: number;
  aspect: number;
  current: boolean;
  observer: IntersectionObserver | null;
  onSelect: (pageNo: number) => void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const shownUrl = url ?? renderer?.cached(pageNo) ?? null;

  useEffect(() => {
    const element = ref.current;
    if (!element || !observer) return;
    observer.observe(element);
    return () => observer.unobserve(element);
  }, [observer]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !renderer) return;
    let alive = true;
    const onVisible = () => {
      renderer.request(pageNo).then(
        (rendered) => alive && setUrl(rendered),
        () => undefined,
      );
    };
    const onHidden = () => renderer.cancel(pageNo);
    element.addEventListener('pc-visible', onVisible);
    element.addEventListener('pc-hidden', onHidden);
    return () => {
      alive = false;
      element.removeEventListener('pc-visible', onVisible);
      element.removeEventListener('pc-hidden', onHidden);
    };
  }, [renderer, pageNo]);

  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const label = t('thumbnail', { page: pageNo });
  return (
    <button
      ref={ref}
      type="button"
      className={current ? 'pc-viewer-thumb pc-viewer-thumb-current' : 'pc-viewer-thumb'}
      aria-label={label}
      aria-current={current ? 'page' : undefined}
      title={label}
      onClick={() => onSelect(pageNo)}
    >
      <span className="pc-viewer-thumb-frame" style={{ aspectRatio: String(aspect) }}>
        {shownUrl && <img src={shownUrl} alt="" draggable={false} />}
      </span>
      <span className="pc-viewer-thumb-no">{pageNo}</span>
    </button>
  );
});

export function ThumbnailStrip({ t, renderer, pageCount, aspect, currentPage, onSelect }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [observer, setObserver] = useState<IntersectionObserver | null>(null);

  useEffect(() => {
    // The observer only relays visibility to each thumbnail as a DOM event, so thumbnails
    // keep their own request/cancel logic.
    const created = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          entry.target.dispatchEvent(new Event(entry.isIntersecting ? 'pc-visible' : 'pc-hidden'));
        }
      },
      { root: rootRef.current, rootMargin: '200px 0px' },
    );
    setObserver(created);
    return () => created.disconnect();
  }, [renderer]);

  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  return (
    <div ref={rootRef} className="pc-viewer-thumbnails" data-testid="viewer-thumbnails" aria-label={t('thumbnails')}>
      {pages.map((pageNo) => (
        <Thumbnail
          key={pageNo}
          t={t}
          renderer={renderer}
          pageNo={pageNo}
          aspect={aspect}
          current={pageNo === currentPage}
          observer={observer}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}
