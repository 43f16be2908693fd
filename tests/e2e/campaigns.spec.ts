/**
 * A quarter's campaign end to end in browser mode: create a campaign over generated cases with
 * a live preview, draw and read the 抽样记录, add reviewers and assign with cross-review (and
 * see a manual assignment to a reviewer of the case's own unit refused in place), score the
 * campaign's case on the desk and submit it; 复核 it on the desk (the evaluation's own reviewer
 * refused as 复核人, a changed result sent with its reason and recorded as an overturn), then
 * review → finalise, reopen it with a reason and finalise again; draft rectification items,
 * issue them, reply as the unit's contact with an attachment, report done and approve; on the
 * dashboard see the 复核 change counted and drill down from a grade count to its case and open
 * it on the desk. Screenshots of each screen go to tests/artifacts/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateFixtures, type FixtureManifest } from '../fixtures/generate.ts';
import { artifactPath, importWithCli, startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;
let fixtures: FixtureManifest;
let page: Page;

const TITLE = '2026年第一季度行政执法案卷评查';
const SEED = 'pc-e2e-2026q1';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-fx-'));
  fixtures = await generateFixtures({ count: 5, seed: 23, outDir: out, defectRate: 0.5, shapes: ['structured'] });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-'));
  importWithCli(
    workspace,
    fixtures.bundles.map((b) => b.path),
  );
  server = await startServe(workspace);
  page = await browser.newPage();
  await page.goto(server.launchUrl);
});
test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

/** An API call from inside the page (the bridge's token cookie is there). */
async function api<T>(name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([op, body]) => {
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

async function transition(action: string, actor: string, reason?: string) {
  await page.getByTestId(`workflow-${action}`).click();
  const dialog = page.getByTestId('transition-dialog');
  await dialog.getByTestId('transition-actor').fill(actor);
  if (reason !== undefined) {
    await expect(dialog.getByTestId('transition-confirm')).toBeDisabled();
    await dialog.getByTestId('transition-reason').fill(reason);
  }
  await dialog.getByTestId('transition-confirm').click();
  await expect(dialog).toBeHidden();
}

test('create a campaign with a live preview, draw it and read the 抽样记录', async () => {
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('campaigns-view')).toBeVisible();
  await expect(page.getByTestId('campaigns-empty')).toBeVisible();
  await page.screenshot({ path: artifactPath('10-campaigns-empty.png') });

  await page.getByTestId('campaign-new').click();
  const dialog = page.getByTestId('campaign-dialog');
  await dialog.getByTestId('campaign-title').fill(TITLE);
  await dialog.getByTestId('campaign-from').fill('2015-01-01');
  await dialog.getByTestId('campaign-to').fill('2030-12-31');
  await dialog.getByTestId('campaign-rule-all').check();
  await dialog.getByTestId('campaign-seed').fill(SEED);
  // Every generated case is dated in the period: the preview counts them all, and "all" draws them all.
  await expect(dialog.getByTestId('preview-population')).toHaveAttribute('data-value', String(fixtures.count));
  await expect(dialog.getByTestId('preview-drawn')).toHaveAttribute('data-value', String(fixtures.count));
  // Narrowing the rule changes the preview before anything is saved.
  await dialog.getByTestId('campaign-rule-per-unit').check();
  await dialog.getByTestId('campaign-per-unit').fill('1');
  await expect(dialog.getByTestId('preview-drawn')).not.toHaveAttribute('data-value', String(fixtures.count));
  await page.screenshot({ path: artifactPath('11-campaign-dialog.png') });
  await dialog.getByTestId('campaign-rule-all').check();
  await expect(dialog.getByTestId('preview-drawn')).toHaveAttribute('data-value', String(fixtures.count));
  await dialog.getByTestId('campaign-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('campaign-heading')).toHaveText(TITLE);
  await expect(page.getByTestId('campaign-phase').first()).toHaveAttribute('data-phase', 'draft');
  await page.screenshot({ path: artifactPath('12-campaign-draft.png') });

  await page.getByTestId('campaign-draw').click();
  const draw = page.getByTestId('draw-dialog');
  await expect(draw.getByTestId('draw-seed')).toHaveValue(SEED);
  await draw.getByTestId('draw-confirm').click();
  const record = page.getByTestId('draw-record');
  await expect(record).toBeVisible();
  await expect(record.getByTestId('record-seed')).toHaveText(SEED);
  await expect(record.getByTestId('record-drawn-row')).toHaveCount(fixtures.count);
  for (const bundle of fixtures.bundles) await expect(record).toContainText(bundle.caseNumber);
  await page.screenshot({ path: artifactPath('13-draw-record.png') });
  await page.getByTestId('draw-record-dialog').getByRole('button', { name: '关闭' }).last().click();
  await expect(page.getByTestId('campaign-case-row')).toHaveCount(fixtures.count);
});

test('reviewers, automatic cross-review assignment, and a refused manual assignment', async () => {
  const units = (await api<{ units: string[] }>('workspace:info', {})).units;
  expect(units.length).toBeGreaterThanOrEqual(2);
  await page.getByTestId('campaign-tab-reviewers').click();
  const people: [string, string, string | null][] = [
    ['张明', 'unit', units[0]!],
    ['李华', 'unit', units[1]!],
    ['王芳', 'legal_office', null],
  ];
  for (const [name, affiliation, unit] of people) {
    await page.getByTestId('reviewer-new').click();
    const dialog = page.getByTestId('reviewer-dialog');
    await dialog.getByTestId('reviewer-name').fill(name);
    await dialog.getByTestId('reviewer-affiliation').selectOption(affiliation);
    if (unit) await dialog.getByTestId('reviewer-unit').fill(unit);
    await dialog.getByTestId('reviewer-save').click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId('reviewer-row')).toHaveCount(3);
  await page.getByTestId('assign-auto').click();
  await expect(page.getByTestId('assign-result')).toContainText('仍未分配 0 件');
  await page.screenshot({ path: artifactPath('14-reviewers.png') });

  // Every case went to someone outside its unit.
  await page.getByTestId('campaign-tab-cases').click();
  await expect(page.getByTestId('campaign-case-row')).toHaveCount(fixtures.count);
  const cases = await api<{ rows: { unit: string; reviewerUnit: string | null; reviewerName: string | null }[] }>(
    'campaigns:cases',
    { campaignId: 1 },
  );
  for (const row of cases.rows) {
    expect(row.reviewerName).not.toBeNull();
    expect(row.reviewerUnit).not.toBe(row.unit);
  }

  // Assigning a case of 张明's own unit to 张明 is refused, with the reason in the dialog.
  const own = page.locator('[data-testid="campaign-case-row"]').filter({ hasText: units[0]! }).first();
  await own.dblclick();
  const dialog = page.getByTestId('evaluation-dialog');
  await dialog.getByTestId('assign-reviewer').selectOption({ label: `张明（${units[0]}）` });
  await dialog.getByTestId('assign-save').click();
  await expect(dialog.getByTestId('assign-error')).toBeVisible();
  await expect(dialog.getByTestId('assign-error')).toContainText(/本单位|交叉/);
  await page.screenshot({ path: artifactPath('15-assign-refused.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('score the campaign case on the desk: submit, 复核 with a changed result, finalise, reopen', async () => {
  const row = page.locator('[data-testid="campaign-case-row"]').first();
  const caseNumber = (await row.getAttribute('data-case-number'))!;
  await row.dblclick();
  const dialog = page.getByTestId('evaluation-dialog');
  await dialog.getByTestId('evaluation-open-desk').click();

  // The desk lists the campaign's cases and opens the campaign's evaluation.
  await expect(page.getByTestId('desk-scope')).toHaveValue('1');
  await expect(page.getByTestId('case-row')).toHaveCount(fixtures.count);
  const checklist = page.getByTestId('checklist');
  await expect(page.getByTestId('checklist-workflow')).toBeVisible();
  await expect(page.locator('[data-testid="document-pane"]')).toHaveAttribute('data-case-id', /\d+/);
  await page.getByTestId('checklist-reviewer').fill('李华');
  await page.getByTestId('checklist-reviewer').blur();

  // Deduct on one item, then mark every other entry 无扣分 with the keyboard (0, then ]).
  const item = page
    .locator('[data-testid="checklist-item"]:not(.is-locked)')
    .filter({ has: page.locator('[data-testid="item-deduction"][data-option-id]') })
    .first();
  const deductedId = (await item.getAttribute('data-item-id'))!;
  await item.getByTestId('item-deduction').first().click();
  await expect(item).toHaveAttribute('data-status', 'deducted');
  const entries = checklist.locator('[data-testid="checklist-item"]:not(.is-locked)');
  const count = await entries.count();
  for (let i = 0; i < count; i += 1) {
    const entry = entries.nth(i);
    if ((await entry.getAttribute('data-item-id')) === deductedId) continue;
    const ok = entry.getByTestId('item-ok').first();
    if (await ok.isVisible()) await ok.click();
  }
  await expect(checklist.locator('.checklist-status')).toContainText('全部评完');
  await expect(page.getByTestId('checklist-saved')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: artifactPath('16-desk-campaign-case.png') });

  await transition('submit', '李华');
  await expect(page.getByTestId('checklist-workflow').getByTestId('status-badge')).toHaveAttribute(
    'data-status',
    'submitted',
  );
  await expect(page.getByTestId('checklist-locked')).toBeVisible();
  await expect(entries.first().getByTestId('item-ok').first()).toBeDisabled();

  // 复核: the evaluation's own reviewer is refused as 复核人; 王芳 reviews.
  await page.getByTestId('review-start').click();
  await page.getByTestId('review-reviewer').fill('李华');
  await expect(page.getByTestId('review-own')).toBeVisible();
  await page.getByTestId('review-reviewer').fill('王芳');
  await page.getByTestId('review-start-form').getByRole('button', { name: '开始复核' }).click();
  await expect(page.getByTestId('review-banner')).toContainText('复核人：王芳');
  await expect(page.getByTestId('review-banner')).toContainText('评查人：李华');
  await expect(page.getByTestId('checklist-locked')).toBeHidden();
  await expect(entries.first().getByTestId('item-ok').first()).toBeEnabled();

  // 王芳 finds a second problem: a deduction on an item 李华 passed, with the reason for it.
  const totalBefore = await page.getByTestId('checklist-total').textContent();
  const changed = entries.filter({ has: page.locator('[data-testid="item-deduction"][data-option-id]') }).nth(1);
  const changedId = (await changed.getAttribute('data-item-id'))!;
  expect(changedId).not.toBe(deductedId);
  await changed.getByTestId('item-deduction').first().click();
  await expect(changed).toHaveAttribute('data-status', 'deducted');
  await expect(page.getByTestId('checklist-total')).not.toHaveText(totalBefore!);
  await expect(page.getByTestId('review-apply')).toBeDisabled();
  await changed.getByTestId('review-reason').fill('现场检查笔录缺少当事人签名');
  await expect(page.getByTestId('review-apply')).toBeEnabled();
  await page.screenshot({ path: artifactPath('24-review-in-progress.png') });
  await page.getByTestId('review-apply').click();
  const recorded = page.getByTestId('overturn-feed-entry');
  await expect(recorded).toHaveCount(1);
  await expect(recorded).toHaveAttribute('data-item-id', changedId);
  await expect(recorded).toContainText('王芳');
  await expect(recorded).toContainText('现场检查笔录缺少当事人签名');
  await expect(recorded).toContainText(/0 → −\d/);
  await expect(page.getByTestId('review-change')).toHaveCount(0);
  await expect(changed).toHaveAttribute('data-status', 'deducted');
  await page.screenshot({ path: artifactPath('25-review-recorded.png') });

  await transition('review', '王芳');
  await expect(page.getByTestId('checklist-workflow').getByTestId('status-badge')).toHaveAttribute(
    'data-status',
    'reviewed',
  );
  await transition('finalize', '王芳');
  await expect(page.getByTestId('checklist-workflow').getByTestId('status-badge')).toHaveAttribute(
    'data-status',
    'finalized',
  );
  // Finalised: the 复核 is over and the checklist is read-only again.
  await expect(page.getByTestId('review-banner')).toBeHidden();
  await expect(page.getByTestId('checklist-locked')).toBeVisible();
  await transition('reopen', '王芳', '复核发现案号录入有误，退回更正');
  await expect(page.getByTestId('checklist-workflow').getByTestId('status-badge')).toHaveAttribute(
    'data-status',
    'in_progress',
  );
  await expect(page.getByTestId('checklist-locked')).toBeHidden();
  await transition('submit', '李华');
  // A new submission is read-only again: the earlier 复核 does not carry over to it.
  await expect(page.getByTestId('checklist-locked')).toBeVisible();
  await expect(page.getByTestId('review-banner')).toBeHidden();
  await transition('review', '王芳');
  await transition('finalize', '王芳');
  await page.screenshot({ path: artifactPath('17-desk-finalized.png') });

  // The campaign shows the history with the reopen reason.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('campaign-tab-cases').click();
  const finalized = page.locator(`[data-testid="campaign-case-row"][data-case-number="${caseNumber}"]`);
  await expect(finalized).toHaveAttribute('data-status', 'finalized');
  await finalized.dblclick();
  const evaluationDialog = page.getByTestId('evaluation-dialog');
  const history = evaluationDialog.getByTestId('status-history');
  await expect(history).toContainText('复核发现案号录入有误，退回更正');
  await expect(history.getByTestId('status-history-entry').filter({ hasText: '重新打开' })).toHaveCount(1);
  await expect(history.getByTestId('status-history-entry').filter({ hasText: '开始评查' })).toHaveCount(1);
  const signatures = evaluationDialog.getByTestId('signatures');
  await expect(signatures).toContainText('李华');
  await expect(signatures).toContainText('王芳');
  // The 复核 change, with points before → after, who and why.
  const overturn = evaluationDialog.getByTestId('overturn-row');
  await expect(overturn).toHaveCount(1);
  await expect(overturn).toHaveAttribute('data-item-id', changedId);
  await expect(overturn).toContainText('现场检查笔录缺少当事人签名');
  await expect(overturn).toContainText('王芳');
  await page.screenshot({ path: artifactPath('18-evaluation-dialog.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('campaign-tab-overview').click();
  await expect(page.getByTestId('progress-finalized')).toHaveAttribute('data-value', '1');
  await page.screenshot({ path: artifactPath('19-campaign-progress.png') });
});

test('rectification: draft, issue, reply with an attachment, report done, approve', async () => {
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('rectification-board')).toBeVisible();
  await page.getByTestId('rect-filter-campaign').selectOption({ label: TITLE });
  await page.getByTestId('rect-draft').click();
  await expect(page.getByTestId('rect-notice')).toBeVisible();
  // Polled: while the board reloads after drafting, the count may be absent or still 0 for a moment.
  const draftCount = async () => Number((await page.getByTestId('rect-count-draft').getAttribute('data-value')) ?? 0);
  await expect.poll(draftCount).toBeGreaterThan(0);
  const drafts = await draftCount();
  await page.getByTestId('rect-row').first().click();
  await expect(page.getByTestId('rect-detail')).toHaveAttribute('data-status', 'draft');
  await page.getByTestId('rect-requirement').fill('补充承办人意见并重新归档');
  await page.getByTestId('rect-save-wording').click();
  await expect(page.getByTestId('rect-timeline').getByTestId('rect-event').first()).toHaveAttribute(
    'data-action',
    'update',
  );
  await page.screenshot({ path: artifactPath('20-rectification-draft.png') });

  await page.getByTestId('rect-issue').click();
  await page.getByTestId('issue-confirm').click();
  await expect(page.getByTestId('issue-dialog')).toBeHidden();
  await expect(page.getByTestId('rect-count-pending')).toHaveAttribute('data-value', String(drafts));
  await expect(page.getByTestId('rect-detail')).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('rect-deadline')).toHaveText(/\d{4}-\d{2}-\d{2}/);

  // The unit's reply with an evidence file; then it reports done and the legal office approves.
  await page.getByTestId('reply-text').fill('已补充承办人意见，重新装订归档。');
  // A reply is signed by the unit's contact.
  await expect(page.getByTestId('reply-send')).toBeDisabled();
  await page.getByTestId('reply-author').fill('赵敏');
  await page.getByTestId('reply-files').setInputFiles({
    name: '整改报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% 整改报告\n'),
  });
  await expect(page.getByTestId('reply-file-list')).toContainText('整改报告.pdf');
  await page.getByTestId('reply-send').click();
  await expect(page.getByTestId('reply')).toHaveCount(1);
  await expect(page.getByTestId('reply')).toContainText('赵敏');
  await expect(page.getByTestId('reply')).not.toContainText('未署名');
  await expect(page.getByTestId('reply-attachment')).toHaveText('整改报告.pdf');
  await page.getByTestId('rect-move-complete').click();
  await page.getByTestId('move-confirm').click();
  await expect(page.getByTestId('rect-detail')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('rect-move-approve').click();
  await page.getByTestId('move-approver').selectOption({ label: '王芳' });
  await page.getByTestId('move-confirm').click();
  await expect(page.getByTestId('rect-detail')).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('rect-count-accepted')).toHaveAttribute('data-value', '1');
  const actions = await page
    .getByTestId('rect-event')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(actions).toEqual(expect.arrayContaining(['draft', 'update', 'issue', 'reply', 'complete', 'approve']));
  await page.screenshot({ path: artifactPath('21-rectification-board.png') });
});

test('dashboard: a grade count drills down to its case, which opens on the desk', async () => {
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('campaign-stats')).toBeVisible();
  await expect(page.getByTestId('summary-counted')).toContainText('1 /');
  // The 复核 change counts on the dashboard and drills down to its case.
  await expect(page.getByTestId('summary-overturns').locator('.drill')).toHaveText('1');
  await expect(page.getByTestId('summary-overturns').locator('.drill')).toHaveAttribute('data-count', '1');
  await page.screenshot({ path: artifactPath('22-dashboard.png') });
  const count = page.locator('[data-testid^="grade-count-"]:not([disabled])').first();
  await expect(count).toHaveText('1');
  await count.click();
  const drill = page.getByTestId('drill-dialog');
  await expect(drill.getByTestId('campaign-case-row')).toHaveCount(1);
  await expect(drill.getByTestId('campaign-case-row')).toHaveAttribute('data-status', 'finalized');
  const caseId = await drill.getByTestId('campaign-case-row').getAttribute('data-case-id');
  await page.screenshot({ path: artifactPath('23-drill-down.png') });
  await drill.getByTestId('campaign-case-row').dblclick();
  await expect(page.getByTestId('pane-checklist')).toBeVisible();
  await expect(page.getByTestId('checklist')).toHaveAttribute('data-case-id', caseId!);
  await expect(page.getByTestId('checklist-locked')).toBeVisible();
});
