/**
 * The reports at their edges: a campaign with nothing scored yet, a case failed by a veto (no
 * total at all), a unit without anything to rectify, and case numbers and causes long enough
 * to wrap. Each is rendered in every format; the PDFs' pages go to
 * tests/artifacts/reports/edge/ to be looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter } from '../../electron/reports/pdf/chromium.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { renderReport, writeReport } from '../../electron/reports/render.ts';
import {
  REPORT_FORMAT,
  type CampaignReport,
  type CaseScoreSheet,
  type ReportModel,
} from '../../shared/reports/model.ts';
import {
  FAIL_VETO_TEMPLATE,
  UNITS,
  sampleCampaignReport,
  sampleRectificationNotice,
  sampleScoreSheet,
  sampleScoreSheets,
} from './sampleModels.ts';
import { artifactDir, docxText, pdfPageCount, pdfText, renderPages, sofficeToPdf, zipEntryText } from './tools.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Every character of `needle` appears in `text` in order, starting where its first six do, within 3× its length. */
function inOrder(text: string, needle: string): boolean {
  let start = text.indexOf(needle.slice(0, 6));
  while (start >= 0) {
    let at = start;
    let ok = true;
    for (const ch of needle) {
      at = text.indexOf(ch, at);
      if (at < 0 || at - start > needle.length * 3) {
        ok = false;
        break;
      }
      at += ch.length;
    }
    if (ok) return true;
    start = text.indexOf(needle.slice(0, 6), start + 1);
  }
  return false;
}

const LONG_NUMBER = '津滨新港执罚〔2025〕第00000000000000000000000000000000000000000000000000001号（补正后重新编号）';
const LONG_CAUSE =
  '当事人未经批准擅自占用城市道路及人行道设置摊点从事经营活动，经责令改正后拒不改正，并在同一地点多次重复违法，且存在以暴力、威胁方法阻碍执法人员依法执行职务的情节，依法从重处罚案';

/** A fail veto, a clean file in a unit of its own, a long number and cause, and ordinary files. */
function edgeSheets(): CaseScoreSheet[] {
  const vetoed = sampleScoreSheet({ index: 1, unit: UNITS[1]!, template: FAIL_VETO_TEMPLATE, vetoes: ['V1'] });
  const clean = sampleScoreSheet({ index: 2, unit: UNITS[11]!, deductions: {} });
  const long = sampleScoreSheet({
    index: 3,
    unit: UNITS[1]!,
    caseNumber: LONG_NUMBER,
    cause: LONG_CAUSE,
    person: true,
  });
  return [vetoed, clean, long, ...sampleScoreSheets(9, 77).slice(1)];
}

async function docxOf(model: ReportModel): Promise<string> {
  return docxText(await zipEntryText(await renderReport(model, 'docx'), 'word/document.xml'));
}

describe('edge cases in every format', () => {
  let dir: string;
  let printer: PdfPrinter;
  let sheets: CaseScoreSheet[];
  let report: CampaignReport;
  let empty: CampaignReport;

  beforeAll(async () => {
    dir = artifactDir('edge');
    printer = await openChromiumPrinter();
    sheets = edgeSheets();
    report = sampleCampaignReport(sheets);
    empty = sampleCampaignReport([], { followUp: false });
  }, 120_000);

  afterAll(async () => {
    await printer?.close();
  });

  it('a campaign with nothing scored says so and renders in every format', async () => {
    expect(empty.overall).toMatchObject({ count: 0, scored: 0, mean: null, median: null });
    expect(empty.grades.every((g) => g.count === 0 && g.share === 0)).toBe(true);
    expect(await docxOf(empty)).toContain('本次评查尚无完成评分的案卷');
    const json = JSON.parse(new TextDecoder().decode(await renderReport(empty, 'json'))) as CampaignReport;
    expect(json).toMatchObject({ format: REPORT_FORMAT, kind: 'campaign_report', cases: [], units: [] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderReport(empty, 'xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('案卷明细')!.rowCount).toBe(1);
    const pdf = path.join(dir, 'empty-chromium.pdf');
    fs.writeFileSync(pdf, await renderReport(empty, 'pdf', { printer }));
    expect(squeeze(await pdfText(pdf))).toContain('本次评查尚无完成评分的案卷');
    expect((await renderPages(pdf)).length).toBe(await pdfPageCount(pdf));
  }, 120_000);

  it('a case failed by a veto has no total: 不计分, 不合格, kept out of the averages', async () => {
    const vetoed = sheets[0]!;
    expect(vetoed.result.total).toBeNull();
    expect(report.overall.scored).toBe(report.overall.count - 1);
    expect(await docxOf(report)).toContain('另有1件案卷因存在一票否决情形直接评为不合格，不计入得分统计');
    const sheetText = await docxOf(vetoed);
    expect(sheetText).toContain('不计分');
    expect(sheetText).toContain('■是');
    const html = new TextDecoder().decode(await renderReport(vetoed, 'html'));
    expect(html).toContain('不计分');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderReport(report, 'xlsx')) as unknown as ExcelJS.Buffer);
    const row = wb.getWorksheet('案卷明细')!.getRow(2);
    expect([row.getCell(2).value, row.getCell(7).value ?? null, row.getCell(8).value]).toEqual([
      vetoed.case.caseNumber,
      null,
      '不合格',
    ]);
  }, 60_000);

  it('a unit without rectification items is listed as 无需整改 and its notice says there is nothing to do', async () => {
    const unit = UNITS[11]!.unit;
    expect(sheets.filter((s) => s.case.unit === unit).every((s) => s.rectifications.length === 0)).toBe(true);
    expect(report.rectification.byUnit.find((u) => u.unit === unit)).toMatchObject({ items: 0, noticeNumber: null });
    expect(await docxOf(report)).toContain('无需整改');
    const notice = sampleRectificationNotice(report, sheets, unit);
    expect(notice.cases).toEqual([]);
    const text = await docxOf(notice);
    expect(text).toContain('未发现需要整改的问题');
    expect(text).not.toContain('二、整改要求');
  }, 60_000);

  it('long case numbers and causes wrap inside their cells, nothing cut off, in the PDF and the DOCX', async () => {
    const long = sheets[2]!;
    const files: string[] = [];
    for (const [name, model] of [
      ['long-sheet', long],
      ['long-tongbao', report],
    ] as const) {
      const pdf = path.join(dir, `${name}-chromium.pdf`);
      fs.writeFileSync(pdf, await renderReport(model, 'pdf', { printer }));
      const docx = path.join(dir, `${name}-docx.docx`);
      fs.writeFileSync(docx, await renderReport(model, 'docx'));
      files.push(pdf);
      const [converted] = await sofficeToPdf([docx], dir);
      files.push(converted!);
    }
    for (const file of files) {
      // A wrapped cell's lines may come out between its neighbours' (a vertically centred label
      // lands mid-cell), so the whole text is looked for in order within a short stretch.
      const text = squeeze(await pdfText(file, { layout: false }));
      expect(inOrder(text, squeeze(LONG_NUMBER)), `${file}: ${LONG_NUMBER}`).toBe(true);
      // The 通报's case list has no 案由 column; the score sheet prints the cause in full.
      if (path.basename(file).startsWith('long-sheet')) {
        expect(inOrder(text, squeeze(LONG_CAUSE)), `${file}: ${LONG_CAUSE}`).toBe(true);
      }
      expect((await renderPages(file)).length).toBe(await pdfPageCount(file));
    }
  }, 300_000);

  it('writes each format under its Chinese file name', async () => {
    const out = path.join(dir, 'files');
    const written = [];
    for (const format of ['json', 'html', 'docx', 'xlsx'] as const)
      written.push(await writeReport(out, report, format));
    written.push(await writeReport(out, sheets[2]!, 'pdf', { printer }));
    expect(written.map((f) => path.basename(f))).toEqual([
      '评查情况通报-津滨司发〔2026〕12号.json',
      '评查情况通报-津滨司发〔2026〕12号.html',
      '评查情况通报-津滨司发〔2026〕12号.docx',
      '评查情况通报-津滨司发〔2026〕12号.xlsx',
      `案卷评查表-${LONG_NUMBER}.pdf`,
    ]);
    for (const f of written) expect(fs.statSync(f).size).toBeGreaterThan(1000);
  }, 60_000);
});
