import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../../electron/reports/docx/index.ts';
import { formatAverage, formatDate, formatDeduction, formatScore, formatShare } from '../../shared/reports/format.ts';
import { campaignOutline } from '../../shared/reports/outline/index.ts';
import type { CampaignReport, CaseScoreSheet, RectificationNotice } from '../../shared/reports/model.ts';
import { sampleCampaign } from './sampleModels.ts';
import { docxText, zipEntryText } from './tools.ts';

/** The rows of every table as lists of cell texts. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => docxText(tc[0]).replace(/\n/g, '').trim()),
  );
}

function rowStarting(rows: string[][], ...cells: string[]): string[] {
  const row = rows.find((r) => cells.every((c, i) => r[i] === c));
  if (!row) throw new Error(`no row starting ${cells.join(' | ')}`);
  return row;
}

interface Parts {
  document: string;
  text: string;
  rows: string[][];
  styles: string;
  settings: string;
  fonts: string;
  footers: string[];
}

async function parts(bytes: Uint8Array): Promise<Parts> {
  const document = await zipEntryText(bytes, 'word/document.xml');
  const footerNames = [...document.matchAll(/<w:footerReference [^>]*r:id="([^"]+)"/g)].length;
  const footers: string[] = [];
  for (let i = 1; i <= footerNames; i++) footers.push(await zipEntryText(bytes, `word/footer${i}.xml`));
  return {
    document,
    text: docxText(document),
    rows: tableRows(document),
    styles: await zipEntryText(bytes, 'word/styles.xml'),
    settings: await zipEntryText(bytes, 'word/settings.xml'),
    fonts: await zipEntryText(bytes, 'word/fontTable.xml'),
    footers,
  };
}

/** Runs with text whose properties do not name an East Asian font and zh-CN themselves. */
function runsWithoutChineseSettings(document: string): string[] {
  return [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map((m) => m[1]!)
    .filter((r) => /<w:t[ >]/.test(r))
    .filter((r) => !/w:eastAsia="[^"]+"/.test(r) || !/<w:lang [^>]*w:eastAsia="zh-CN"/.test(r));
}

describe('DOCX read back', () => {
  let report: CampaignReport;
  let notice: RectificationNotice;
  let sheet: CaseScoreSheet;
  let campaign: Parts;
  let noticeParts: Parts;
  let sheetParts: Parts;

  beforeAll(async () => {
    const c = sampleCampaign(60, 2026);
    report = c.report;
    notice = c.notices[0]!;
    sheet = c.sheets[0]!;
    campaign = await parts(await reportDocx(report));
    noticeParts = await parts(await reportDocx(notice));
    sheetParts = await parts(await reportDocx(sheet));
  });

  it('the 通报 prints the model’s overall figures and grade counts', () => {
    const o = report.overall;
    expect(campaign.text).toContain(`本次共评查案卷${o.count}件`);
    expect(campaign.text).toContain(
      `平均得分${formatAverage(o.mean)}分，中位数${formatScore(o.median)}分，最高${formatScore(o.max)}分，最低${formatScore(o.min)}分`,
    );
    expect(campaign.text).toContain(`合格率${formatShare(o.passRate)}`);
    for (const g of report.grades) expect(campaign.text).toContain(`${g.name}${g.count}件，占${formatShare(g.share)}`);
    const total = rowStarting(campaign.rows, '合计', String(o.count));
    expect(total.slice(2)).toEqual([
      formatAverage(o.mean),
      formatScore(o.median),
      formatScore(o.max),
      formatScore(o.min),
    ]);
  });

  it('the unit table is the model’s ranking with its means and grade counts', () => {
    // The ranking table's rows: rank, unit, files, mean, one column per grade, vetoes, pass rate.
    const ranking = campaign.rows.filter((r) => r.length === 6 + report.gradeScale.length);
    for (const u of report.units) {
      const row = rowStarting(ranking, String(u.rank), u.unit);
      expect(row.slice(2, 4)).toEqual([String(u.count), formatAverage(u.mean)]);
      expect(row.slice(4, 8)).toEqual(report.gradeScale.map((g) => String(u.grades.find((b) => b.id === g.id)!.count)));
      expect(row.slice(8)).toEqual([String(u.vetoCases), formatShare(u.passRate, 1)]);
    }
  });

  it('annex 1 lists every case with its total and grade', () => {
    report.cases.forEach((c, i) => {
      const row = rowStarting(campaign.rows, String(i + 1), c.caseNumber);
      expect(row.slice(4, 6)).toEqual([formatScore(c.total), c.grade.name]);
    });
  });

  it('is laid out as GB/T 9704 asks: A4, margins, 28.9 pt lines, title and body sizes, outside page numbers', () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(campaign.document)![0];
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sect).toMatch(/w:top="2098"/);
    expect(sect).toMatch(/w:bottom="1984"/);
    expect(sect).toMatch(/w:left="1587"/);
    expect(sect).toMatch(/w:right="1474"/);
    expect(campaign.styles).toMatch(/<w:spacing w:before="0" w:after="0" w:line="578" w:lineRule="exact"\/>/);
    expect(campaign.styles).toMatch(/<w:sz w:val="32"\/>/);
    expect(campaign.styles).toMatch(/<w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
    // The title: 2号 (22 pt = 44 half-points) 方正小标宋简体.
    expect(campaign.document).toMatch(
      /w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?<w:t[^>]*>关于2026年第一季度行政执法<\/w:t>/,
    );
    expect(campaign.text).toContain('津滨司发〔2026〕12号');
    expect(campaign.text).toContain(`${report.addressees}：`);
    expect(campaign.settings).toContain('<w:evenAndOddHeaders/>');
    expect(campaign.footers).toHaveLength(2);
    for (const f of campaign.footers) {
      expect(f).toMatch(/PAGE/);
      expect(docxText(f)).toMatch(/— +—/);
    }
    expect(campaign.footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(campaign.footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
  });

  it('names an East Asian font and zh-CN on every run, with Windows fallbacks in the font table', () => {
    for (const p of [campaign, noticeParts, sheetParts]) expect(runsWithoutChineseSettings(p.document)).toEqual([]);
    expect(campaign.fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(campaign.fonts).toContain('<w:charset w:val="86"/>');
  });

  it('repeats table header rows on every page and keeps rows whole', () => {
    const tables = [...campaign.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const outline = campaignOutline(report);
    const expected = [...outline.body, ...outline.annexes.flatMap((a) => a.blocks)].filter((b) => b.type === 'table');
    expect(tables.length).toBe(expected.length);
    for (const t of tables) {
      expect(t).toContain('<w:tblHeader/>');
      expect(t).toContain('<w:cantSplit/>');
    }
  });

  it('draws the charts as native Word charts', async () => {
    const bytes = await reportDocx(report);
    const chart = await zipEntryText(bytes, 'word/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    for (const g of report.grades) expect(chart).toContain(`<c:v>${g.name}</c:v>`);
  });

  it('the 整改通知书 addresses its unit with every item and the deadline', () => {
    expect(noticeParts.text).toContain(`${notice.addressee}：`);
    expect(noticeParts.text).toContain(notice.documentNumber);
    for (const c of notice.cases) {
      expect(noticeParts.text).toContain(c.caseNumber);
      for (const it of c.items) expect(noticeParts.text).toContain(it.problem);
    }
    expect(noticeParts.text).toContain(`即${formatDate(notice.deadline.date)}前完成整改`);
    expect(noticeParts.text).toContain(`平均得分${formatAverage(notice.results.mean)}分`);
  });

  it('the 案卷评查表 has every item with points, deduction and score, and the total', () => {
    for (const c of sheet.categories) {
      for (const i of c.items) {
        const row = rowStarting(sheetParts.rows, i.id);
        expect(row[1]!.startsWith(i.name)).toBe(true);
        expect(row.slice(2, 5)).toEqual([formatScore(i.points), formatDeduction(i.deducted), formatScore(i.earned)]);
      }
    }
    expect(sheetParts.text).toContain(`${formatScore(sheet.result.total)} 分（满分100分）`);
    expect(sheetParts.text).toContain(sheet.case.party.idNumber!);
    expect(sheet.case.party.idNumber).toContain('****');
  });
});
