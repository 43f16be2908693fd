/**
 * Rows of one list query (cases, a campaign's drawn cases, rectification items), fetched in pages
 * of 200 as the list scrolls and kept in a bounded cache, so 100,000 rows never mean 100,000 rows
 * in memory. React reads it through `subscribe`/`getVersion` (useSyncExternalStore).
 */
import { isAbortError, toApiError, type ApiError } from '../api/errors.ts';

/** Fetches rows `offset … offset+limit` of the query and the query's total. */
export type PageFetcher<Row> = (
  offset: number,
  limit: number,
  signal: AbortSignal,
) => Promise<{ total: number; rows: readonly Row[] }>;

export const PAGE_SIZE = 200;
/** 40 pages = 8,000 rows: several screens either side of any scroll position. */
const MAX_PAGES = 40;
/** Scrollbar drags sweep through many pages; fetch only where the list comes to rest. */
const SETTLE_MS = 60;

export class PageCache<Row> {
  total: number | null = null;
  error: ApiError | null = null;

  private readonly pages = new Map<number, readonly Row[]>();
  private readonly inflight = new Map<number, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private controller: AbortController | null = null;
  private range = { first: 0, last: 0 };
  private timer: number | undefined;

  private readonly fetcher: PageFetcher<Row>;
  /** The row's identity (a case id, an item id): `indexOfKey` looks rows up by it. */
  private readonly keyOf: (row: Row) => number;

  constructor(fetcher: PageFetcher<Row>, keyOf: (row: Row) => number) {
    this.fetcher = fetcher;
    this.keyOf = keyOf;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Starts fetching; paired with `deactivate` in an effect (safe under StrictMode's re-run). */
  activate(): void {
    this.controller = new AbortController();
    this.ensureRange(this.range.first, this.range.last, true);
  }

  deactivate(): void {
    this.controller?.abort();
    this.controller = null;
    this.inflight.clear();
    window.clearTimeout(this.timer);
  }

  rowAt(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** The row at `index`, fetching its page first when needed. */
  async rowAtAsync(index: number): Promise<Row | undefined> {
    const page = Math.floor(index / PAGE_SIZE);
    if (!this.pages.has(page)) await this.fetchPage(page);
    return this.rowAt(index);
  }

  /** Where the row with this key sits in the rows fetched so far, or null. */
  indexOfKey(key: number): number | null {
    for (const [page, rows] of this.pages) {
      const at = rows.findIndex((row) => this.keyOf(row) === key);
      if (at >= 0) return page * PAGE_SIZE + at;
    }
    return null;
  }

  /** Asks for rows `first..last` (inclusive) to be present; fetches after the list settles. */
  ensureRange(first: number, last: number, immediately = false): void {
    this.range = { first: Math.max(0, first), last: Math.max(first, last) };
    window.clearTimeout(this.timer);
    if (immediately || this.total === null) this.fetchRange();
    else this.timer = window.setTimeout(() => this.fetchRange(), SETTLE_MS);
  }

  retry(): void {
    this.error = null;
    this.bump();
    this.ensureRange(this.range.first, this.range.last, true);
  }

  private fetchRange(): void {
    if (!this.controller) return;
    const firstPage = Math.floor(this.range.first / PAGE_SIZE);
    const lastPage = Math.floor(this.range.last / PAGE_SIZE);
    for (let page = firstPage; page <= lastPage; page += 1) {
      const rows = this.pages.get(page);
      if (rows) {
        // Touch: move to the end of the Map so eviction takes the least recently shown page.
        this.pages.delete(page);
        this.pages.set(page, rows);
      } else {
        void this.fetchPage(page);
      }
    }
  }

  private fetchPage(page: number): Promise<void> {
    const running = this.inflight.get(page);
    if (running) return running;
    const controller = this.controller;
    if (!controller) return Promise.resolve();
    const promise = this.fetcher(page * PAGE_SIZE, PAGE_SIZE, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        this.pages.set(page, result.rows);
        this.total = result.total;
        this.error = null;
        this.evict();
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted || isAbortError(err)) return;
        this.error = toApiError(err);
      })
      .finally(() => {
        if (this.inflight.get(page) === promise) this.inflight.delete(page);
        if (!controller.signal.aborted) this.bump();
      });
    this.inflight.set(page, promise);
    return promise;
  }

  private evict(): void {
    const keepFirst = Math.floor(this.range.first / PAGE_SIZE);
    const keepLast = Math.floor(this.range.last / PAGE_SIZE);
    for (const page of this.pages.keys()) {
      if (this.pages.size <= MAX_PAGES) break;
      if (page < keepFirst || page > keepLast) this.pages.delete(page);
    }
  }

  private bump(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
