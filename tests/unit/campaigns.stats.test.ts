import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deductionSources } from '../../shared/campaigns/sources.ts';
import {
  commonProblems,
  competitionRanks,
  gradeDistribution,
  groupBy,
  median,
  passing,
  scoreSummary,
  unitTable,
  vetoHits,
  type EvaluatedCase,
} from '../../shared/campaigns/stats.ts';
import { scoreEvaluation } from '../../shared/scoring/index.ts';
import { parseTemplate, type Template } from '../../shared/templates/index.ts';

function bundledTemplate(): Template {
  const parsed = parseTemplate(
    JSON.parse(readFileSync(new URL('../../resources/checklists/general-penalty.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.template;
}

const d = (itemId: string, points = 1, extra: { occurrences?: number; finding?: string } = {}) => ({
  itemId,
  itemName: `项${itemId}`,
  category: '程序',
  law: null,
  points,
  ...extra,
});
const cases: EvaluatedCase[] = [
  {
    caseId: 1,
    caseNumber: 'N1',
    unit: '甲',
    caseType: 'penalty',
    procedure: 'general',
    total: 95,
    grade: '优秀',
    deductions: [d('E1')],
    vetoHits: [],
  },
  {
    caseId: 2,
    caseNumber: 'N2',
    unit: '甲',
    caseType: 'penalty',
    procedure: 'simple',
    total: 85,
    grade: '良好',
    deductions: [d('E1', 2, { finding: '未载明陈述申辩权' }), d('A1', 3)],
    vetoHits: [],
  },
  {
    caseId: 3,
    caseNumber: 'N3',
    unit: '乙',
    caseType: 'penalty',
    procedure: 'general',
    total: 90,
    grade: '优秀',
    deductions: [d('E1', 1, { occurrences: 2, finding: '未载明陈述申辩权' }), d('E1', 1, { finding: '告知书未送达' })],
    vetoHits: [],
  },
  {
    caseId: 4,
    caseNumber: 'N4',
    unit: '乙',
    caseType: 'penalty',
    procedure: 'general',
    total: null,
    grade: '不合格',
    deductions: [d('A1')],
    vetoHits: [{ id: 'V1', name: '主体违法' }],
  },
  {
    caseId: 5,
    caseNumber: 'N5',
    unit: '丙',
    caseType: 'inspection',
    procedure: null,
    total: 90,
    grade: '优秀',
    deductions: [],
    vetoHits: [],
  },
];

describe('campaign figures with the cases behind them', () => {
  it('summary: average, median, min and max over scored cases, vetoes counted', () => {
    const s = scoreSummary(cases);
    expect(s).toMatchObject({ count: 5, scored: 4, average: 90, median: 90 });
    expect(s.min).toEqual({ value: 85, caseIds: [2] });
    expect(s.max).toEqual({ value: 95, caseIds: [1] });
    expect(s.vetoed).toEqual({ value: 1, caseIds: [4] });
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(scoreSummary([]).average).toBeNull();
  });

  it('grade distribution in tier order with shares and case ids', () => {
    expect(gradeDistribution(cases, ['优秀', '良好', '合格', '不合格'])).toEqual([
      { grade: '优秀', count: 3, share: 0.6, caseIds: [1, 3, 5] },
      { grade: '良好', count: 1, share: 0.2, caseIds: [2] },
      { grade: '合格', count: 0, share: 0, caseIds: [] },
      { grade: '不合格', count: 1, share: 0.2, caseIds: [4] },
    ]);
  });

  it('common problems count cases (not deductions), ranked, with the units affected', () => {
    const rows = commonProblems(cases);
    expect(rows.map((r) => [r.itemId, r.count, r.units, r.caseIds])).toEqual([
      ['E1', 3, ['乙', '甲'], [1, 2, 3]],
      ['A1', 2, ['乙', '甲'], [2, 4]],
    ]);
    expect(rows[0]!.share).toBeCloseTo(0.6);
  });

  it('problems carry rank, occurrences, deducted points and the most frequent finding', () => {
    const rows = commonProblems(cases);
    // E1: case 1 (1 point), case 2 (2 points), case 3 twice (2 occurrences + 1, 1 + 1 points).
    expect(rows.map((r) => [r.itemId, r.rank, r.occurrences, r.deductedPoints, r.description])).toEqual([
      ['E1', 1, 5, 5, '未载明陈述申辩权'],
      ['A1', 2, 2, 4, '项A1'],
    ]);
    const tied = commonProblems([cases[1]!]);
    expect(tied.map((r) => [r.itemId, r.rank])).toEqual([
      ['A1', 1],
      ['E1', 1],
    ]);
  });

  it('pass rate counts every grade but the failing one', () => {
    expect(passing(cases, '不合格')).toEqual({ value: 4, share: 0.8, caseIds: [1, 2, 3, 5] });
    expect(passing([], '不合格')).toEqual({ value: 0, share: 0, caseIds: [] });
    expect(competitionRanks([95, 90, 90, 80, null])).toEqual([1, 2, 2, 4, null]);
  });

  it('per-unit table ranks by average with shared ranks; veto hits listed', () => {
    const rows = unitTable(cases);
    expect(rows.map((r) => [r.unit, r.count, r.average, r.rank, r.vetoes])).toEqual([
      ['丙', 1, 90, 1, 0],
      ['乙', 2, 90, 1, 1],
      ['甲', 2, 90, 1, 0],
    ]);
    expect(vetoHits(cases)).toEqual([{ id: 'V1', name: '主体违法', count: 1, units: ['乙'], caseIds: [4] }]);
    expect(groupBy(cases, (c) => c.caseType).map((g) => [g.key, g.count, g.caseIds])).toEqual([
      ['inspection', 1, [5]],
      ['penalty', 4, [1, 2, 3, 4]],
    ]);
  });
});

describe('deductionSources', () => {
  it('takes the deducted items and hit vetoes of a scored evaluation with the template wording', () => {
    const template = bundledTemplate();
    const score = scoreEvaluation(template, {
      items: { E1: { status: 'deducted', deductions: [{ optionId: 'not_served' }] }, A1: { status: 'ok' } },
      vetoes: { V1: { hit: true } },
    });
    const sources = deductionSources(template, score, { E1: '未送达告知书' });
    expect(sources.map((s) => [s.target, s.itemId])).toEqual([
      ['veto', 'V1'],
      ['item', 'E1'],
    ]);
    const e1 = sources[1]!;
    expect(e1.deducted).toBeGreaterThan(0);
    expect(e1.category).toBe('程序');
    expect(e1.note).toBe('未送达告知书');
    expect(e1.rectification).toBeTruthy();
    expect(sources[0]!.deducted).toBeNull();
  });
});
