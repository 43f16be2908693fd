/**
 * Small page pictures for the thumbnail strip, rendered on demand for one document. Renders
 * run one at a time, newest request first (what the user scrolled to last is what they look
 * at), and only while the main view is idle (`isBusy`), never before its first page: a
 * thumbnail of a scan costs a full image decode in the worker, which must not delay a page
 * the user is waiting for. Results live in a small LRU of blob URLs; `destroy()` cancels the
 * render in flight and frees every URL (called on document switch).
 */
import { AnnotationMode } from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

const CACHE_SIZE = 60;
/** How long to wait before asking again whether the main view is still busy. */
const BUSY_RETRY_MS = 120;

interface Waiter {
  resolve: (url: string) => void;
  reject: (error: unknown) => void;
}

export class ThumbnailRenderer {
  readonly #document: PDFDocumentProxy;
  readonly #width: number;
  readonly #cache = new Map<number, string>();
  readonly #queue = new Map<number, Waiter[]>();
  #running: RenderTask | null = null;
  #started = false;
  #destroyed = false;
  #retry = 0;
  readonly #isBusy: () => boolean;

  constructor(document: PDFDocumentProxy, cssWidth: number, isBusy: () => boolean) {
    this.#document = document;
    this.#isBusy = isBusy;
    this.#width = Math.round(cssWidth * Math.min(2, window.devicePixelRatio || 1));
  }

  /** Lets queued renders run; called once the main view has painted. */
  start(): void {
    this.#started = true;
    void this.#pump();
  }

  cached(pageNo: number): string | undefined {
    const url = this.#cache.get(pageNo);
    if (url !== undefined) {
      // Refresh recency: Map iteration order is insertion order.
      this.#cache.delete(pageNo);
      this.#cache.set(pageNo, url);
    }
    return url;
  }

  request(pageNo: number): Promise<string> {
    const url = this.cached(pageNo);
    if (url !== undefined) return Promise.resolve(url);
    return new Promise((resolve, reject) => {
      const waiters = this.#queue.get(pageNo) ?? [];
      this.#queue.delete(pageNo);
      this.#queue.set(pageNo, [...waiters, { resolve, reject }]);
      void this.#pump();
    });
  }

  /** Drops a queued request (the thumbnail scrolled out of view). */
  cancel(pageNo: number): void {
    this.#queue.delete(pageNo);
  }

  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#retry);
    this.#running?.cancel();
    this.#queue.clear();
    for (const url of this.#cache.values()) URL.revokeObjectURL(url);
    this.#cache.clear();
  }

  async #pump(): Promise<void> {
    if (!this.#started || this.#running || this.#destroyed || this.#queue.size === 0) return;
    if (this.#isBusy()) {
      clearTimeout(this.#retry);
      this.#retry = window.setTimeout(() => void this.#pump(), BUSY_RETRY_MS);
      return;
    }
    const pageNo = [...this.#queue.keys()].pop();
    if (pageNo === undefined) return;
    const waiters = this.#queue.get(pageNo) ?? [];
    this.#queue.delete(pageNo);
    try {
      const url = await this.#render(pageNo);
      waiters.forEach((waiter) => waiter.resolve(url));
    } catch (error) {
      waiters.forEach((waiter) => waiter.reject(error));
    } finally {
      this.#running = null;
      void this.#pump();
    }
  }

  async #render(pageNo: number): Promise<string> {
    const page = await this.#document.getPage(pageNo);
    if (this.#destroyed) throw new Error('destroyed');
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: this.#width / base.width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    this.#running = page.render({ canvas, viewport, annotationMode: AnnotationMode.ENABLE });
    await this.#running.promise;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = canvas.height = 0;
    if (!blob || this.#destroyed) throw new Error('destroyed');
    const url = URL.createObjectURL(blob);
    this.#cache.set(pageNo, url);
    while (this.#cache.size > CACHE_SIZE) {
      const [oldest, oldUrl] = this.#cache.entries().next().value as [number, string];
      this.#cache.delete(oldest);
      URL.revokeObjectURL(oldUrl);
    }
    return url;
  }
}
