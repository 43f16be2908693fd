/**
 * Every report in every format becomes pages a reader can see: the 通报, a 整改通知书 and a
 * 案卷评查表 printed by Chromium, their DOCX and XLSX converted by LibreOffice; every page of
 * every PDF rendered to PNG in tests/artifacts/reports/pages/ (open them to look), the Chinese
 * text read back, the fonts embedded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter } from '../../electron/reports/pdf/chromium.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { renderReport, type ReportFormat } from '../../electron/reports/render.ts';
import { formatAverage, formatScore } from '../../shared/reports/format.ts';
import type { ReportModel } from '../../shared/reports/model.ts';
import { sampleCampaign } from './sampleModels.ts';
import { artifactDir, pdfFonts, pdfPageCount, pdfText, renderPages, sofficeToPdf } from './tools.ts';

const { report, notices, sheets } = sampleCampaign(60, 2026);
const MODELS: Record<string, ReportModel> = { tongbao: report, notice: notices[0]!, sheet: sheets[0]! };

/** What each document must say, whatever the format (whitespace ignored: LibreOffice spaces out digits). */
const MUST_SAY: Record<string, string[]> = {
  tongbao: [
    '关于2026年第一季度行政执法',
    `本次共评查案卷${report.overall.count}件`,
    `平均得分${formatAverage(report.overall.mean)}`,
    report.units[0]!.unit,
    report.problems[0]!.itemName,
  ],
  notice: ['行政执法案卷评查整改通知书', notices[0]!.addressee, notices[0]!.cases[0]!.caseNumber],
  sheet: [sheets[0]!.title, sheets[0]!.case.caseNumber, formatScore(sheets[0]!.result.total)],
};
/** The workbooks say less in prose: their first sheet's heading and a number. */
const XLSX_SAYS: Record<string, string[]> = {
  tongbao: [report.title, '总体情况'],
  notice: [notices[0]!.documentNumber, notices[0]!.cases[0]!.caseNumber],
  sheet: [sheets[0]!.case.caseNumber, '扣分理由'],
};

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('pages of every report in every format', () => {
  let dir: string;
  let printer: PdfPrinter;
  const pdfs: { name: string; format: ReportFormat | 'docx→pdf' | 'xlsx→pdf'; file: string; says: string[] }[] = [];

  beforeAll(async () => {
    dir = artifactDir('pages');
    printer = await openChromiumPrinter();
    const office: string[] = [];
    for (const [name, model] of Object.entries(MODELS)) {
      const pdf = path.join(dir, `${name}-chromium.pdf`);
      fs.writeFileSync(pdf, await renderReport(model, 'pdf', { printer }));
      pdfs.push({ name, format: 'pdf', file: pdf, says: MUST_SAY[name]! });
      for (const format of ['docx', 'xlsx'] as const) {
        const file = path.join(dir, `${name}-${format}.${format}`);
        fs.writeFileSync(file, await renderReport(model, format));
        office.push(file);
      }
    }
    const converted = await sofficeToPdf(office, dir);
    converted.forEach((file, i) => {
      const name = path.basename(office[i]!).split('-')[0]!;
      const docx = office[i]!.endsWith('.docx');
      pdfs.push({
        name,
        format: docx ? 'docx→pdf' : 'xlsx→pdf',
        file,
        says: docx ? MUST_SAY[name]! : XLSX_SAYS[name]!,
      });
    });
  }, 420_000);

  afterAll(async () => {
    await printer?.close();
  });

  it('renders every page of every PDF to PNG', async () => {
    for (const p of pdfs) {
      const pages = await pdfPageCount(p.file);
      expect(pages, p.file).toBeGreaterThan(0);
      const pngs = await renderPages(p.file);
      expect(pngs, p.file).toHaveLength(pages);
      for (const png of pngs) expect(fs.statSync(png).size).toBeGreaterThan(2000);
    }
    // The 通报 runs to many pages; the single sheet to a few.
    const tongbao = pdfs.find((p) => p.name === 'tongbao' && p.format === 'pdf')!;
    expect(await pdfPageCount(tongbao.file)).toBeGreaterThan(8);
    const sheet = pdfs.find((p) => p.name === 'sheet' && p.format === 'pdf')!;
    expect(await pdfPageCount(sheet.file)).toBeLessThanOrEqual(4);
  }, 240_000);

  it('keeps the Chinese text extractable, with the model’s numbers', async () => {
    for (const p of pdfs) {
      const text = squeeze(await pdfText(p.file));
      for (const phrase of p.says) expect(text, `${p.file}: ${phrase}`).toContain(squeeze(phrase));
    }
  }, 120_000);

  it('numbers the pages "— n —" in the PDF and the DOCX', async () => {
    for (const p of pdfs.filter((x) => x.format !== 'xlsx→pdf' || x.name === 'tongbao')) {
      const text = await pdfText(p.file);
      const pages = await pdfPageCount(p.file);
      for (let n = 1; n <= Math.min(pages, 3); n++) expect(text, p.file).toMatch(new RegExp(`— ?${n} ?—`));
    }
  }, 120_000);

  it('embeds its fonts; LibreOffice sets the text in the CJK faces', async () => {
    for (const p of pdfs) {
      const fonts = await pdfFonts(p.file);
      expect(fonts.length, p.file).toBeGreaterThan(0);
      for (const f of fonts) expect(f.embedded, `${p.file}: ${f.name}`).toBe(true);
      if (p.format !== 'pdf')
        expect(
          fonts.some((f) => /CJK/.test(f.name)),
          p.file,
        ).toBe(true);
    }
  }, 60_000);
});
