/**
 * pdf.js's viewer components wired for one viewer container, the way
 * mozilla/pdf.js:examples/components/simpleviewer.mjs does it (EventBus, PDFLinkService,
 * PDFFindController, PDFViewer), minus the scripting manager. It holds at most one open
 * document: opening another closes the previous one (its renders are cancelled and its
 * loading task destroyed), so memory stays bounded by PDFViewer's own page buffer.
 * React reads it through `subscribe`/`getSnapshot` (useSyncExternalStore).
 *
 * The session exists before its pages have a place on screen: `open` may start loading while
 * the pane is still being mounted (pdf.js parses in its worker meanwhile), and `attach` gives
 * it the container, where the document is shown as soon as both are there. Building the
 * PDFViewer and the React pass that follows it no longer delay the first read.
 */
// pdfjs.ts must come first: it evaluates pdfjs-dist, which defines the `globalThis.pdfjsLib`
// that pdf_viewer.mjs reads when it is evaluated.
import { classifyPdfError, loadDocument, prewarmPdfWorker } from './pdfjs.ts';
import type { PdfErrorKind, PdfLoad } from './pdfjs.ts';
import type { PdfSource } from './pdfSource.ts';
import { AnnotationEditorType, AnnotationMode } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import {
  EventBus,
  FindState,
  LinkTarget,
  PDFFindController,
  PDFLinkService,
  PDFViewer,
  RenderingStates,
} from 'pdfjs-dist/web/pdf_viewer.mjs';
import { PaintClock } from './paintClock.ts';
import { ThumbnailRenderer } from './thumbnails.ts';

/** CSS width of a thumbnail picture (ThumbnailStrip lays them out at this width). */
export const THUMBNAIL_WIDTH = 96;

import type { ScaleValue } from './scale.ts';
export type { ScaleValue } from './scale.ts';

export type FindStatus = 'idle' | 'pending' | 'found' | 'notFound' | 'wrapped';

/** What went wrong: pdf.js's verdict on the file, or `load` when its bytes could not be read. */
export type ViewerErrorKind = PdfErrorKind | 'load';

export interface PdfViewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  errorKind: ViewerErrorKind | null;
  errorMessage: string | null;
  pageNo: number;
  pageCount: number;
  scale: number;
  scaleValue: ScaleValue;
  rotation: number;
  /** Width / height of the first page, for thumbnail placeholders. */
  pageAspect: number;
  /** Page pictures for the open document (null while none is open). */
  thumbnails: ThumbnailRenderer | null;
  find: { query: string; current: number; total: number; status: FindStatus };
}

export interface OpenOptions {
  pageNo: number;
  scaleValue: ScaleValue;
  rotation: number;
  /** Text to find and highlight once the document is shown (a search hit). */
  highlight?: string | undefined;
  /** `performance.now()` when the user asked for the document: the start of the paint clock. */
  startedAt: number;
  /**
   * How long reading the bytes pdf.js starts from took — the whole file, or the first chunk of
   * a range-loaded one (part of the first paint's time, reported apart).
   */
  bytesMs?: number | undefined;
}

const IDLE_FIND = { query: '', current: 0, total: 0, status: 'idle' as FindStatus };

const INITIAL_STATE: PdfViewState = {
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
  find: IDLE_FIND,
};

/**
 * Caps each page canvas at 16 MP (pdf.js's default is 32 MP): PDFViewer keeps up to ten page
 * canvases, and above this size it draws a detail canvas of the visible part instead.
 */
const MAX_CANVAS_PIXELS = 2 ** 24;

function findStatus(state: number): FindStatus {
  if (state === FindState.FOUND) return 'found';
  if (state === FindState.NOT_FOUND) return 'notFound';
  if (state === FindState.WRAPPED) return 'wrapped';
  return 'pending';
}

export type { PaintReport as PaintedPage } from './paintClock.ts';
import type { PaintReport } from './paintClock.ts';

export class PdfSession {
  readonly #eventBus = new EventBus();
  readonly #linkService: PDFLinkService;
  readonly #findController: PDFFindController;
  /** Where the pages go (see `attach`), and their viewer once a document has been shown there. */
  #place: { container: HTMLDivElement; pages: HTMLDivElement } | null = null;
  #viewer: PDFViewer | null = null;
  readonly #listeners = new Set<() => void>();
  readonly #clock: PaintClock;
  #state: PdfViewState = INITIAL_STATE;
  #load: PdfLoad | null = null;
  #document: PDFDocumentProxy | null = null;
  #pending: OpenOptions | null = null;
  #resizeObserver: ResizeObserver | null = null;
  #resizeFrame = 0;

  constructor(onPainted: (page: PaintReport) => void) {
    prewarmPdfWorker();
    this.#linkService = new PDFLinkService({ eventBus: this.#eventBus, externalLinkTarget: LinkTarget.NONE });
    // Links to the web are shown but inert (href removed, click cancelled); links inside the
    // document still move between pages.
    this.#linkService.externalLinkEnabled = false;
    this.#findController = new PDFFindController({ eventBus: this.#eventBus, linkService: this.#linkService });
    this.#clock = new PaintClock(
      (page) => {
        // Thumbnails wait for the first painted page so that they never delay it.
        this.#state.thumbnails?.start();
        onPainted(page);
      },
      (pageNo) => this.#isPainted(pageNo),
    );
    this.#listen();
  }

  /**
   * Gives the session its container (an absolutely positioned, scrolling div) and the div for
   * the pages inside it; shows the open document there if one is loaded. The returned function
   * takes them back. A container is used once: PDFViewer can be neither moved nor destroyed.
   */
  attach(container: HTMLDivElement, pages: HTMLDivElement): () => void {
    this.#detach();
    const place = { container, pages };
    this.#place = place;
    // PDFViewer does not refit on resize (pdf.js's app does it on "resize"); a fitted zoom
    // must follow the pane when the outline, the thumbnails or the window change size.
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        const value = this.#state.scaleValue;
        const viewer = this.#viewer;
        if (this.#document && viewer && this.#place === place && typeof value === 'string') {
          viewer.currentScaleValue = value;
        }
      });
    });
    observer.observe(container);
    this.#resizeObserver = observer;
    if (this.#document) this.#show(this.#document);
    return () => {
      if (this.#place === place) this.#detach();
    };
  }

  /**
   * The pages' viewer for the attached place, built when a document is first shown there rather
   * than at attach: building it takes tens of milliseconds of the main thread, which the pane's
   * first moments (a scan's preview, the case's screen) need more.
   */
  #viewerHere(): PDFViewer | null {
    const place = this.#place;
    if (!place) return null;
    if (this.#viewer) return this.#viewer;
    const viewer = new PDFViewer({
      container: place.container,
      viewer: place.pages,
      eventBus: this.#eventBus,
      linkService: this.#linkService,
      findController: this.#findController,
      annotationMode: AnnotationMode.ENABLE,
      annotationEditorMode: AnnotationEditorType.DISABLE,
      enableAutoLinking: false,
      maxCanvasPixels: MAX_CANVAS_PIXELS,
    });
    this.#viewer = viewer;
    this.#linkService.setViewer(viewer);
    return viewer;
  }

  #detach(): void {
    const viewer = this.#viewer;
    this.#place = null;
    this.#viewer = null;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    cancelAnimationFrame(this.#resizeFrame);
    // Cancels its renders and drops its page views; the document stays open for the next one.
    if (viewer?.pdfDocument) viewer.setDocument(null as unknown as PDFDocumentProxy);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): PdfViewState => this.#state;

  get document(): PDFDocumentProxy | null {
    return this.#document;
  }

  /** Opens a document, closing the previous one; nothing happens once `signal` is aborted. */
  async open(source: PdfSource, options: OpenOptions, signal?: AbortSignal): Promise<void> {
    await this.close();
    if (signal?.aborted) return;
    const load: PdfLoad = loadDocument(source, (error) => this.#rangeFailed(load, error));
    this.#load = load;
    this.#set({ ...INITIAL_STATE, status: 'loading', scaleValue: options.scaleValue, rotation: options.rotation });
    let document: PDFDocumentProxy;
    try {
      document = await load.promise;
    } catch (error) {
      if (this.#load !== load) return;
      this.#failed(error);
      return;
    }
    if (this.#load !== load) return;
    this.#document = document;
    this.#pending = options;
    this.#clock.expect(Math.min(Math.max(1, options.pageNo), document.numPages), options.startedAt, options.bytesMs);
    this.#show(document);
  }

  /** Puts the loaded document in the viewer, when there is one (else `attach` will). */
  #show(document: PDFDocumentProxy): void {
    const viewer = this.#viewerHere();
    if (!viewer) return;
    viewer.setDocument(document);
    this.#linkService.setDocument(document, null);
    // A file whose catalogue parses but whose pages do not (fuzzed files) makes PDFViewer log
    // "Unable to initialize viewer" and stop: without this the pane would wait forever.
    (viewer.pagesPromise as Promise<unknown>).catch((error: unknown) => {
      if (this.#document !== document || this.#viewer !== viewer) return;
      this.#failed(error, 'invalid');
    });
  }

  /** Shows an error that happened before pdf.js saw the document (reading its bytes). */
  fail(error: unknown): void {
    this.#failed(error, 'load');
  }

  /**
   * A range request failed: pdf.js would wait for it forever, so the load is given up (its
   * other requests are cancelled) and the pane shows the read error.
   */
  #rangeFailed(load: PdfLoad, error: unknown): void {
    if (this.#load !== load) return;
    void this.close();
    this.#failed(error, 'load');
  }

  async close(): Promise<void> {
    const load = this.#load;
    this.#load = null;
    this.#document = null;
    this.#pending = null;
    this.#clock.reset();
    this.#state.thumbnails?.destroy();
    if (this.#viewer?.pdfDocument) {
      // Cancels in-flight renders and drops every page view before the worker lets go.
      this.#viewer.setDocument(null as unknown as PDFDocumentProxy);
      this.#linkService.setDocument(null, null);
    }
    this.#set(INITIAL_STATE);
    await load?.destroy();
  }

  /** The viewer, when it shows the open document. */
  get #shown(): PDFViewer | null {
    const viewer = this.#viewer;
    return viewer && this.#document && viewer.pdfDocument === this.#document ? viewer : null;
  }

  goToPage(pageNo: number): void {
    const viewer = this.#shown;
    if (!viewer || !this.#document) return;
    const target = Math.min(Math.max(1, Math.round(pageNo)), this.#document.numPages);
    if (target === viewer.currentPageNumber) {
      viewer.scrollPageIntoView({ pageNumber: target });
      return;
    }
    viewer.currentPageNumber = target;
  }

  zoomIn(): void {
    this.#shown?.increaseScale();
  }

  zoomOut(): void {
    this.#shown?.decreaseScale();
  }

  setScale(value: ScaleValue): void {
    const viewer = this.#shown;
    if (viewer) viewer.currentScaleValue = String(value);
  }

  rotate(): void {
    const viewer = this.#shown;
    if (viewer) viewer.pagesRotation = (viewer.pagesRotation + 90) % 360;
  }

  find(query: string, options: { again?: boolean; previous?: boolean } = {}): void {
    this.#set({ ...this.#state, find: { ...this.#state.find, query } });
    if (!query) {
      this.closeFind();
      return;
    }
    this.#eventBus.dispatch('find', {
      source: this,
      type: options.again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: options.previous === true,
      matchDiacritics: false,
    });
  }

  closeFind(): void {
    this.#eventBus.dispatch('findbarclose', { source: this });
    this.#set({ ...this.#state, find: IDLE_FIND });
  }

  #isPainted(pageNo: number): boolean {
    const view = this.#viewer?.getPageView(pageNo - 1) as { renderingState?: number } | undefined;
    return view?.renderingState === RenderingStates.FINISHED;
  }

  #listen(): void {
    const bus = this.#eventBus;
    bus.on('pagesinit', () => {
      const options = this.#pending;
      const document = this.#document;
      const viewer = this.#shown;
      if (!options || !document || !viewer) return;
      viewer.currentScaleValue = String(options.scaleValue);
      viewer.pagesRotation = options.rotation;
      const pageNo = Math.min(Math.max(1, options.pageNo), document.numPages);
      if (pageNo !== viewer.currentPageNumber) viewer.currentPageNumber = pageNo;
      const firstPage = viewer.getPageView(0) as { pdfPage?: PDFPageProxy } | undefined;
      const size = firstPage?.pdfPage?.getViewport({ scale: 1 });
      this.#state.thumbnails?.destroy();
      this.#set({
        ...this.#state,
        status: 'ready',
        pageNo: viewer.currentPageNumber,
        pageCount: document.numPages,
        scale: viewer.currentScale,
        rotation: viewer.pagesRotation,
        pageAspect: size && size.height > 0 ? size.width / size.height : INITIAL_STATE.pageAspect,
        thumbnails: new ThumbnailRenderer(document, THUMBNAIL_WIDTH, () => this.#clock.busy),
      });
      if (options.highlight) this.find(options.highlight);
    });
    bus.on('pagechanging', (event: { pageNumber: number }) => {
      if (!this.#document) return;
      this.#clock.expect(event.pageNumber, performance.now());
      this.#set({ ...this.#state, pageNo: event.pageNumber });
    });
    bus.on('pagerendered', (event: { pageNumber: number; isDetailView?: boolean; error?: unknown }) => {
      if (!event.isDetailView) this.#clock.painted(event.pageNumber);
    });
    bus.on('scalechanging', (event: { scale: number; presetValue?: string }) => {
      const preset = event.presetValue;
      const scaleValue: ScaleValue = preset === 'page-width' || preset === 'page-fit' ? preset : event.scale;
      this.#set({ ...this.#state, scale: event.scale, scaleValue });
    });
    bus.on('rotationchanging', (event: { pagesRotation: number }) => {
      this.#set({ ...this.#state, rotation: event.pagesRotation });
    });
    bus.on('updatefindmatchescount', (event: { matchesCount: { current: number; total: number } }) => {
      this.#set({ ...this.#state, find: { ...this.#state.find, ...event.matchesCount } });
    });
    bus.on(
      'updatefindcontrolstate',
      (event: { state: number; matchesCount: { current: number; total: number }; rawQuery: string | null }) => {
        if (this.#state.find.query === '') return;
        this.#set({
          ...this.#state,
          find: { ...this.#state.find, ...event.matchesCount, status: findStatus(event.state) },
        });
      },
    );
  }

  #failed(error: unknown, fallback?: ViewerErrorKind): void {
    const message = error instanceof Error ? error.message : String(error);
    const kind = classifyPdfError(error);
    this.#set({
      ...INITIAL_STATE,
      status: 'error',
      errorKind: kind === 'unknown' && fallback ? fallback : kind,
      errorMessage: message,
    });
  }

  #set(state: PdfViewState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
