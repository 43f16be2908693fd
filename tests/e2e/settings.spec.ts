/**
 * 设置 · 标准与参数 in browser mode, on a fresh workspace whose "today" is 2026-12-06: the
 * standards with their defaults; a broken standard refused with every error and its JSON path
 * and nothing added; a new version validated, imported and viewed; Tianjin's hearing threshold
 * edited into a user profile (a bad amount refused at its field first) and activated; the
 * calendar's warning for 2027 and a 2027 schedule added to the active profile, after which
 * 2027 is covered. Screenshots at 1440×900 and 1280×720 go to tests/artifacts/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { artifactPath, startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;
let page: Page;

const TODAY = '2026-12-06';
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(new URL(`../../resources/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const generalPenalty = (): Record<string, unknown> =>
  JSON.parse(
    fs.readFileSync(new URL('../../resources/checklists/general-penalty.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  server = await startServe(undefined, { today: TODAY });
  page = await browser.newPage();
  await page.goto(server.launchUrl);
});
test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

/** Both sizes the app is checked at: the default 1440×900, then 1280×720. */
async function screenshots(name: string) {
  await page.screenshot({ path: artifactPath(`${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: artifactPath(`${name}-1280.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

function jsonFile(name: string, value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

/** Clicks an export button; the downloaded file's name and parsed JSON. */
async function download(button: ReturnType<Page['getByTestId']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = await file.path();
  return {
    name: file.suggestedFilename(),
    json: JSON.parse(fs.readFileSync(saved, 'utf8')) as Record<string, unknown>,
  };
}

test('Alt+5 opens the settings: the standards with the kinds of case each is the default for', async () => {
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await expect(page.getByTestId('view-tab-settings')).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('settings-tab-standards').click();

  const options = page.getByTestId('template-option');
  await expect(options).toHaveCount(4);
  const general = page.locator('[data-testid="template-option"][data-key="general-penalty@1.0.0"]');
  await expect(general.getByTestId('template-default')).toHaveText('默认用于：行政处罚（一般程序）');
  await general.click();
  const viewer = page.getByTestId('template-viewer');
  await expect(viewer).toHaveAttribute('data-key', 'general-penalty@1.0.0');
  await expect(viewer.getByTestId('template-veto')).toHaveCount(10);
  await expect(viewer.locator('[data-veto="V6"]')).toContainText('总分记 0 分');
  const e7 = viewer.locator('[data-testid="template-item"][data-item="E7"]');
  await expect(e7).toContainText('《中华人民共和国行政处罚法》第六十条');
  await expect(e7).toContainText('立案后 90 日内作出决定');
  await expect(viewer.getByTestId('template-grades')).toContainText('≥ 90 分');
  await screenshots('40-settings-standards');

  // The shortcut legend lists the new view.
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-legend')).toContainText('Alt+5');
  await expect(page.getByTestId('shortcut-legend')).toContainText('切换到设置');
  await page.keyboard.press('Escape');
});

test('a broken standard: every error is listed with its JSON path, and nothing is added', async () => {
  const broken = generalPenalty();
  broken.version = 'one';
  (broken.grades as { tiers: { min: unknown }[] }).tiers[0]!.min = 'ninety';
  (broken.categories as { points: number }[])[0]!.points = 9;

  await page.getByTestId('template-import-open').click();
  const dialog = page.getByTestId('template-import-dialog');
  await dialog.getByTestId('template-import-input').setInputFiles(jsonFile('本所标准（有误）.json', broken));
  await expect(dialog.getByTestId('template-import-invalid')).toBeVisible();
  const rows = dialog.getByTestId('issue-row');
  await expect(rows.first()).toBeVisible();
  const paths = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-path')));
  expect(paths).toEqual(expect.arrayContaining(['version', 'grades.tiers[0].min']));
  await expect(dialog.getByTestId('template-import-invalid')).toContainText('本所标准（有误）.json 校验未通过');
  await expect(dialog.locator('[data-path="version"]')).toContainText('须写作 1.0 或 1.2.3');
  await expect(dialog.locator('[data-path="grades.tiers[0].min"]')).toContainText('须为数字');
  await expect(dialog.getByTestId('template-import-confirm')).toBeDisabled();
  await screenshots('41-settings-standard-invalid');

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('template-option')).toHaveCount(4);
});

test('a new version: validated, shown as a new version of the standard, imported, listed and viewable', async () => {
  const next = { ...generalPenalty(), version: '1.1.0', name: '一般程序行政处罚案卷评查标准（本所修订）' };
  await page.getByTestId('template-import-open').click();
  const dialog = page.getByTestId('template-import-dialog');
  await dialog.getByTestId('template-import-input').setInputFiles(jsonFile('general-penalty-1.1.0.json', next));
  const preview = dialog.getByTestId('template-import-preview');
  await expect(preview).toHaveAttribute('data-outcome', 'new_version');
  await expect(preview).toContainText('将为 general-penalty 新增版本 1.1.0（已有版本：1.0.0）');
  await screenshots('42-settings-standard-preview');
  await dialog.getByTestId('template-import-confirm').click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('template-option')).toHaveCount(5);
  const added = page.locator('[data-testid="template-option"][data-key="general-penalty@1.1.0"]');
  await expect(added).toHaveAttribute('aria-selected', 'true');
  await expect(added.getByTestId('template-default')).toHaveText('默认用于：行政处罚（一般程序）');
  await expect(
    page.locator('[data-testid="template-option"][data-key="general-penalty@1.0.0"]').getByTestId('template-default'),
  ).toHaveCount(0);
  const viewer = page.getByTestId('template-viewer');
  await expect(viewer).toHaveAttribute('data-key', 'general-penalty@1.1.0');
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(next.name);
  await expect(viewer.getByTestId('template-item')).toHaveCount(34);
  // The contents bar jumps to a category: items with their options, law, guidance and checks.
  await viewer.getByRole('button', { name: 'E 程序' }).click();
  await expect(viewer.locator('[data-testid="template-category"][data-category="E"]')).toBeInViewport();
  const e7 = viewer.locator('[data-testid="template-item"][data-item="E7"]');
  await expect(e7).toContainText('决定超期');
  await expect(e7).toContainText('扣 4 分');
  await screenshots('43-settings-standard-items');
});

test('a file that is not JSON, and a version clash: each error names the file and the field; nothing is added; export', async () => {
  await page.getByTestId('template-import-open').click();
  const dialog = page.getByTestId('template-import-dialog');
  const input = dialog.getByTestId('template-import-input');
  await input.setInputFiles(jsonFile('坏文件.json', '{\n  "format": "pingcha-template/1",\n  "id": "x",,\n}'));
  await expect(dialog.getByTestId('template-import-invalid')).toContainText('坏文件.json 校验未通过：共 1 处错误');
  const root = dialog.locator('[data-testid="issue-row"][data-path="(root)"]');
  await expect(root).toContainText(/不是有效的 JSON：第 3 行第 \d+ 列有误/);
  await expect(dialog.getByTestId('template-import-confirm')).toBeDisabled();
  await screenshots('43a-settings-standard-not-json');

  // The same version as the stored one, with other content: refused, naming the version field.
  await input.setInputFiles(jsonFile('冲突.json', { ...generalPenalty(), name: '改了名称的标准' }));
  const preview = dialog.getByTestId('template-import-preview');
  await expect(preview).toHaveAttribute('data-outcome', 'version_conflict');
  await expect(preview).toContainText('不能导入 冲突.json：工作区已有 general-penalty 版本 1.0.0');
  await expect(preview).toContainText('版本号（version）');
  await expect(dialog.getByTestId('template-import-confirm')).toBeDisabled();
  await screenshots('43b-settings-standard-clash');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('template-option')).toHaveCount(5);

  // A copy of the shown standard, as JSON that imports again unchanged.
  const exported = await download(page.getByTestId('template-viewer').getByTestId('template-export'));
  expect(exported.name).toMatch(/general-penalty.*1\.1\.0.*\.json$/);
  expect(exported.json).toMatchObject({ format: 'pingcha-template/1', id: 'general-penalty', version: '1.1.0' });
});

test('edit a profile: a changed hearing threshold is saved as a user profile, then activated', async () => {
  await page.getByTestId('settings-tab-profiles').click();
  const tianjin = page.locator('[data-testid="profile-option"][data-profile="tianjin"]');
  await expect(tianjin).toHaveAttribute('data-active', 'true');
  await tianjin.click();
  const detail = page.getByTestId('profile-detail');
  await expect(detail).toHaveAttribute('data-profile', 'tianjin');
  await expect(detail.getByTestId('assumed-badge').first()).toHaveText('待核实');
  await expect(detail.getByTestId('profile-assumed-note')).toBeVisible();
  await screenshots('44-settings-profile');

  await detail.getByTestId('profile-edit').click();
  const form = page.getByTestId('profile-form');
  await expect(form.getByTestId('profile-id')).toHaveValue('tianjin-2');
  await form.getByTestId('profile-id').fill('binhai');
  await form.getByTestId('profile-name').fill('滨海新区');
  const amount = form.getByTestId('threshold-individual').first();
  await amount.fill('-5');
  await form.getByTestId('profile-save').click();
  await expect(form.getByTestId('form-issues')).toBeVisible();
  await expect(form.locator('[data-testid="field-error"][data-path="hearingThresholds[0].individual"]')).toHaveText(
    '须不小于 0',
  );
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await screenshots('45-settings-profile-invalid');

  await amount.fill('10000');
  await form.getByTestId('profile-save').click();
  await expect(form).toBeHidden();
  await expect(detail).toHaveAttribute('data-profile', 'binhai');
  await expect(detail.getByTestId('threshold-value-individual')).toHaveText('10,000 元');
  const binhai = page.locator('[data-testid="profile-option"][data-profile="binhai"]');
  await expect(binhai).toContainText('本单位');
  await expect(binhai).toHaveAttribute('data-active', 'false');

  await detail.getByTestId('profile-activate').click();
  await expect(binhai).toHaveAttribute('data-active', 'true');
  await expect(tianjin).toHaveAttribute('data-active', 'false');
  await expect(detail.getByTestId('profile-active')).toBeVisible();
  await expect(detail.getByTestId('profile-activate')).toBeDisabled();
  await screenshots('46-settings-profile-saved');
});

test('importing a profile: errors at their JSON paths and a bundled id refused, each naming the file; then imported and exported', async () => {
  await page.getByTestId('settings-tab-profiles').click();
  await page.getByTestId('profile-import-open').click();
  const dialog = page.getByTestId('profile-import-dialog');
  const input = dialog.getByTestId('profile-import-input');
  const confirm = dialog.getByTestId('profile-import-confirm');
  const tianjin = readJson('profiles/tianjin.json');
  const thresholds = tianjin.hearingThresholds as Record<string, unknown>[];
  const xiqing = { ...tianjin, id: 'xiqing', name: '西青区' };

  const bad = { ...xiqing, hearingThresholds: [{ ...thresholds[0], individual: -1 }], limitationYears: 'two' };
  await input.setInputFiles(jsonFile('西青（有误）.json', bad));
  await expect(dialog.getByTestId('profile-import-preview')).toContainText('将新增地区配置 xiqing（西青区）');
  await confirm.click();
  await expect(dialog.getByTestId('profile-import-invalid')).toContainText('西青（有误）.json 有 2 处错误');
  await expect(dialog.locator('[data-testid="issue-row"][data-path="hearingThresholds[0].individual"]')).toContainText(
    '须不小于 0',
  );
  await expect(dialog.locator('[data-testid="issue-row"][data-path="limitationYears"]')).toBeVisible();
  await screenshots('46a-settings-profile-import-invalid');

  await input.setInputFiles(jsonFile('西青.json', '{ "format": "pingcha-profile/1", "id": '));
  await confirm.click();
  await expect(dialog.getByTestId('profile-import-invalid')).toContainText('西青.json 有 1 处错误');
  await expect(dialog.locator('[data-testid="issue-row"][data-path="(root)"]')).toContainText(
    '不是有效的 JSON：第 1 行',
  );

  await input.setInputFiles(jsonFile('天津.json', tianjin));
  await expect(dialog.getByTestId('profile-import-preview')).toContainText('不能导入 天津.json：tianjin 是内置配置');
  await expect(dialog.getByTestId('profile-import-preview')).toContainText('配置编号（id）');
  await expect(confirm).toBeDisabled();

  await input.setInputFiles(jsonFile('西青.json', xiqing));
  await confirm.click();
  await expect(dialog).toBeHidden();
  const option = page.locator('[data-testid="profile-option"][data-profile="xiqing"]');
  await expect(option).toContainText('西青区');
  await option.click();
  const detail = page.getByTestId('profile-detail');
  await expect(detail).toHaveAttribute('data-profile', 'xiqing');
  const exported = await download(detail.getByTestId('profile-export'));
  expect(exported.name).toMatch(/xiqing.*\.json$/);
  expect(exported.json).toMatchObject({ format: 'pingcha-profile/1', id: 'xiqing', name: '西青区' });
  // The active profile is still 滨海新区: the calendar below speaks of it.
  await expect(page.locator('[data-testid="profile-option"][data-profile="binhai"]')).toHaveAttribute(
    'data-active',
    'true',
  );
});

test('the calendar warns that 2027 is not covered; a 2027 schedule added to the active profile covers it', async () => {
  const tab = page.getByTestId('settings-tab-calendar');
  await expect(tab).toContainText('!');
  await tab.click();
  const coverage = page.getByTestId('calendar-coverage');
  await expect(coverage).toContainText('滨海新区');
  await expect(page.getByTestId('calendar-covered-years')).toHaveText('2004–2026 年');
  const warning = page.getByTestId('calendar-warning');
  await expect(warning).toContainText('2027年节假日安排尚未载入');
  await expect(warning).toContainText(`今天是 ${TODAY}`);
  const year = page.getByTestId('calendar-year');
  await expect(year).toHaveAttribute('data-year', '2026');
  await expect(year.locator('[data-date="2026-10-01"]')).toHaveAttribute('data-kind', 'holiday');
  await expect(year.locator('[data-date="2026-10-10"]')).toHaveAttribute('data-kind', 'workday');
  await screenshots('47-settings-calendar-warning');

  await warning.getByTestId('calendar-warning-add').click();
  const dialog = page.getByTestId('override-dialog');
  await expect(dialog.getByTestId('override-year')).toHaveValue('2027');
  await dialog.getByTestId('override-source').fill('测试数据：2027年节假日安排');
  await dialog.getByTestId('override-holidays').fill('2027-01-01 ~ 2027-01-03\n2027-02-05 ~ 2027-02-13');
  // A Monday is not a make-up working day: refused at the field, nothing saved.
  await dialog.getByTestId('override-workdays').fill('2027-02-01');
  await dialog.getByTestId('override-save').click();
  await expect(dialog.locator('[data-testid="field-error"][data-path="override.workdays"]')).toContainText(
    '调休工作日 workdays 只应列周六、周日',
  );
  await expect(dialog.getByTestId('override-weekdays')).toHaveText('不是周六、周日：2027-02-01');
  await screenshots('48-settings-calendar-override-invalid');

  await dialog.getByTestId('override-workdays').fill('2027-01-31\n2027-02-20');
  await dialog.getByTestId('override-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('calendar-covered-years')).toHaveText('2004–2027 年');
  await expect(page.getByTestId('calendar-warning')).toHaveCount(0);
  await expect(tab).not.toContainText('!');
  await expect(page.getByTestId('calendar-overrides')).toContainText('放假 12 天 · 调休上班 2 天');
  await expect(year).toHaveAttribute('data-year', '2027');
  await expect(year).toHaveAttribute('data-covered', 'true');
  await expect(year.locator('[data-date="2027-02-08"]')).toHaveAttribute('data-kind', 'holiday');
  await expect(year.locator('[data-date="2027-02-20"]')).toHaveAttribute('data-kind', 'workday');
  await screenshots('49-settings-calendar-2027');

  // The schedule is the active profile's: the profile page lists it.
  await page.getByTestId('settings-tab-profiles').click();
  await page.locator('[data-testid="profile-option"][data-profile="binhai"]').click();
  await expect(page.getByTestId('profile-overrides')).toContainText('2027年（测试数据：2027年节假日安排）');
});
