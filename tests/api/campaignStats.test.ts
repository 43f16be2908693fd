import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignStats } from '../../shared/api/campaignTypes.ts';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import { addPanel, finalize, quarterCases, scoreAll, UNITS, unitCase } from './campaignHelpers.ts';
import { testApi, type TestApi } from './helpers.ts';

/**
 * Q1: one clean case per unit, all finalised. Q2: two cases per unit, scored as below; the
 * third unit's second case is only submitted, and the first unit's first case had a 复核 overturn.
 */
let api: TestApi;
let q1: number;
let q2: number;
const ids: Record<string, number> = {};

const Q2_SCORES: Record<string, { deductions: Record<string, OptionChoice[]>; vetoes?: string[] }> = {
  U0a: { deductions: { C1: [{ optionId: 'insufficient', points: 6 }] } }, // 94, then 复核 to C1 4: 96
  U0b: { deductions: { C1: [{ optionId: 'insufficient', points: 4 }], B1: [{ optionId: 'missing' }] } }, // 94
  U1a: { deductions: { B1: [{ optionId: 'missing' }] } }, // 98
  U1b: { deductions: {}, vetoes: ['V1'] }, // 0, 不合格
  U2a: { deductions: {} }, // 100
  U2b: {
    deductions: {
      D1: [{ optionId: 'wrong' }],
      D2: [{ optionId: 'wrong' }],
      E7: [{ optionId: 'overdue' }],
      E5: [{ optionId: 'missing' }],
      E6: [{ optionId: 'missing' }],
    },
  }, // 80, submitted only
};

beforeAll(async () => {
  api = await testApi();
  await addPanel(api);
  UNITS.forEach((unit, u) => unitCase(api, `津Q1执罚〔2025〕${u + 1}号`, unit, `2025-02-1${u}`));
  q1 = (
    await api.ok('campaigns:create', {
      title: '2025年第一季度',
      period: { from: '2025-01-01', to: '2025-03-31' },
      rule: { kind: 'all' },
    })
  ).id;
  await api.ok('campaigns:draw', { campaignId: q1, seed: '1' });
  await api.ok('campaigns:assign', { mode: 'auto', campaignId: q1 });
  for (const row of (await api.ok('campaigns:cases', { campaignId: q1 })).rows) {
    await scoreAll(api, row.evaluationId, row.reviewerName!);
    await finalize(api, row.evaluationId, row.reviewerName!);
  }

  quarterCases(api, { general: 2, simple: 0 });
  q2 = (
    await api.ok('campaigns:create', {
      title: '2025年第二季度',
      period: { from: '2025-04-01', to: '2025-06-30' },
      rule: { kind: 'all' },
    })
  ).id;
  await api.ok('campaigns:draw', { campaignId: q2, seed: '2' });
  await api.ok('campaigns:assign', { mode: 'auto', campaignId: q2 });
  for (const [u, unit] of UNITS.entries()) {
    const rows = (await api.ok('campaigns:cases', { campaignId: q2, unit })).rows;
    for (const [i, row] of rows.entries()) {
      const key = `U${u}${'ab'[i]}`;
      ids[key] = row.caseId;
      const spec = Q2_SCORES[key]!;
      await scoreAll(api, row.evaluationId, row.reviewerName!, spec.deductions, spec.vetoes);
      await api.ok('evaluations:transition', {
        evaluationId: row.evaluationId,
        action: 'submit',
        actor: row.reviewerName!,
      });
      if (key === 'U0a') {
        await api.ok('evaluations:review-change', {
          evaluationId: row.evaluationId,
          actor: '复核人丁',
          changes: [
            {
              target: 'item',
              id: 'C1',
              result: { status: 'deducted', deductions: [{ optionId: 'insufficient', points: 4 }] },
              reason: '扣分偏重',
            },
          ],
        });
      }
      if (key === 'U2b') continue;
      await api.ok('evaluations:transition', { evaluationId: row.evaluationId, action: 'review', actor: '复核人丁' });
      await api.ok('evaluations:transition', { evaluationId: row.evaluationId, action: 'finalize', actor: '法制科' });
    }
  }
  await api.ok('rectifications:draft', { campaignId: q2 });
});
afterAll(() => api.close());

const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
const of = (...keys: string[]) => sorted(keys.map((k) => ids[k]!));

describe('campaign statistics (every figure with its cases)', () => {
  let stats: CampaignStats;
  beforeAll(async () => {
    stats = await api.ok('campaigns:stats', { campaignId: q2 });
  });

  it('summarises the finalised evaluations: average, median, extremes, vetoes, pass rate, grades', () => {
    expect(stats).toMatchObject({ basis: 'finalized', drawn: 6, counted: 5 });
    // 96, 94, 98, 0, 100
    expect(stats.summary).toMatchObject({ count: 5, scored: 5, average: 77.6, median: 96 });
    expect(stats.summary.min).toEqual({ value: 0, caseIds: of('U1b') });
    expect(stats.summary.max).toEqual({ value: 100, caseIds: of('U2a') });
    expect(stats.summary.vetoed).toEqual({ value: 1, caseIds: of('U1b') });
    expect(stats.passRate).toEqual({ share: 0.8, failing: { value: 1, caseIds: of('U1b') } });
    expect(stats.grades.map((g) => [g.grade, g.count, g.share, sorted(g.caseIds)])).toEqual([
      ['优秀', 4, 0.8, of('U0a', 'U0b', 'U1a', 'U2a')],
      ['良好', 0, 0, []],
      ['合格', 0, 0, []],
      ['不合格', 1, 0.2, of('U1b')],
    ]);
  });

  it('ranks common problems with their units and law, groups them by category, and lists veto hits', () => {
    expect(stats.problems.map((p) => [p.itemId, p.templateId, p.count, p.units, sorted(p.caseIds)])).toEqual([
      ['B1', 'general-penalty', 2, [UNITS[0], UNITS[1]].sort(), of('U0b', 'U1a')],
      ['C1', 'general-penalty', 2, [UNITS[0]], of('U0a', 'U0b')],
    ]);
    expect(stats.problems[0]!.law).toMatch(/《.+》/);
    expect(stats.problems[0]!.share).toBe(0.4);
    expect(stats.problemGroups.map((g) => [g.category, g.count, sorted(g.caseIds)])).toEqual([
      ['立案', 2, of('U0b', 'U1a')],
      ['调查取证', 2, of('U0a', 'U0b')],
      ['一票否决', 1, of('U1b')],
    ]);
    expect(stats.vetoes).toEqual([
      {
        templateId: 'general-penalty',
        id: 'V1',
        name: expect.any(String),
        count: 1,
        units: [UNITS[1]],
        caseIds: of('U1b'),
      },
    ]);
  });

  it('tables units with rank, case types, overturns and rectification items', () => {
    expect(stats.units.map((u) => [u.unit, u.count, u.average, u.rank, u.vetoes, sorted(u.caseIds)])).toEqual([
      [UNITS[2], 1, 100, 1, 0, of('U2a')],
      [UNITS[0], 2, 95, 2, 0, of('U0a', 'U0b')],
      [UNITS[1], 2, 49, 3, 1, of('U1a', 'U1b')],
    ]);
    expect(stats.caseTypes).toEqual([{ key: 'penalty', count: 5, average: 77.6, caseIds: expect.any(Array) }]);
    expect(stats.overturns).toEqual({ count: 1, evaluations: 1, caseIds: of('U0a') });
    const drafts = stats.rectifications.find((r) => r.status === 'draft')!;
    // U0a: C1; U0b: C1, B1; U1a: B1; U1b: V1 — five items on four cases.
    expect(drafts.count).toBe(5);
    expect(sorted(drafts.caseIds)).toEqual(of('U0a', 'U0b', 'U1a', 'U1b'));
  });

  it('compares with the previous campaign and counts submitted evaluations on request', async () => {
    expect(stats.previous).toMatchObject({ campaign: { id: q1 }, counted: 3, average: 100, passRate: 1 });
    const submitted = await api.ok('campaigns:stats', { campaignId: q2, basis: 'submitted' });
    expect(submitted.counted).toBe(6);
    expect(submitted.summary.average).toBe(78);
    expect(submitted.summary.median).toBe(95);
    expect(submitted.grades.find((g) => g.grade === '良好')).toMatchObject({ count: 1, caseIds: of('U2b') });
  });

  it('drills down: the case ids of a figure list their cases', async () => {
    const excellent = stats.grades.find((g) => g.grade === '优秀')!;
    const cases = await api.ok('campaigns:cases', { campaignId: q2, caseIds: excellent.caseIds });
    expect(cases.total).toBe(4);
    expect(cases.rows.every((r) => r.grade === '优秀' && r.status === 'finalized')).toBe(true);
  });

  it('gives the trend across campaigns, oldest first', async () => {
    const trend = await api.ok('campaigns:trend', {});
    expect(trend.rows.map((r) => [r.campaign.id, r.counted, r.average, r.passRate])).toEqual([
      [q1, 3, 100, 1],
      [q2, 5, 77.6, 0.8],
    ]);
    expect(trend.rows[1]!.vetoed).toEqual({ value: 1, caseIds: of('U1b') });
    const one = await api.ok('campaigns:trend', { campaignIds: [q2] });
    expect(one.rows.map((r) => r.campaign.id)).toEqual([q2]);
    const bad = await api.call('campaigns:trend', { campaignIds: [q2, 777] });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'NOT_FOUND', field: 'campaignIds[1]' });
  });
});
