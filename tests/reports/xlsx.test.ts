import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportXlsx } from '../../electron/reports/xlsx/index.ts';
import type { CampaignReport, CaseScoreSheet, RectificationNotice } from '../../shared/reports/model.ts';
import { sampleCampaign } from './sampleModels.ts';
import { zipEntryText } from './tools.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs declares its own pre-generic Buffer type; a Node Buffer is what it reads.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The first row whose cell in `column` holds `value`. */
function rowWith(ws: ExcelJS.Worksheet, column: number, value: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === value) return ws.getRow(r);
  throw new Error(`${ws.name}: no row with ${value}`);
}

function frozen(ws: ExcelJS.Worksheet) {
  const view = ws.views[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
  return { state: view?.state, ySplit: view?.ySplit, xSplit: view?.xSplit };
}

describe('XLSX read back', () => {
  let report: CampaignReport;
  let single: CaseScoreSheet;
  let notice: RectificationNotice;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const c = sampleCampaign(80, 2026);
    report = c.report;
    single = c.sheets[0]!;
    notice = c.notices[1]!;
    wb = await load(await reportXlsx(report));
  });

  it('has the summary, ranking, problems, per-case, one matrix per standard and rectification sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '单位排名',
      '常见问题',
      '案卷明细',
      ...report.matrices.map((m, i) => `评查矩阵${i + 1}-${m.templateName}`.slice(0, 31)),
      '整改事项',
    ]);
    expect(report.matrices.length).toBe(3);
  });

  it('the summary’s figures are the model’s numbers, stored as numbers with formats', () => {
    const ws = sheet(wb, '汇总');
    const figure = (label: string) => rowWith(ws, 1, label).getCell(2);
    const o = report.overall;
    const expected: [string, number | null, string][] = [
      ['评查案卷数（件）', o.count, '0'],
      ['平均得分', o.mean, '0.00'],
      ['中位数', o.median, 'General'],
      ['合格率', o.passRate, '0.00%'],
      ['一票否决案卷（件）', o.vetoCases, '0'],
    ];
    for (const [label, value, format] of expected) {
      const cell = figure(label);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(value);
      // exceljs stores no format for General and reads none back.
      expect(cell.numFmt ?? 'General').toBe(format);
    }
    for (const g of report.grades) {
      const row = rowWith(ws, 1, g.name);
      expect([row.getCell(2).value, row.getCell(3).value]).toEqual([g.count, g.share]);
    }
    expect(frozen(ws)).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('the per-case sheet has every case’s total as a number, header frozen', () => {
    const ws = sheet(wb, '案卷明细');
    expect(ws.getRow(1).getCell(7).value).toBe('得分');
    report.cases.forEach((c, i) => {
      const row = ws.getRow(2 + i);
      expect(row.getCell(2).value).toBe(c.caseNumber);
      expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(7).value).toBe(c.total);
      expect(row.getCell(8).value).toBe(c.grade.name);
    });
    expect(frozen(ws)).toEqual({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it('each matrix holds the points deducted per item per case, with totals whose cached results add up', () => {
    report.matrices.forEach((m, mi) => {
      const ws = sheet(wb, `评查矩阵${mi + 1}-${m.templateName}`.slice(0, 31));
      const cases = report.cases.filter((c) => c.templateId === m.templateId);
      m.columns.forEach((col, ci) =>
        expect(String(ws.getRow(2).getCell(6 + ci).value)).toMatch(new RegExp(`^${col.itemId}\\n`)),
      );
      cases.forEach((c, r) => {
        const row = ws.getRow(3 + r);
        expect(row.getCell(2).value).toBe(c.caseNumber);
        m.columns.forEach((col, ci) => {
          const cell = row.getCell(6 + ci);
          const points = c.deductions[col.itemId];
          if (points === undefined) expect(cell.value ?? null).toBe(c.notApplicable.includes(col.itemId) ? '—' : null);
          else {
            expect(cell.type).toBe(ExcelJS.ValueType.Number);
            expect(cell.value).toBe(points);
          }
        });
      });
      const sums = ws.getRow(3 + cases.length + 1);
      expect(sums.getCell(1).value).toBe('扣分合计');
      m.columns.forEach((col, ci) => {
        const cell = sums.getCell(6 + ci).value as { formula: string; result: number };
        expect(cell.formula).toMatch(/^SUM\(/);
        // exceljs reads a cached <v>0</v> back as no result; the next test finds the zero in the XML.
        expect(cell.result ?? 0).toBeCloseTo(
          cases.reduce((s, c) => s + (c.deductions[col.itemId] ?? 0), 0),
          10,
        );
      });
      expect(frozen(ws)).toEqual({ state: 'frozen', ySplit: 2, xSplit: 2 });
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.printTitlesRow).toBe('1:2');
    });
  });

  it('writes the cached result of a formula even when it is zero', async () => {
    // The simple-procedure matrix has items nobody lost points on.
    const mi = report.matrices.findIndex((m) => m.templateId === 'simple-penalty');
    const m = report.matrices[mi]!;
    const cases = report.cases.filter((c) => c.templateId === m.templateId);
    const zero = m.columns.findIndex((col) => cases.every((c) => !c.deductions[col.itemId]));
    expect(zero).toBeGreaterThanOrEqual(0);
    const xml = await zipEntryText(await reportXlsx(report), `xl/worksheets/sheet${5 + mi}.xml`);
    const letter = sheet(wb, `评查矩阵${mi + 1}-${m.templateName}`.slice(0, 31)).getColumn(6 + zero).letter;
    const last = 2 + cases.length;
    expect(xml).toContain(`<f>SUM(${letter}3:${letter}${last})</f><v>0</v>`);
  });

  it('the ranking and the rectification list keep numbers and dates typed', () => {
    const ranking = sheet(wb, '单位排名');
    for (const u of report.units) {
      const row = rowWith(ranking, 2, u.unit);
      expect([row.getCell(1).value, row.getCell(3).value, row.getCell(5).value]).toEqual([u.rank, u.count, u.mean]);
      expect(row.getCell(5).numFmt).toBe('0.00');
    }
    const items = sheet(wb, '整改事项');
    expect(items.rowCount).toBe(1 + report.rectification.items.length);
    const deadline = items.getRow(2).getCell(9);
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect((deadline.value as Date).toISOString().slice(0, 10)).toBe(report.rectification.items[0]!.deadline);
    for (const ws of wb.worksheets)
      expect(ws.getRow(ws.name === '汇总' ? 4 : 1).getCell(1).font?.name).toMatch(/黑体|宋体/);
  });

  it('a single case’s workbook lists its items, with the sum as a formula and the engine’s total', async () => {
    const book = await load(await reportXlsx(single));
    const ws = sheet(book, '评查表');
    const items = single.categories.flatMap((c) => c.items);
    for (const i of items) {
      const row = rowWith(ws, 2, i.id);
      expect([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]).toEqual([
        i.points,
        i.deducted,
        i.earned,
      ]);
    }
    const sum = rowWith(ws, 1, '合计');
    expect((sum.getCell(6).value as { result: number }).result).toBeCloseTo(single.result.earned, 10);
    expect(rowWith(ws, 1, '评查得分').getCell(4).value).toBe(single.result.total);
    expect(frozen(ws).ySplit).toBeGreaterThan(8);
  });

  it('a notice’s workbook has one row per item with the deadline', async () => {
    const book = await load(await reportXlsx(notice));
    const ws = sheet(book, '整改事项');
    const count = notice.cases.reduce((s, c) => s + c.items.length, 0);
    expect(ws.rowCount).toBe(2 + count);
    expect((ws.getRow(3).getCell(11).value as Date).toISOString().slice(0, 10)).toBe(notice.deadline.date);
  });
});
