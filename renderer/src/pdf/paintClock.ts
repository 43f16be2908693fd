/**
 * Measures "asked for a page → that page is painted" for the instrumentation event
 * (`pingcha:page-rendered`) that the e2e tests and the benchmark listen to. A page that is
 * already painted when it becomes current (PDFViewer pre-renders the next page) counts as
 * painted on the next animation frame.
 */
export interface PaintReport {
  pageNo: number;
  ms: number;
  bytesMs?: number;
}

/** After a paint, the user is likely to flip again: keep background work off for a moment. */
const QUIET_MS = 250;

export class PaintClock {
  #expected: { pageNo: number; startedAt: number; bytesMs: number | undefined } | null = null;
  #frame = 0;
  #lastPaint = -Infinity;

  readonly #report: (painted: PaintReport) => void;
  readonly #isPainted: (pageNo: number) => boolean;

  constructor(report: (painted: PaintReport) => void, isPainted: (pageNo: number) => boolean) {
    this.#report = report;
    this.#isPainted = isPainted;
  }

  /** `bytesMs`: of the time measured, how much went into reading the file (first page only). */
  expect(pageNo: number, startedAt: number, bytesMs?: number): void {
    if (this.#expected?.pageNo === pageNo) return;
    this.#expected = { pageNo, startedAt, bytesMs };
    cancelAnimationFrame(this.#frame);
    if (this.#isPainted(pageNo)) {
      this.#frame = requestAnimationFrame(() => this.painted(pageNo));
    }
  }

  /** True while a page the user asked for is not painted yet, or was painted just now. */
  get busy(): boolean {
    return this.#expected !== null || performance.now() - this.#lastPaint < QUIET_MS;
  }

  painted(pageNo: number): void {
    const expected = this.#expected;
    if (!expected || expected.pageNo !== pageNo) return;
    this.#expected = null;
    this.#lastPaint = performance.now();
    const ms = Math.round((performance.now() - expected.startedAt) * 10) / 10;
    this.#report(expected.bytesMs === undefined ? { pageNo, ms } : { pageNo, ms, bytesMs: expected.bytesMs });
  }

  reset(): void {
    this.#expected = null;
    cancelAnimationFrame(this.#frame);
  }
}
