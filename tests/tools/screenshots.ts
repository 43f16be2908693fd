/**
 * `node tests/tools/screenshots.ts`: the README's screenshots, taken from the real UI in
 * Debian's Chromium on a copy of the demo workspace (so the demo itself is left as it was):
 * the review desk with a case open, an automatic finding and a deduction; full-text search;
 * the import dialog; the shortcut legend. Written to resources/screenshots/.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, 'resources', 'screenshots');
const demo = path.join(root, '.pingcha-dev', 'demo-workspace');
if (!fs.existsSync(path.join(demo, 'pingcha.sqlite'))) {
  throw new Error(`no demo workspace at ${demo}: run npm start once first`);
}
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-shots-'));
fs.cpSync(demo, workspace, { recursive: true });
fs.mkdirSync(out, { recursive: true });

const child = spawn(
  process.execPath,
  [path.join(root, 'electron', 'cli', 'bin.mjs'), 'serve', '--workspace', workspace, '--port', '0', '--json'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const launchUrl = await new Promise<string>((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    try {
      resolve((JSON.parse(text) as { launchUrl: string }).launchUrl);
    } catch {
      // not complete yet
    }
  });
  child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
});

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--lang=zh-CN'] });
try {
  const page = await browser.newPage({
    viewport: { width: 1680, height: 1000 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  await page.goto(launchUrl);
  // A general-procedure case with a failing automatic check.
  const rows = page.getByTestId('case-row');
  await rows.first().waitFor();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await rows.nth(i).click();
    await page.getByTestId('checklist-total').waitFor();
    const fails = await page.locator('[data-testid="item-finding"].finding-fail').count();
    const general = (await page.getByTestId('document-pane').textContent())?.includes('一般程序');
    if (fails > 0 && general) break;
  }
  await page.getByTestId('viewer-root').getAttribute('data-rendered-page');
  await page.locator('[data-testid="viewer-root"][data-rendered-page]').waitFor();
  // Open the table of contents, cite it on the first failing item and accept the finding.
  await page
    .getByTestId('viewer-outline')
    .locator('[data-document-id]')
    .filter({ hasText: '卷内目录' })
    .first()
    .click();
  await page.locator('[data-testid="viewer-root"][data-rendered-page]').waitFor();
  const failing = page
    .locator('[data-testid="checklist-item"]')
    .filter({ has: page.locator('[data-testid="item-finding"].finding-fail') })
    .first();
  await failing.locator('.checklist-item-head').click();
  await page.getByTestId('viewer-cite').click();
  await failing.getByTestId('item-evidence').first().waitFor();
  const accept = failing.getByTestId('finding-accept');
  if (await accept.count()) await accept.first().click();
  await page.locator('[data-testid="checklist-saved"][data-state="saved"]').waitFor();
  await failing.scrollIntoViewIfNeeded();
  // The case list picks up the new total once the burst of edits is stored.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'review-desk.png') });

  await page.getByTestId('search-input').fill('罚款');
  await page.getByTestId('search-hit').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'search.png') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+o');
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'import.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  fs.rmSync(workspace, { recursive: true, force: true });
}
