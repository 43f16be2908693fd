/**
 * Reports built from a real workspace (two quarters made through the API): the 通报 counts the
 * finalised evaluations and says so; its figures are the store's (campaigns:stats) and so are
 * the numbers read back from its DOCX and XLSX; the follow-up of the previous quarter's items
 * is reckoned with the holiday calendar as of the report date; the comparison quotes the
 * previous quarter; notices carry the board's items and deadlines.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignStats } from '../../shared/api/campaignTypes.ts';
import type { ReportPreview } from '../../shared/api/reportTypes.ts';
import { formatAverage, formatShare } from '../../shared/reports/format.ts';
import type { CampaignReport, CaseScoreSheet, RectificationNotice } from '../../shared/reports/model.ts';
import { docxText, zipEntryText } from '../reports/tools.ts';
import { finishQ2, REPORT_TODAY, reportWorkspace, UNITS, type ReportWorkspace } from './reportHelpers.ts';

let w: ReportWorkspace;

beforeAll(async () => {
  w = await reportWorkspace();
}, 180_000);
afterAll(() => w?.api.close());

async function preview(target: unknown, issuedOn = REPORT_TODAY): Promise<ReportPreview> {
  return w.api.ok('reports:preview', { target, includeModel: true, issuedOn });
}

async function campaignModel(campaignId: number): Promise<CampaignReport> {
  const p = await preview({ kind: 'campaign_report', campaignId });
  return p.model as CampaignReport;
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function cellAfter(ws: ExcelJS.Worksheet, label: string): ExcelJS.CellValue {
  for (let r = 1; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r).getCell(2).value;
  throw new Error(`${ws.name}: no row ${label}`);
}

describe('the 通报 of a campaign with an evaluation not finalised', () => {
  it('counts the finalised ones, says how many are left out, names them, and cannot be issued', async () => {
    const p = await preview({ kind: 'campaign_report', campaignId: w.q2 });
    const model = p.model as CampaignReport;
    expect(p).toMatchObject({ counted: 5, drawn: 6 });
    expect(p.unfinished).toEqual([
      expect.objectContaining({ caseNumber: w.q2Cases.U2b!.caseNumber, status: 'submitted' }),
    ]);
    expect(p.blockers.join('\n')).toContain(w.q2Cases.U2b!.caseNumber);
    expect(model.summary[0]).toContain('本通报统计已评查定稿的5件案卷（另有1件尚未定稿，未计入统计）');
    expect(model.overall.count).toBe(5);
  });
});

describe('the 通报 from the store', () => {
  let model: CampaignReport;
  let stats: CampaignStats;

  beforeAll(async () => {
    await finishQ2(w);
    model = await campaignModel(w.q2);
    stats = await w.api.ok('campaigns:stats', { campaignId: w.q2 });
  });

  it('prints the store’s figures: counts, scores, grades, units and problems are those of campaigns:stats', () => {
    expect(stats.counted).toBe(6);
    expect(model.overall).toMatchObject({
      count: stats.counted,
      scored: stats.summary.scored,
      mean: stats.summary.average,
      median: stats.summary.median,
      min: stats.summary.min?.value ?? null,
      max: stats.summary.max?.value ?? null,
      vetoCases: stats.summary.vetoed.value,
      passRate: stats.passRate.share,
    });
    expect(Object.fromEntries(model.grades.map((g) => [g.name, g.count]))).toEqual(
      Object.fromEntries(stats.grades.map((g) => [g.grade, g.count])),
    );
    expect(model.units.map((u) => [u.unit, u.count, u.mean, u.rank])).toEqual(
      stats.units.map((u) => [u.unit, u.count, u.average, u.rank]),
    );
    expect(model.problems.map((p) => [p.itemId, p.count])).toEqual(stats.problems.map((p) => [p.itemId, p.count]));
    expect(model.vetoHits.map((v) => [v.id, v.count])).toEqual(stats.vetoes.map((v) => [v.id, v.count]));
    expect(model.summary[0]).toContain('本通报统计已评查定稿的6件案卷。');
  });

  it('takes the 抽样记录, panel and scope from the draw and the assignments', async () => {
    const record = await w.api.ok('campaigns:draw-record', { campaignId: w.q2 });
    expect(model.method.sampling).toMatchObject({
      seed: '2',
      rule: 'all',
      populationTotal: record.populationSize,
      drawnTotal: record.drawnCount,
    });
    expect(model.method.sampling.perUnit.map((u) => [u.unit, u.drawn])).toEqual([...UNITS].sort().map((u) => [u, 2]));
    const reviewers = (await w.api.ok('campaigns:cases', { campaignId: w.q2 })).rows.map((r) => r.reviewerName);
    for (const name of new Set(reviewers)) expect(model.method.reviewers.map((r) => r.name)).toContain(name);
    expect(model.method.reviewers.find((r) => r.name === '复核人丁')).toMatchObject({ role: '复核人' });
    expect(model.scope.units).toEqual([...UNITS].sort());
    expect(model.issuingBody).toBe('天津市滨海新区司法局');
    expect(model.title).toBe('关于2025年第二季度行政执法案卷评查情况的通报');
    expect(model.period.label).toBe('2025年第二季度');
  });

  it('lists the board’s items with their status as of the report date, repeats flagged', async () => {
    const items = (await w.api.ok('rectifications:list', { campaignId: w.q2, limit: 1000 })).rows;
    expect(model.rectification.items).toHaveLength(items.length);
    for (const item of items) {
      const entry = model.rectification.items.find((e) => e.caseNumber === item.caseNumber && e.itemId === item.itemId);
      expect(entry, `${item.caseNumber} ${item.itemId}`).toMatchObject({
        problem: item.problem,
        action: item.requirement,
        status: '待整改',
        repeat: item.repeatOf !== null,
      });
    }
    // Unit 0 fails B1 again and unit 1 C1, as in Q1.
    expect(model.rectification.items.filter((e) => e.repeat).map((e) => [e.unit, e.itemId, e.caseNumber])).toEqual([
      [UNITS[0], 'B1', w.q2Cases.U0a!.caseNumber],
      [UNITS[1], 'C1', w.q2Cases.U1a!.caseNumber],
    ]);
    // Nothing issued yet: the plan's deadline is 15 working days from the report date (Q2's
    // default), counting Saturday 11 October, a make-up working day after National Day.
    expect(model.rectification.workingDays).toBe(15);
    expect(model.rectification.deadline).toBe('2025-10-30');
  });

  it('follows up the previous quarter’s issued items as of the report date, overdue in working days', () => {
    expect(model.followUp).toMatchObject({
      previous: {
        title: '关于2025年第一季度行政执法案卷评查情况的通报',
        documentNumber: null,
        periodLabel: '2025年第一季度',
      },
      checkedOn: REPORT_TODAY,
      total: 2,
      accepted: 1,
      rectified: 0,
      inProgress: 0,
      overdue: 1,
    });
    // Due 30 September; 1–8 October are holidays: 9 and 10 October are the two working days past it.
    expect(model.followUp!.overdueItems).toEqual([
      expect.objectContaining({
        unit: UNITS[1],
        caseNumber: '津Q1执罚〔2025〕2号',
        deadline: '2025-09-30',
        workingDaysOverdue: 2,
      }),
    ]);
    expect(model.followUp!.repeated.map((r) => [r.unit, r.itemId, r.count])).toEqual([
      [UNITS[0], 'B1', 1],
      [UNITS[1], 'C1', 1],
    ]);
  });

  it('compares with the previous quarter’s figures as the store has them', async () => {
    const q1 = await w.api.ok('campaigns:stats', { campaignId: w.q1 });
    expect(model.comparison!.previous).toEqual({
      label: '2025年第一季度',
      evaluated: q1.counted,
      mean: q1.summary.average,
      passRate: q1.passRate.share,
      excellentRate: q1.grades.find((g) => g.grade === '优秀')!.count / q1.counted,
      vetoCases: q1.summary.vetoed.value,
    });
    expect(model.comparison!.previous.mean).toBe(98);
    expect(model.comparison!.current).toMatchObject({ evaluated: 6, mean: model.overall.mean });
  });

  it('exports DOCX and XLSX whose numbers, read back, are the store’s', async () => {
    const target = { kind: 'campaign_report', campaignId: w.q2 };
    const docx = await w.api.ok('reports:export', { target, format: 'docx' });
    const text = docxText(await zipEntryText(docx, 'word/document.xml'));
    expect(text).toContain(`本次共评查案卷${stats.counted}件`);
    expect(text).toContain(`平均得分${formatAverage(stats.summary.average)}分`);
    expect(text).toContain(`合格率${formatShare(stats.passRate.share!)}`);
    for (const u of stats.units) expect(text).toContain(u.unit);
    for (const row of (await w.api.ok('campaigns:cases', { campaignId: w.q2 })).rows) {
      expect(text).toContain(row.caseNumber);
    }
    expect(text).toContain('逾期未整改1项');

    const wb = await workbook(await w.api.ok('reports:export', { target, format: 'xlsx' }));
    const summary = wb.getWorksheet('汇总')!;
    expect(cellAfter(summary, '评查案卷数（件）')).toBe(stats.counted);
    expect(cellAfter(summary, '平均得分')).toBeCloseTo(stats.summary.average!, 10);
    expect(cellAfter(summary, '合格率')).toBeCloseTo(stats.passRate.share!, 10);
    // 案卷明细: 案号 in column 2, 得分 in column 7, one row per drawn case, totals as the store has them.
    const cases = wb.getWorksheet('案卷明细')!;
    const byNumber = new Map<string, unknown>();
    for (let r = 2; r <= cases.rowCount; r++)
      byNumber.set(String(cases.getRow(r).getCell(2).value), cases.getRow(r).getCell(7).value);
    const rows = (await w.api.ok('campaigns:cases', { campaignId: w.q2 })).rows;
    for (const row of rows) expect(byNumber.get(row.caseNumber), row.caseNumber).toBe(row.total);
  });
});

describe('score sheets and notices from the store', () => {
  it('a score sheet carries the evaluation’s results, reviewers, sign-off dates and the board’s items', async () => {
    const u0a = w.q2Cases.U0a!;
    const p = await preview({ kind: 'case_score_sheet', evaluationId: u0a.evaluationId });
    const sheet = p.model as CaseScoreSheet;
    const view = await w.api.ok('evaluations:open', { evaluationId: u0a.evaluationId });
    expect(sheet.result.total).toBe(view.score.total);
    expect(sheet.result.grade.name).toBe(view.evaluation.grade);
    expect(sheet.status).toEqual({ id: 'finalized', label: '已定稿' });
    expect(sheet.reviewers).toEqual([
      expect.objectContaining({ role: '评查人', name: u0a.reviewer }),
      expect.objectContaining({ role: '复核人', name: '复核人丁' }),
    ]);
    expect(sheet.dates.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sheet.dates.finalisedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sheet.campaign).toEqual({ title: '2025年第二季度行政执法案卷评查', periodLabel: '2025年第二季度' });
    const items = (await w.api.ok('rectifications:list', { evaluationId: u0a.evaluationId })).rows;
    expect(sheet.rectifications.map((r) => [r.itemId, r.problem, r.action])).toEqual(
      items.map((i) => [i.itemId, i.problem, i.requirement]),
    );
    // The preview a window receives shows the party's ID masked.
    expect(sheet.case.party).toMatchObject({ idNumber: '120101********1234', idMasked: true });
    // A case as the desk names it: the current evaluation of the case.
    const byCase = await preview({ kind: 'case_score_sheet', caseId: u0a.caseId });
    expect(byCase.target.evaluationId).toBe(u0a.evaluationId);
  });

  it('a notice lists its unit’s cases with the board’s items; the deadline from the notice date by the calendar', async () => {
    const p = await preview({ kind: 'rectification_notice', campaignId: w.q2, unit: UNITS[1] });
    const notice = p.model as RectificationNotice;
    const items = (await w.api.ok('rectifications:list', { campaignId: w.q2, unit: UNITS[1] })).rows;
    expect(notice.addressee).toBe(UNITS[1]);
    expect(notice.cases.flatMap((c) => c.items.map((i) => [c.caseNumber, i.itemId, i.problem]))).toEqual(
      items.map((i) => [i.caseNumber, i.itemId, i.problem]),
    );
    expect(notice.deadline).toEqual({ from: REPORT_TODAY, workingDays: 15, date: '2025-10-30' });
    // The 通报 is not issued yet: issuing the notice would be refused, naming why.
    expect(p.blockers.join('\n')).toContain('请先签发本次评查的评查情况通报');
  });
});
