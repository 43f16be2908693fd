/**
 * The export dialog in browser mode, on a workspace with the demo campaign (imported with the
 * CLI, then seeded as `npm start` seeds it): the campaign's 通报 downloaded as DOCX and a case's
 * score sheet as PDF, each under its Chinese file name, and each opening as what it claims to
 * be (a Word package with the title; a PDF whose text holds the case number).
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliApi } from '../../electron/cli/apiCall.ts';
import { seedDemoCampaign } from '../../electron/cli/demoCampaign.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { localIsoDate } from '../../shared/calendar/dates.ts';
import { generateFixtures } from '../fixtures/generate.ts';
import { docxText, zipEntryText } from '../reports/tools.ts';
import { artifactPath, importWithCli, startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;
let reportName: string;
let caseNumber: string;
let reportTitle: string;

test.beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-exp-'));
  const fixtures = await generateFixtures({ count: 8, seed: 21, outDir: out, zipRate: 0, shapes: ['structured'] });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-'));
  importWithCli(
    workspace,
    fixtures.bundles.map((b) => b.path),
  );
  const ws = await openWorkspace(workspace);
  try {
    const demo = await seedDemoCampaign(ws, localIsoDate());
    expect(demo?.finalized).toBeGreaterThan(0);
    const api = cliApi(ws, localIsoDate());
    const preview = await api.call('reports:preview', {
      target: { kind: 'campaign_report', campaignId: demo!.campaignId },
    });
    reportName = `${preview.fileStem}.docx`;
    reportTitle = preview.title;
    const finalised = await api.call('campaigns:cases', { campaignId: demo!.campaignId, status: 'finalized' });
    caseNumber = finalised.rows[0]!.caseNumber;
  } finally {
    ws.close();
  }
  server = await startServe(workspace);
});
test.afterAll(async () => {
  await server?.stop();
});

test('the campaign’s 通报 as DOCX and a score sheet as PDF download under their Chinese names and open', async ({
  page,
}) => {
  await page.goto(server.launchUrl);
  await expect(page.getByTestId('app-header')).toBeVisible();

  // The campaign's 通报: a preview, since evaluations are still open; the dialog says so.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-counted')).toContainText('已定稿');
  await expect(dialog.getByTestId('export-unfinished')).toBeVisible();
  await dialog.getByTestId('export-format-pdf').uncheck();
  await dialog.getByTestId('export-format-docx').check();
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-files')).toHaveAttribute('data-count', '1');
  await expect(dialog.getByTestId('export-file')).toHaveAttribute('data-name', reportName);
  await page.screenshot({ path: artifactPath('export-01-campaign.png') });
  const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()]);
  expect(docx.suggestedFilename()).toBe(reportName);
  const docxPath = artifactPath(`export-${reportName}`);
  await docx.saveAs(docxPath);
  const text = docxText(await zipEntryText(fs.readFileSync(docxPath), 'word/document.xml')).replace(/\s+/g, '');
  expect(text).toContain(reportTitle);
  expect(text).toContain('本通报统计已评查定稿的');
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await expect(dialog).toBeHidden();

  // A finalised case on the desk: its score sheet as PDF.
  await page.getByTestId('case-row').filter({ hasText: caseNumber }).click();
  await page.getByTestId('open-export').click();
  await expect(dialog.getByTestId('export-scope-case')).toBeChecked();
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-files')).toHaveAttribute('data-count', '1');
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()]);
  expect(pdf.suggestedFilename()).toBe(`案卷评查表-${caseNumber}.pdf`);
  const pdfPath = artifactPath('export-score-sheet.pdf');
  await pdf.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(pdfText).toContain(caseNumber);
  expect(pdfText).toContain('已定稿');
  await page.screenshot({ path: artifactPath('export-02-case.png') });
});

test('the campaign screen opens the export dialog on its own campaign', async ({ page }) => {
  await page.goto(server.launchUrl);
  await page.getByTestId('view-tab-campaigns').click();
  await page.getByTestId('campaign-option').first().click();
  const campaignId = await page.getByTestId('campaign-detail').getAttribute('data-campaign-id');
  await page.getByTestId('campaign-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-campaign')).toBeChecked();
  await expect(dialog.getByTestId('export-campaign')).toHaveValue(campaignId!);
  await expect(dialog.getByTestId('export-counted')).toContainText('已定稿');
});
