import { describe, expect, it } from 'vitest';
import { scoreSummary } from '../../shared/campaigns/stats.ts';
import { reportContentJson } from '../../shared/reports/canonical.ts';
import { sanitizeFileStem, reportFileName } from '../../shared/reports/fileName.ts';
import {
  chineseNumber,
  formatAverage,
  formatDate,
  formatScore,
  formatShare,
  issueStampText,
} from '../../shared/reports/format.ts';
import { evaluatedCaseOf } from '../../shared/reports/fromSheets.ts';
import { maskedForExport, maskIdNumber, reportIdNumber } from '../../shared/reports/mask.ts';
import type { CaseScoreSheet } from '../../shared/reports/model.ts';
import { campaignOutline, noticeOutline } from '../../shared/reports/outline/index.ts';
import { balancedTitleLines } from '../../shared/reports/outline/titleLines.ts';
import { formatLawRefs } from '../../shared/templates/law.ts';
import {
  FAIL_VETO_TEMPLATE,
  GRADE_SCALE,
  exampleScoreSheet,
  sampleCampaign,
  sampleScoreSheet,
} from './sampleModels.ts';

/** Figures recomputed here by plain loops over the sheets, not through the statistics module. */
function byHand(sheets: readonly CaseScoreSheet[]) {
  const totals = sheets.map((s) => s.result.total).filter((t): t is number => t !== null);
  const sorted = [...totals].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const units = new Map<string, number[]>();
  for (const s of sheets) {
    const list = units.get(s.case.unit) ?? [];
    if (s.result.total !== null) list.push(s.result.total);
    units.set(s.case.unit, list);
  }
  const problems = new Map<string, number>();
  for (const s of sheets) {
    for (const c of s.categories)
      for (const i of c.items) if (i.deducted > 0) problems.set(i.id, (problems.get(i.id) ?? 0) + 1);
  }
  return {
    count: sheets.length,
    mean: totals.reduce((a, b) => a + b, 0) / totals.length,
    median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    grades: GRADE_SCALE.map((g) => sheets.filter((s) => s.result.grade.id === g.id).length),
    passed: sheets.filter((s) => s.result.grade.id !== 'fail').length,
    vetoed: sheets.filter((s) => s.vetoes.some((v) => v.hit)).length,
    unitMeans: new Map([...units].map(([u, list]) => [u, list.reduce((a, b) => a + b, 0) / list.length])),
    problems,
  };
}

describe('score sheets from the engine', () => {
  it('carry the engine’s total, category scores and a rectification per veto hit and deducted item', () => {
    const sheet = exampleScoreSheet();
    expect(sheet.result.total).toBe(87.5);
    expect(sheet.result.grade.name).toBe('良好');
    const deducted = sheet.categories.flatMap((c) => c.items).filter((i) => i.deducted > 0);
    expect(deducted.map((i) => i.id)).toEqual(['A2', 'B1', 'C1', 'C2', 'D3', 'E8', 'G1', 'G7']);
    expect(sheet.rectifications.map((r) => r.itemId)).toEqual(deducted.map((i) => i.id));
    // Category subtotals add up to the total when no veto applies.
    expect(sheet.categories.reduce((sum, c) => sum + c.earned, 0)).toBeCloseTo(87.5, 10);
    // The standard's finding that fits the chosen option, not the first one of the item.
    expect(sheet.categories.flatMap((c) => c.items).find((i) => i.id === 'B1')!.reason).not.toBe('无立案审批表');
    expect(sheet.categories.flatMap((c) => c.items).find((i) => i.id === 'G1')!.deductions).toEqual([
      { label: expect.any(String), occurrences: 3, points: 1.5 },
    ]);
  });

  it('a veto zeroes the total with the bundled standard and leaves it null with a fail veto', () => {
    const zero = sampleScoreSheet({ index: 3, vetoes: ['V6'] });
    expect(zero.result).toMatchObject({ total: 0, vetoed: true, grade: { name: '不合格' } });
    const fail = sampleScoreSheet({ index: 3, template: FAIL_VETO_TEMPLATE, vetoes: ['V1'] });
    expect(fail.result).toMatchObject({ total: null, vetoed: true, grade: { id: 'fail', name: '不合格' } });
    expect(fail.vetoes.find((v) => v.id === 'V1')).toMatchObject({ hit: true, effectLabel: '直接评为不合格' });
    expect(fail.rectifications[0]!.itemId).toBe('V1');
  });

  it('masks a person’s ID number unless revealing was asked for; organisations’ codes stay', () => {
    const masked = sampleScoreSheet({ index: 2, person: true });
    expect(masked.case.party.idNumber).toMatch(/^120107\*{8}\d{3}[\dX]$/);
    expect(masked.case.party.idMasked).toBe(true);
    const revealed = sampleScoreSheet({ index: 2, person: true, revealIds: true });
    expect(revealed.case.party.idNumber).toMatch(/^120107\d{11}[\dX]$/);
    expect(maskedForExport(revealed).case.party.idNumber).toBe(masked.case.party.idNumber);
    const org = sampleScoreSheet({ index: 2, person: false });
    expect(org.case.party.idNumber).toMatch(/^91120116MA06/);
    expect(maskedForExport(org)).toBe(org);
    expect(maskIdNumber('120101198001011234')).toBe('120101********1234');
    expect(reportIdNumber(null, { personal: true })).toEqual({ idNumber: null, idMasked: false });
  });
});

describe('campaign figures', () => {
  const { sheets, report, notices } = sampleCampaign(120, 11);
  const hand = byHand(sheets);

  it('are the numbers recomputed from the sheets', () => {
    expect(report.overall.count).toBe(hand.count);
    expect(report.overall.mean).toBeCloseTo(hand.mean, 10);
    expect(report.overall.median).toBe(hand.median);
    expect([report.overall.min, report.overall.max]).toEqual([hand.min, hand.max]);
    expect(report.grades.map((g) => g.count)).toEqual(hand.grades);
    expect(report.grades.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 10);
    expect(report.overall.passRate).toBeCloseTo(hand.passed / hand.count, 10);
    expect(report.overall.vetoCases).toBe(hand.vetoed);
    for (const u of report.units) expect(u.mean).toBeCloseTo(hand.unitMeans.get(u.unit)!, 10);
    for (const p of report.problems) expect(p.count).toBe(hand.problems.get(p.itemId));
    expect(report.problems.length).toBe(hand.problems.size);
    expect(report.cases.map((c) => c.total)).toEqual(sheets.map((s) => s.result.total));
  });

  it('agree with the dashboard’s statistics on the same cases', () => {
    const dashboard = scoreSummary(sheets.map((s, i) => evaluatedCaseOf(s, i)));
    expect([dashboard.average, dashboard.median, dashboard.min?.value, dashboard.max?.value]).toEqual([
      report.overall.mean,
      report.overall.median,
      report.overall.min,
      report.overall.max,
    ]);
  });

  it('rank units by mean, best first, and problems by files', () => {
    const means = report.units.map((u) => u.mean!);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(report.units[0]!.rank).toBe(1);
    const counts = report.problems.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(report.problems[0]!.caseNumbers).toHaveLength(report.problems[0]!.count);
  });

  it('list every rectification item once and send each unit its own', () => {
    expect(report.rectification.items.length).toBe(sheets.reduce((s, x) => s + x.rectifications.length, 0));
    for (const n of notices) {
      const unit = report.units.find((u) => u.unit === n.source.unitId)!;
      expect(unit).toBeDefined();
      const items = n.cases.reduce((s, c) => s + c.items.length, 0);
      expect(items).toBe(report.rectification.items.filter((i) => i.unit === unit.unit).length);
      expect(n.deadline.date).toBe(report.rectification.deadline);
    }
  });

  it('are reproducible: the same seed gives the same model, another seed another', () => {
    expect(reportContentJson(sampleCampaign(30, 5).report)).toBe(reportContentJson(sampleCampaign(30, 5).report));
    expect(reportContentJson(sampleCampaign(30, 6).report)).not.toBe(reportContentJson(sampleCampaign(30, 5).report));
  });

  it('number the outline’s tables in order and cite each one in the text before it', () => {
    const doc = campaignOutline(report);
    const captions = doc.body.flatMap((b) => (b.type === 'table' && b.caption ? [b.caption] : []));
    captions.forEach((c, i) => expect(c.startsWith(`表${i + 1} `)).toBe(true));
    const text = doc.body.map((b) => (b.type === 'paragraph' ? b.text : '')).join('');
    for (let i = 1; i <= captions.length; i++) expect(text).toContain(`表${i}`);
    // One annex, the per-case results; the itemised rectification list goes to each unit's notice.
    expect(doc.annexes.map((a) => a.label)).toEqual(['附件1']);
    expect(text).toContain('整改通知书中逐案列明');
    expect(noticeOutline(notices[0]!).body[0]!.type).toBe('paragraph');
  });
});

describe('display rules', () => {
  it('format scores, averages, shares, dates and section numbers', () => {
    expect([formatScore(87.5), formatScore(90), formatScore(86.333333), formatScore(null)]).toEqual([
      '87.5',
      '90',
      '86.33',
      '—',
    ]);
    expect([formatAverage(87), formatAverage(86.335)]).toEqual(['87.00', '86.34']);
    expect(formatShare(0.2268)).toBe('22.68%');
    expect(formatDate('2026-04-05')).toBe('2026年4月5日');
    expect([1, 10, 12, 20, 23].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十三']);
  });

  it('names a law once for consecutive articles', () => {
    expect(
      formatLawRefs([
        { law: '中华人民共和国行政处罚法', article: '第四十条' },
        { law: '中华人民共和国行政处罚法', article: '第四十六条' },
        { law: '中华人民共和国行政强制法', article: '第三十五条' },
      ]),
    ).toBe('《中华人民共和国行政处罚法》第四十条、第四十六条、《中华人民共和国行政强制法》第三十五条');
  });

  it('split long titles into balanced lines without breaking numbers', () => {
    const title = '关于2026年第一季度行政执法案卷评查情况的通报';
    const lines = balancedTitleLines(title, 20);
    expect(lines).toEqual(['关于2026年第一季度行政执法', '案卷评查情况的通报']);
    const long = '关于天津市滨海新区2026年第一季度行政执法案卷评查情况及上一季度整改落实情况的通报';
    const split = balancedTitleLines(long, 20);
    expect(split.join('')).toBe(long);
    for (const line of split)
      expect([...line].reduce((s, c) => s + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0)).toBeLessThanOrEqual(20);
    expect(balancedTitleLines('整改通知书', 20)).toEqual(['整改通知书']);
    expect(balancedTitleLines('第一行\n第二行', 20)).toEqual(['第一行', '第二行']);
  });

  it('name files in Chinese without characters Windows refuses', () => {
    expect(sanitizeFileStem('案卷评查表-A/B:C*?"<>|')).toBe('案卷评查表-A／B：C＊？＂＜＞｜');
    expect(sanitizeFileStem('con')).toBe('_con');
    expect(sanitizeFileStem('  ')).toBe('报告');
    const sheet = exampleScoreSheet();
    expect(reportFileName(sheet, 'pdf')).toBe('案卷评查表-津滨大沽执罚〔2025〕27号.pdf');
    expect(reportFileName({ ...sheet, version: 2 }, 'docx')).toBe('案卷评查表-津滨大沽执罚〔2025〕27号（第2版）.docx');
  });

  it('stamp issued and reissued documents, not drafts', () => {
    const sheet = exampleScoreSheet();
    expect(issueStampText(sheet)).toBeNull();
    const hash = 'ab'.repeat(32);
    const supersedes = { version: 1, contentHash: hash, reason: '更正扣分' };
    expect(
      issueStampText({
        ...sheet,
        version: 2,
        supersedes,
        issue: { contentHash: hash, issuedAt: '2026-04-16T09:00:00+08:00' },
      }),
    ).toBe(`第2版\u3000替代第1版（更正扣分）\u3000内容校验码（SHA-256）${hash.slice(0, 16)}`);
  });
});
