/**
 * `node tests/tools/screenshots.ts [--viewport 1440x900] [--out DIR] [--only settings] [--states]`: the README's
 * screenshots, taken from the real UI in Debian's Chromium on a copy of the demo workspace (so
 * the demo itself is left as it was): the review desk with a case open, an automatic finding
 * and a deduction; full-text search; the import dialog; the demo campaign and its 抽样记录; the
 * rectification board on its overdue item; the dashboard; a 复核 in progress on the desk; the
 * settings' standards viewer, region profile and holiday calendar.
 * Written to resources/screenshots/ unless --out says otherwise (e.g. to check the layout at
 * 1280x720 without touching the README's pictures). --only settings takes the settings alone;
 * --states adds the settings' dialogs with refused input (settings-state-*.png), for checking
 * the layout rather than for the README.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    viewport: { type: 'string', default: '1440x900' },
    out: { type: 'string' },
    only: { type: 'string' },
    states: { type: 'boolean', default: false },
  },
});
const size = /^(\d+)x(\d+)$/.exec(args.viewport);
if (!size) throw new Error(`--viewport WIDTHxHEIGHT, not ${args.viewport}`);
if (args.only !== undefined && args.only !== 'settings') throw new Error(`--only settings, not ${args.only}`);
const viewport = { width: Number(size[1]), height: Number(size[2]) };
const out = path.resolve(args.out ?? path.join(root, 'resources', 'screenshots'));
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
      // serve may say first that it builds the renderer; its JSON comes last.
      resolve((JSON.parse(text.slice(text.indexOf('{'))) as { launchUrl: string }).launchUrl);
    } catch {
      // not complete yet
    }
  });
  child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
});

// On Linux Chromium takes its UI language, which date inputs follow, from LANGUAGE.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--lang=zh-CN'],
  env: { ...process.env, LANGUAGE: 'zh_CN' },
});
try {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  await page.goto(launchUrl);
  await page.getByTestId('app-header').waitFor();
  if (args.only !== 'settings') await everyView(page);
  await settings(page);
  if (args.states) await settingsStates(page);
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  fs.rmSync(workspace, { recursive: true, force: true });
}

/** The desk, search, import, campaign, rectification board, dashboard and a 复核. */
async function everyView(page: Page) {
  // A general-procedure case with a failing automatic check, still open for scoring.
  const rows = page.getByTestId('case-row');
  await rows.first().waitFor();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await rows.nth(i).click();
    await page.getByTestId('checklist-total').waitFor();
    const fails = await page.locator('[data-testid="item-finding"].finding-fail').count();
    const general = (await page.getByTestId('document-pane').textContent())?.includes('一般程序');
    const open = (await page.getByTestId('checklist-locked').count()) === 0;
    if (fails > 0 && general && open) break;
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
  await page.getByTestId('search-input').fill('');

  await page.keyboard.press('Control+o');
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'import.png') });
  await page.keyboard.press('Escape');

  await campaignScreens(page);
  await rectificationBoard(page);
  await dashboard(page);
  await reviewInProgress(page);
}

/** The demo campaign's overview and its 抽样记录. */
async function campaignScreens(page: Page) {
  await page.keyboard.press('Alt+2');
  await page.getByTestId('campaign-heading').waitFor();
  await page.getByTestId('campaign-tab-overview').click();
  await page.getByTestId('campaign-progress').waitFor();
  await page.screenshot({ path: path.join(out, 'campaign.png') });
  await page.getByTestId('campaign-record').click();
  await page.getByTestId('record-seed').waitFor();
  await page.screenshot({ path: path.join(out, 'draw-record.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('draw-record-dialog').waitFor({ state: 'hidden' });
}

/** The rectification board filtered to its overdue items, the first one open. */
async function rectificationBoard(page: Page) {
  await page.keyboard.press('Alt+3');
  await page.getByTestId('rectification-board').waitFor();
  await page.locator('[data-testid="rect-count-overdue"]:not([data-value=""])').waitFor();
  await page.getByTestId('rect-count-overdue').click();
  await page.getByTestId('rect-row').first().click();
  await page.locator('[data-testid="rect-detail"][data-status="overdue"]').waitFor();
  await page.getByTestId('rect-timeline').waitFor();
  await page.screenshot({ path: path.join(out, 'rectifications.png') });
}

async function dashboard(page: Page) {
  await page.keyboard.press('Alt+4');
  await page.getByTestId('campaign-stats').waitFor();
  await page.getByTestId('trend').waitFor();
  await page.screenshot({ path: path.join(out, 'dashboard.png') });
}

/** A submitted case of the campaign under 复核: one result changed, its reason being written. */
async function reviewInProgress(page: Page) {
  await page.keyboard.press('Alt+2');
  await page.getByTestId('campaign-tab-cases').click();
  await page.locator('[data-testid="campaign-case-row"][data-status="submitted"]').first().dblclick();
  await page.getByTestId('evaluation-open-desk').click();
  // The demo's legal office has two reviewers: the one who did not evaluate this case reviews it.
  const evaluatedBy = await page.getByTestId('checklist-reviewer').inputValue();
  await page.getByTestId('review-start').click();
  await page.getByTestId('review-reviewer').fill(evaluatedBy === '何立新' ? '周敏' : '何立新');
  await page.getByTestId('review-start-form').locator('button[type="submit"]').click();
  const itemId = await page
    .locator('[data-testid="checklist-item"][data-status="ok"]')
    .filter({ has: page.locator('[data-testid="item-deduction"][data-option-id]') })
    .first()
    .getAttribute('data-item-id');
  const passed = page.locator(`[data-testid="checklist-item"][data-item-id="${itemId}"]`);
  await passed.locator('.checklist-item-head').click();
  await passed.getByTestId('item-deduction').first().click();
  await passed.getByTestId('review-reason').fill('询问笔录未载明告知当事人陈述申辩权利');
  await passed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, 'review.png') });
}

/** 设置: the general-procedure standard in the viewer, Tianjin's profile, the holiday calendar. */
async function settings(page: Page) {
  await page.keyboard.press('Alt+5');
  await page.getByTestId('settings-tab-standards').click();
  await page.locator('[data-testid="template-option"][data-key="general-penalty@1.0.0"]').click();
  await page
    .locator('[data-testid="template-viewer"][data-key="general-penalty@1.0.0"] [data-testid="template-vetoes"]')
    .waitFor();
  await page.screenshot({ path: path.join(out, 'settings-standards.png') });
  await page.getByTestId('settings-tab-profiles').click();
  await page.locator('[data-testid="profile-option"][data-profile="tianjin"]').click();
  await page
    .locator('[data-testid="profile-detail"][data-profile="tianjin"]')
    .getByTestId('assumed-badge')
    .first()
    .waitFor();
  await page.screenshot({ path: path.join(out, 'settings-profiles.png') });
  await page.getByTestId('settings-tab-calendar').click();
  await page.locator('[data-testid="calendar-year"][data-covered]').waitFor();
  await page.screenshot({ path: path.join(out, 'settings-calendar.png') });
}

/** The settings' dialogs with refused input: nothing is saved, the workspace copy is left as it was. */
async function settingsStates(page: Page) {
  const shot = (name: string) => page.screenshot({ path: path.join(out, `settings-state-${name}.png`) });
  const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const general = fs.readFileSync(path.join(root, 'resources', 'checklists', 'general-penalty.json'), 'utf8');

  await page.getByTestId('settings-tab-standards').click();
  await page.getByTestId('template-import-open').click();
  const standard = page.getByTestId('template-import-dialog');
  const broken = JSON.parse(general) as { version: string; grades: { tiers: { min: unknown }[] } };
  broken.version = 'one';
  broken.grades.tiers[0]!.min = 'ninety';
  await standard
    .getByTestId('template-import-input')
    .setInputFiles(json('本所标准（有误）.json', JSON.stringify(broken)));
  await standard.getByTestId('template-import-errors').waitFor();
  await shot('standard-invalid');
  const clash = { ...(JSON.parse(general) as object), name: '改了名称的标准' };
  await standard.getByTestId('template-import-input').setInputFiles(json('冲突.json', JSON.stringify(clash)));
  await standard.locator('[data-testid="template-import-preview"][data-outcome="version_conflict"]').waitFor();
  await shot('standard-clash');
  await page.keyboard.press('Escape');

  await page.getByTestId('settings-tab-profiles').click();
  await page.getByTestId('profile-import-open').click();
  const importing = page.getByTestId('profile-import-dialog');
  await importing
    .getByTestId('profile-import-input')
    .setInputFiles(json('西青.json', '{ "format": "pingcha-profile/1", "id": '));
  await importing.getByTestId('profile-import-confirm').click();
  await importing.getByTestId('profile-import-errors').waitFor();
  await shot('profile-import-invalid');
  await page.keyboard.press('Escape');
  await page.getByTestId('profile-edit').click();
  const form = page.getByTestId('profile-form');
  await form.getByTestId('threshold-individual').first().fill('-5');
  await form.getByTestId('profile-save').click();
  await form.getByTestId('form-issues').waitFor();
  await shot('profile-form');
  await form.getByRole('button', { name: '取消' }).click();

  await page.getByTestId('settings-tab-calendar').click();
  await page.getByTestId('calendar-warning-add').click();
  const override = page.getByTestId('override-dialog');
  await override.getByTestId('override-holidays').fill('2027-01-01 ~ 2027-01-03\n2027-02-05 ~ 2027-02-13');
  await override.getByTestId('override-workdays').fill('2027-02-01');
  await override.getByTestId('override-save').click();
  await override.getByTestId('field-error').first().waitFor();
  await shot('calendar-override');
  await page.keyboard.press('Escape');
}
