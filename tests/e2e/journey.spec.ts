/**
 * The reviewer's journey in browser mode, in Debian's Chromium: open a case, see a Chinese PDF
 * page rendered with its text layer, find a Chinese word, page with the keyboard, cite a page
 * and deduct, reload and see it kept; search; move through the list by keyboard. The workspace
 * is filled with the CLI beforehand (the UI import has its own spec, import.spec.ts), so every
 * test starts from the same cases even when Playwright restarts its worker after a failure.
 * Screenshots of each screen go to tests/artifacts/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateFixtures, type FixtureManifest } from '../fixtures/generate.ts';
import { artifactPath, importWithCli, startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;
let fixtures: FixtureManifest;

test.beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-fx-'));
  fixtures = await generateFixtures({
    count: 6,
    seed: 11,
    outDir: out,
    defectRate: 0.5,
    zipRate: 1,
    shapes: ['structured'],
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-'));
  importWithCli(
    workspace,
    fixtures.bundles.map((b) => b.path),
  );
  server = await startServe(workspace);
});
test.afterAll(async () => {
  await server?.stop();
});

/** Share of canvas pixels that are not (near) white: a rendered page has text and rules. */
async function inkRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer-root"] .canvasWrapper canvas');
    if (!canvas) return 0;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return ink / (data.length / 4);
  });
}

test('open, read, find, page, cite, deduct, reload', async ({ page }) => {
  const general = fixtures.bundles.find((b) => b.caseType === 'penalty' && b.procedure === 'general');
  expect(general, 'the seed yields a general-procedure case').toBeTruthy();

  await page.goto(server.launchUrl);
  await expect(page.getByTestId('case-row')).toHaveCount(fixtures.bundles.length);

  // Open the general-procedure case; its first PDF page renders with a Chinese text layer.
  await page.locator(`[data-testid="case-row"][data-case-number="${general!.caseNumber}"]`).click();
  const viewer = page.getByTestId('viewer-root');
  await expect(viewer).toHaveAttribute('data-rendered-page', /\d+/);
  await expect.poll(() => inkRatio(page)).toBeGreaterThan(0.002);
  await expect(viewer.locator('.textLayer').first()).toContainText(general!.caseNumber);
  await page.screenshot({ path: artifactPath('03-case-open.png') });

  // Find a two-character Chinese word of this document (its case number holds 执罚): every
  // occurrence on the page is highlighted and the count says how many there are.
  const pageText = (await viewer.locator('.textLayer').first().innerText()).replace(/\s+/g, '');
  const occurrences = pageText.split('执罚').length - 1;
  expect(occurrences).toBeGreaterThan(0);
  await viewer.locator('.pc-viewer-container').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+f');
  await page.getByTestId('viewer-find-input').fill('执罚');
  await expect(page.getByTestId('viewer-find-count')).toHaveText(/^第 1 \/ \d+ 处$/);
  const findTotal = Number((await page.getByTestId('viewer-find-count').textContent())!.match(/\/ (\d+)/)![1]);
  expect(findTotal).toBeGreaterThanOrEqual(occurrences);
  await expect(viewer.locator('.textLayer').first().locator('.highlight')).toHaveCount(occurrences);
  await page.keyboard.press('Enter');
  if (findTotal > 1) await expect(page.getByTestId('viewer-find-count')).toHaveText(`第 2 / ${findTotal} 处`);
  await page.screenshot({ path: artifactPath('04-find.png') });
  await page.keyboard.press('Escape');

  // Keyboard paging in a multi-page document (the inquiry record has two or more pages).
  await page.getByTestId('viewer-outline').getByText('询问笔录').first().click();
  await expect(page.getByTestId('viewer-page-input')).toHaveValue('1');
  await viewer.locator('.pc-viewer-container').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('viewer-page-input')).toHaveValue('2');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('viewer-page-input')).toHaveValue('1');

  // Cite this page on a checklist item and deduct; the change is saved within a second and
  // the live total drops by the option's points.
  await expect(page.getByTestId('checklist-total')).toBeVisible();
  const before = parseFloat((await page.getByTestId('checklist-total').textContent())!);
  const item = page
    .locator('[data-testid="checklist-item"]:not(.is-locked)')
    .filter({
      has: page.locator('[data-testid="item-deduction"][data-option-id]'),
    })
    .first();
  const itemId = (await item.getAttribute('data-item-id'))!;
  await item.locator('.checklist-item-head').click();
  await expect(item).toHaveClass(/is-current/);
  await page.getByTestId('viewer-cite').click();
  await expect(item.getByTestId('item-evidence')).toHaveCount(1);
  await expect(item.getByTestId('item-evidence')).toContainText('第 1 页');
  await item.getByTestId('item-deduction').first().click();
  await expect(item).toHaveAttribute('data-status', 'deducted');
  await expect(page.getByTestId('checklist-saved')).toHaveAttribute('data-state', 'saved');
  const total = (await page.getByTestId('checklist-total').textContent())!;
  expect(parseFloat(total)).toBeLessThan(before);
  await item.getByTestId('item-note').fill('立案审批表缺承办人意见');
  await expect(page.getByTestId('checklist-saved')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: artifactPath('05-cited-and-deducted.png') });

  // An automatic finding: override one with a reason, accept another (when the case has two).
  const fails = page.locator('[data-testid="item-finding"].finding-fail');
  const failCount = await fails.count();
  if (failCount > 0) {
    await fails.first().getByTestId('finding-override').click();
    await fails.first().getByTestId('finding-reason').fill('卷内另有补正材料');
    await fails.first().getByRole('button', { name: '确认推翻' }).click();
    await expect(fails.first().getByTestId('finding-decision')).toHaveAttribute('data-decision', 'overridden');
  }
  await page.screenshot({ path: artifactPath('05b-findings.png') });

  // Reload: the evaluation comes back as it was left.
  await page.reload();
  await page.locator(`[data-testid="case-row"][data-case-number="${general!.caseNumber}"]`).click();
  const again = page.locator(`[data-testid="checklist-item"][data-item-id="${itemId}"]`);
  await expect(again.getByTestId('item-evidence')).toHaveCount(1);
  await expect(again).toHaveAttribute('data-status', 'deducted');
  await expect(again.getByTestId('item-note')).toHaveValue('立案审批表缺承办人意见');
  await expect(page.getByTestId('checklist-total')).toHaveText(total);
  if (failCount > 0) {
    await expect(fails.first().getByTestId('finding-decision')).toHaveAttribute('data-decision', 'overridden');
  }
});

test('a failed save shows the error and keeps the change for the retry', async ({ page }) => {
  await page.goto(server.launchUrl);
  await page.getByTestId('case-row').nth(1).click();
  const item = page
    .locator('[data-testid="checklist-item"]:not(.is-locked)')
    .filter({ has: page.locator('[data-testid="item-deduction"][data-option-id]') })
    .first();
  await expect(item).toBeVisible();
  // The bridge refuses the next writes (as if the disk were full); reads still work.
  let failing = true;
  await page.route('**/api/evaluations:save-item', (route) =>
    failing
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'IO', message: '磁盘已满 / disk full' } }),
        })
      : route.continue(),
  );
  await item.getByTestId('item-ok').click();
  await expect(page.getByTestId('checklist-saved')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('checklist-saved')).toContainText('磁盘已满');
  await expect(item).toHaveAttribute('data-status', 'ok');
  failing = false;
  await page.getByTestId('checklist-retry').click();
  await expect(page.getByTestId('checklist-saved')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await page.getByTestId('case-row').nth(1).click();
  await expect(
    page.locator(`[data-testid="checklist-item"][data-item-id="${await item.getAttribute('data-item-id')}"]`),
  ).toHaveAttribute('data-status', 'ok');
});

test('the case list moves with the keyboard', async ({ page }) => {
  await page.goto(server.launchUrl);
  const rows = page.getByTestId('case-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().click();
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  // ↑/↓/Home/End move the cursor; Enter opens the case under it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const secondId = await rows.nth(1).getAttribute('data-case-id');
  await expect(page.getByTestId('document-pane')).toHaveAttribute('data-case-id', secondId!);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(rows.last()).toHaveAttribute('aria-selected', 'true');
});

test('full-text search shows hits with document and page, and opens them', async ({ page }) => {
  await page.goto(server.launchUrl);
  await page.getByTestId('search-input').fill('罚款');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first()).toHaveAttribute('data-page-no', /\d+/);
  await expect(page.getByTestId('search-hit-snippet').first()).toContainText('罚款');
  await page.screenshot({ path: artifactPath('06-search.png') });
  await hits.first().click();
  await expect(page.getByTestId('viewer-root')).toHaveAttribute('data-rendered-page', /\d+/);
});
