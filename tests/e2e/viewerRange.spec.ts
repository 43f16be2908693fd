/**
 * Large PDFs open by range in browser mode: a 40-page scan (over the 4 MiB threshold, with a
 * text layer on page 37) paints page 1 from a few `documents:range` calls — never the whole
 * file — then a later page, finds a word on page 37 (pdf.js reads that page's text by range),
 * cites it, and comes back to it after a reload. A failed range read shows the viewer's read
 * error, and switching cases while a large PDF loads leaves nothing of it behind. A small PDF
 * still opens the simple way (one documents:content call). A page that is a plain scan shows
 * from its own JPEG while pdf.js is still loading, in the place pdf.js then paints it.
 *
 * Every read the page sends is recorded in the page (support/documentReads.ts), with a mark at
 * each document's first paint, so "before the first paint" is exact, not a matter of timing.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RANGE_THRESHOLD_BYTES } from '../../renderer/src/pdf/pdfSource.ts';
import { makeScannedPdf, makeScannedPdfWithText } from '../fixtures/generator/scanned.ts';
import { bytesAsked, documentReads, recordDocumentReads } from './support/documentReads.ts';
import { artifactPath, importWithCli, startServe, type ServeHandle } from './support/server.ts';

const LARGE = '津滨大沽执罚〔2025〕401号';
const SMALL = '津滨大沽执罚〔2025〕402号';
const PLAIN = '津滨大沽执罚〔2025〕403号';
const PAGES = 40;
const MARK_PAGE = 37;
const MARK = '骑楼外立面整改补正说明';

let server: ServeHandle;
let largeSize = 0;

function writeBundle(dir: string, caseNumber: string, pdf: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '01-案卷扫描件.pdf'), pdf);
  fs.writeFileSync(
    path.join(dir, 'case.json'),
    JSON.stringify({
      format: 'pingcha-case/1',
      caseNumber,
      caseType: 'penalty',
      procedure: 'general',
      agency: '天津市滨海新区人民政府大沽街道办事处',
      unit: '大沽街道综合执法大队',
      cause: '扫描案卷（按需读取测试）',
      party: { type: 'organization', name: '天津某某有限公司' },
      documents: [{ file: '01-案卷扫描件.pdf', type: 'other', title: '案卷扫描件' }],
    }),
  );
  return dir;
}

test.beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-range-'));
  const large = await makeScannedPdfWithText(PAGES, 2025, new Map([[MARK_PAGE - 1, MARK]]));
  largeSize = large.length;
  expect(largeSize, 'the scan is large enough to open by range').toBeGreaterThan(RANGE_THRESHOLD_BYTES);
  const small = await makeScannedPdf(2, 7);
  const plain = await makeScannedPdf(PAGES, 11);
  expect(plain.length, 'the plain scan is large enough to open by range').toBeGreaterThan(RANGE_THRESHOLD_BYTES);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-'));
  importWithCli(workspace, [
    writeBundle(path.join(out, 'large'), LARGE, large),
    writeBundle(path.join(out, 'small'), SMALL, small),
    writeBundle(path.join(out, 'plain'), PLAIN, plain),
  ]);
  server = await startServe(workspace);
});
test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordDocumentReads);
});

/** Share of non-white pixels on one page's canvas (a painted scan has text on grey paper). */
async function inkRatio(page: Page, pageNo: number): Promise<number> {
  return page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      `[data-testid="viewer-root"] .page[data-page-number="${n}"] .canvasWrapper canvas`,
    );
    if (!canvas || canvas.width === 0) return 0;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 160) ink++;
    return ink / (data.length / 4);
  }, pageNo);
}

/** A 24 × 34 grey-level picture of a canvas or an image, to compare two drawings of one page. */
async function signature(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement | HTMLImageElement>(sel);
    if (!canvas || (canvas instanceof HTMLImageElement ? canvas.naturalWidth : canvas.width) === 0) return [];
    const small = document.createElement('canvas');
    small.width = 24;
    small.height = 34;
    const ctx = small.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0, 24, 34);
    const data = ctx.getImageData(0, 0, 24, 34).data;
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 4) out.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
    return out;
  }, selector);
}

async function openCase(page: Page, caseNumber: string): Promise<void> {
  await page.locator(`[data-testid="case-row"][data-case-number="${caseNumber}"]`).click();
}

async function goToPage(page: Page, pageNo: number): Promise<void> {
  await page.getByTestId('viewer-page-input').fill(String(pageNo));
  await page.getByTestId('viewer-page-input').press('Enter');
}

test('a large scan paints page 1 from a few ranges, then a later page, never reading the whole file', async ({
  page,
}) => {
  await page.goto(server.launchUrl);
  await openCase(page, LARGE);
  const viewer = page.getByTestId('viewer-root');
  await expect(viewer).toHaveAttribute('data-rendered-page', '1');
  const documentId = Number(await viewer.getAttribute('data-document-id'));

  const atFirstPaint = await documentReads(page);
  const beforePaint = atFirstPaint.reads.slice(0, atFirstPaint.firstPaint[documentId]);
  expect(beforePaint.length).toBeGreaterThan(0);
  const caseId = Number(await page.getByTestId('document-pane').getAttribute('data-case-id'));
  // This document's, asked for by its id or, on the press of the case's row, by case.
  expect(
    beforePaint.every(
      (read) => read.op !== 'documents:content' && (read.documentId === documentId || read.caseId === caseId),
    ),
  ).toBe(true);
  // Well under the whole file: the head and tail, the page dictionaries, page 1 and the pages
  // read ahead after it (a 40-page file is small next to those windows).
  expect(bytesAsked(beforePaint)).toBeLessThan(largeSize / 2);
  await expect.poll(() => inkRatio(page, 1)).toBeGreaterThan(0.005);
  await expect(page.getByTestId('viewer-page-count')).toContainText(String(PAGES));

  await goToPage(page, 30);
  await expect(viewer).toHaveAttribute('data-rendered-page', '30');
  await expect.poll(() => inkRatio(page, 30)).toBeGreaterThan(0.005);
  const later = await documentReads(page);
  expect(later.reads.length).toBeGreaterThan(beforePaint.length);
  expect(later.reads.every((read) => read.op !== 'documents:content')).toBe(true);
  expect(bytesAsked(later.reads)).toBeLessThan(largeSize);
  // Thumbnails are drawn from ranges too, once the page is painted.
  await expect(page.getByTestId('viewer-thumbnails').locator('img').first()).toBeVisible();
});

test('find reaches a late page by range; its text is cited and its page remembered', async ({ page }) => {
  await page.goto(server.launchUrl);
  await openCase(page, LARGE);
  const viewer = page.getByTestId('viewer-root');
  await expect(viewer).toHaveAttribute('data-rendered-page', '1');

  await viewer.locator('.pc-viewer-container').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+f');
  await page.getByTestId('viewer-find-input').fill(MARK);
  await expect(page.getByTestId('viewer-find-count')).toHaveText('第 1 / 1 处');
  // The match is shown (pdf.js scrolls it into view; the page counted as current may be the
  // next one when that fills more of the pane).
  const markedPage = viewer.locator(`.page[data-page-number="${MARK_PAGE}"]`);
  await expect(markedPage.locator('.textLayer .highlight')).toHaveCount(1);
  await expect(markedPage.locator('.textLayer')).toContainText(MARK);
  await expect.poll(() => inkRatio(page, MARK_PAGE)).toBeGreaterThan(0.005);
  await page.keyboard.press('Escape');

  // Cite the page, with its text selected, on a checklist item.
  const item = page.locator('[data-testid="checklist-item"]:not(.is-locked)').first();
  await item.locator('.checklist-item-head').click();
  await expect(item).toHaveClass(/is-current/);
  await markedPage.locator('.textLayer').getByText(MARK).selectText();
  await page.getByTestId('viewer-cite').click();
  await expect(item.getByTestId('item-evidence')).toContainText(`第 ${MARK_PAGE} 页`);

  // The page is remembered: after a reload the document opens where the reviewer left it.
  const leftAt = await page.getByTestId('viewer-page-input').inputValue();
  expect(Number(leftAt)).toBeGreaterThanOrEqual(MARK_PAGE);
  await page.reload();
  await openCase(page, LARGE);
  await expect(viewer).toHaveAttribute('data-rendered-page', leftAt);
  await expect(page.getByTestId('viewer-page-input')).toHaveValue(leftAt);
  const reads = await documentReads(page);
  expect(reads.reads.every((read) => read.op !== 'documents:content')).toBe(true);
});

const refuse = (route: Route) =>
  route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({
      ok: false,
      error: { code: 'IO', message: '读写文件失败 / Reading or writing a file failed' },
    }),
  });

test('a failed range read shows the read error, at the first read or later', async ({ page }) => {
  await page.route('**/api/documents:range', refuse);
  await page.goto(server.launchUrl);
  await openCase(page, LARGE);
  const alert = page.getByTestId('viewer-root').getByRole('alert');
  await expect(alert).toContainText('文书内容读取失败');
  await expect(alert).toContainText('读写文件失败');

  // Reads work again and the document opens; then reads of the file's second half fail (the
  // pages near page 1 that the thumbnails still fetch lie in its first half), and moving to
  // page 25 needs one.
  await page.unroute('**/api/documents:range');
  await page.reload();
  await openCase(page, LARGE);
  await expect(page.getByTestId('viewer-root')).toHaveAttribute('data-rendered-page', '1');
  await page.route('**/api/documents:range', (route) => {
    const { ranges } = route.request().postDataJSON() as { ranges: { begin: number }[] };
    const inSecondHalf = ranges.some((r) => r.begin > largeSize / 2 && r.begin < largeSize * 0.95);
    return inSecondHalf ? refuse(route) : route.continue();
  });
  await goToPage(page, 25);
  await expect(alert).toContainText('文书内容读取失败');
});

test('switching cases while a large PDF loads leaves nothing of it behind; a small PDF is read whole', async ({
  page,
}) => {
  // Hold every range read until the other case has been opened and painted.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const settled: Promise<void>[] = [];
  await page.route('**/api/documents:range', (route) => {
    settled.push(held.then(() => route.continue().catch(() => undefined)));
  });
  await page.goto(server.launchUrl);
  await openCase(page, LARGE);
  // Its reads by document id (the press also asks for its first page's JPEG by case).
  const byId = async () => (await documentReads(page)).reads.filter((read) => read.documentId !== null);
  await expect.poll(async () => (await byId()).length).toBeGreaterThan(0);
  const largeId = (await byId())[0]!.documentId!;

  await openCase(page, SMALL);
  const viewer = page.getByTestId('viewer-root');
  await expect(viewer).toHaveAttribute('data-rendered-page', '1');
  const smallId = Number(await viewer.getAttribute('data-document-id'));
  expect(smallId).not.toBe(largeId);

  release();
  await Promise.all(settled);
  const log = await documentReads(page);
  const smallReads = log.reads.filter((read) => read.documentId === smallId);
  expect(smallReads).toEqual([{ op: 'documents:content', documentId: smallId, ranges: null }]);
  // Nothing of the large document was asked for once the small one was shown …
  expect(log.reads.slice(log.firstPaint[smallId]).filter((read) => read.documentId === largeId)).toEqual([]);
  // … and nothing of it was painted: the viewer still shows the small document.
  expect(log.firstPaint[largeId]).toBeUndefined();
  await expect(viewer).toHaveAttribute('data-document-id', String(smallId));
  await expect(page.getByTestId('viewer-page-count')).toContainText('2');
});

test('the side panels fold away with B and the ☰ button, stay folded after a reload, and give the page their room', async ({
  page,
}) => {
  const pageWidth = async () =>
    (await page.locator('[data-testid="viewer-root"] .page[data-page-number="1"]').boundingBox())?.width ?? 0;
  await page.goto(server.launchUrl);
  await openCase(page, LARGE);
  await expect(page.getByTestId('viewer-root')).toHaveAttribute('data-rendered-page', '1');
  await expect(page.getByTestId('viewer-outline').locator('.pc-viewer-outline-pages')).toHaveText(`${PAGES} 页`);
  await expect(page.getByTestId('viewer-thumbnails')).toBeVisible();
  const before = await pageWidth();

  await page.locator('.pc-viewer-container').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('b');
  await expect(page.getByTestId('viewer-outline')).toHaveCount(0);
  await expect(page.getByTestId('viewer-thumbnails')).toHaveCount(0);
  // Fitted to the width, the page takes the room the panels left.
  await expect.poll(pageWidth).toBeGreaterThan(before + 200);

  await page.reload();
  await openCase(page, LARGE);
  await expect(page.getByTestId('viewer-root')).toHaveAttribute('data-rendered-page', /\d+/);
  await expect(page.getByTestId('viewer-outline')).toHaveCount(0);
  await expect(page.getByTestId('viewer-thumbnails')).toHaveCount(0);

  await page.getByTestId('viewer-side-panel-toggle').click();
  await expect(page.getByTestId('viewer-outline')).toBeVisible();
  await expect(page.getByTestId('viewer-thumbnails')).toBeVisible();
  await page.getByTestId('viewer-thumbnails-toggle').click();
  await expect(page.getByTestId('viewer-thumbnails')).toHaveCount(0);
  await expect(page.getByTestId('viewer-outline')).toBeVisible();
});

test('a plain scan shows its page from the JPEG while pdf.js loads, then pdf.js paints it in the same place', async ({
  page,
}) => {
  // Range reads held: pdf.js cannot start, while the page's JPEG (documents:page-image) can come.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/documents:range', (route) => held.then(() => route.continue().catch(() => undefined)));
  await page.addInitScript(() => {
    const w = window as unknown as { __previewed: unknown[] };
    w.__previewed = [];
    window.addEventListener('pingcha:page-previewed', (e) => w.__previewed.push((e as CustomEvent).detail));
  });
  await page.goto(server.launchUrl);
  await openCase(page, PLAIN);
  const viewer = page.getByTestId('viewer-root');
  const preview = page.getByTestId('scan-preview');
  await expect(preview.locator('img')).toBeVisible();
  const previewSignature = await signature(page, '[data-testid="scan-preview"] img');
  const ink = previewSignature.filter((grey) => grey < 200).length / previewSignature.length;
  expect(ink, 'the preview shows the scanned page, not a blank').toBeGreaterThan(0.02);
  const previewBox = (await preview.locator('.page').boundingBox())!;
  await page.screenshot({ path: artifactPath('viewer-scan-preview.png') });
  expect(await viewer.getAttribute('data-rendered-page')).toBeNull();
  const previewed = await page.evaluate(() => (window as unknown as { __previewed: unknown[] }).__previewed);
  const documentId = Number(await viewer.getAttribute('data-document-id'));
  expect(previewed).toEqual([
    { documentId, pageNo: 1, ms: expect.any(Number) as unknown, at: expect.any(Number) as unknown },
  ]);
  const reads = await documentReads(page);
  const images = reads.reads.filter((read) => read.op === 'documents:page-image');
  // Asked for by case on the press of the row, and that reply is the one shown (not asked again).
  const caseId = Number(await page.getByTestId('document-pane').getAttribute('data-case-id'));
  expect(images.map((read) => [read.caseId, read.documentId])).toEqual([[caseId, null]]);
  const image = images[0];
  expect(image?.bytes, 'one JPEG, a fraction of the file').toBeGreaterThan(10_000);
  expect(image!.bytes!).toBeLessThan(1_000_000);

  release();
  await expect(viewer).toHaveAttribute('data-rendered-page', '1');
  await expect(preview).toHaveCount(0);
  const pageOne = viewer.locator('.page[data-page-number="1"]');
  const box = (await pageOne.boundingBox())!;
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(box[key] - previewBox[key]), `pdf.js's page ${key} where the preview was`).toBeLessThanOrEqual(2);
  }
  // The same picture: pdf.js's canvas and the preview agree, pixel block by pixel block.
  await page.screenshot({ path: artifactPath('viewer-scan-painted.png') });
  const painted = await signature(
    page,
    '[data-testid="viewer-root"] .page[data-page-number="1"] .canvasWrapper canvas',
  );
  expect(painted).toHaveLength(previewSignature.length);
  const difference = painted.reduce((sum, grey, i) => sum + Math.abs(grey - previewSignature[i]!), 0) / painted.length;
  expect(difference).toBeLessThan(12);
});

test("a scan's JPEG that comes after pdf.js has painted the page is not shown over it", async ({ page }) => {
  // The JPEG held until pdf.js has painted page 1 (pdf.js waits a moment for it, then starts).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/api/documents:page-image', (route) => {
    asked += 1;
    return held.then(() => route.continue().catch(() => undefined));
  });
  await page.goto(server.launchUrl);
  await openCase(page, PLAIN);
  const viewer = page.getByTestId('viewer-root');
  await expect(viewer).toHaveAttribute('data-rendered-page', '1');
  expect(asked).toBe(1);
  release();
  // The JPEG arrives and is decoded (a few frames), and stays off screen.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('scan-preview')).toHaveCount(0);
  await expect.poll(() => inkRatio(page, 1)).toBeGreaterThan(0.005);
});

test("the checklist is opened after the case's first page is on screen, and after a moment without it", async ({
  page,
}) => {
  // Every read of the document held: no page can be shown, from its JPEG or by pdf.js.
  await page.route('**/api/documents:*', () => new Promise<void>(() => undefined));
  await page.addInitScript(() => {
    const w = window as unknown as { __calls: { op: string; at: number; done?: number }[] };
    w.__calls = [];
    const fetch = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const call = { op: url.replace(/^.*\/api\//, ''), at: performance.now() } as (typeof w.__calls)[number];
      w.__calls.push(call);
      const response = await fetch(input, init);
      call.done = performance.now();
      return response;
    };
  });
  await page.goto(server.launchUrl);
  await openCase(page, PLAIN);
  // The checklist is not held back for ever: it opens the evaluation and shows its items.
  await expect(page.getByTestId('checklist-category').first()).toBeVisible();
  const calls = await page.evaluate(
    () => (window as unknown as { __calls: { op: string; at: number; done?: number }[] }).__calls,
  );
  const caseRead = calls.find((c) => c.op === 'cases:get' && c.done !== undefined)!;
  const opened = calls.find((c) => c.op === 'evaluations:open')!;
  expect(caseRead, 'the case was read').toBeDefined();
  // Not before the wait for the page ran out (a timer never fires early).
  expect(opened.at - caseRead.done!).toBeGreaterThanOrEqual(350);
  await expect(page.getByTestId('viewer-root')).not.toHaveAttribute('data-rendered-page', /./);
});
