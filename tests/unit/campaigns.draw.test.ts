import { describe, expect, it } from 'vitest';
import { allocate } from '../../shared/campaigns/allocate.ts';
import { drawCampaign, stratumKey } from '../../shared/campaigns/draw.ts';
import { fnv1a32, mulberry32, sample, uniformInt } from '../../shared/campaigns/prng.ts';
import { inScope, parseDrawRule, type DrawRule } from '../../shared/campaigns/scope.ts';
import { appErrorOf, population } from './campaigns.factory.ts';

/** A few hundred cases over five units and both procedures, uneven on purpose. */
const BIG = population({
  大沽街道: { general: 61, simple: 17 },
  新港街道: { general: 38, simple: 4 },
  新城镇: { general: 90 },
  胡家园街道: { general: 23, simple: 41 },
  杭州道街道: { general: 7, simple: 1 },
});
const percent = (p: number): DrawRule => ({ kind: 'percent', percent: p });

describe('prng', () => {
  it('FNV-1a matches the published 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('mulberry32 is a pure function of its seed and yields 32-bit integers', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });

  it('uniformInt stays in range and rejects a bad range', () => {
    const next = mulberry32(7);
    for (let i = 0; i < 1000; i++) expect(uniformInt(next, 3)).toBeLessThan(3);
    expect(() => uniformInt(next, 0)).toThrow(RangeError);
  });

  it('sampling is close to uniform: over 3,000 seeds each of 10 cases is picked about 900 times', () => {
    const counts = new Array<number>(10).fill(0);
    const items = Array.from({ length: 10 }, (_, i) => i);
    for (let s = 0; s < 3000; s++) for (const x of sample(items, 3, mulberry32(fnv1a32(`seed-${s}`)))) counts[x]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(800);
    for (const c of counts) expect(c).toBeLessThan(1000);
  });
});

describe('allocate (largest remainder)', () => {
  const strata = [
    { key: 'a', size: 50 },
    { key: 'b', size: 30 },
    { key: 'c', size: 15 },
    { key: 'd', size: 5 },
  ];

  it('allocates exactly the target, each stratum within one of its quota', () => {
    for (let target = 0; target <= 100; target++) {
      const shares = allocate(strata, target, false);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(target);
      shares.forEach((n, i) => {
        const quota = (target * strata[i]!.size) / 100;
        expect(n).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(n).toBeLessThanOrEqual(Math.ceil(quota));
      });
    }
  });

  it('gives the extra case to the largest remainder: 7 of (50,30,15,5) is 4,2,1,0', () => {
    // quotas 3.5, 2.1, 1.05, 0.35: floors 3,2,1,0 leave one for the .5 remainder.
    expect(allocate(strata, 7, false)).toEqual([4, 2, 1, 0]);
  });

  it('with minOne, every non-empty stratum gets one when the target allows', () => {
    // quotas 3.5, 2.1, 1.05, 0.35: floors 3,2,1,0; the one case flooring left goes to d's bump.
    expect(allocate(strata, 7, true)).toEqual([3, 2, 1, 1]);
  });

  it('pays the minimum-one bumps back from the smallest remainder, never below one', () => {
    // quotas 3, 1.5, 0.25, 0.25: floors 3,1,0,0; bumping c and d overshoots by one, taken from a (remainder 0).
    const four = [
      { key: 'a', size: 60 },
      { key: 'b', size: 30 },
      { key: 'c', size: 5 },
      { key: 'd', size: 5 },
    ];
    expect(allocate(four, 5, true)).toEqual([2, 1, 1, 1]);
    const skewed = [
      { key: 'a', size: 97 },
      { key: 'b', size: 1 },
      { key: 'c', size: 1 },
      { key: 'd', size: 1 },
    ];
    expect(allocate(skewed, 4, true)).toEqual([1, 1, 1, 1]);
  });

  it('with minOne but a target smaller than the strata count, stays proportional', () => {
    // quotas 1.5, 0.9, 0.45, 0.15: the two cases left after flooring go to b (.9) and a (.5).
    expect(allocate(strata, 3, true)).toEqual([2, 1, 0, 0]);
  });

  it('a target at or above the total takes everything, and empty strata get nothing', () => {
    expect(allocate(strata, 500, true)).toEqual([50, 30, 15, 5]);
    expect(allocate([{ key: 'x', size: 0 }, ...strata], 10, true)[0]).toBe(0);
  });
});

describe('drawCampaign', () => {
  it('the same seed and population give the same draw, whatever order the population comes in', () => {
    const a = drawCampaign(BIG, percent(10), '20250930');
    const shuffled = [...BIG].reverse();
    const b = drawCampaign(shuffled, percent(10), '20250930');
    expect(b.caseIds).toEqual(a.caseIds);
    expect(b.strata).toEqual(a.strata);
    expect(a.drawnCount).toBe(a.caseIds.length);
  });

  it('a different seed gives a different draw of the same size', () => {
    const a = drawCampaign(BIG, percent(10), '20250930');
    const b = drawCampaign(BIG, percent(10), '20250931');
    expect(b.drawnCount).toBe(a.drawnCount);
    expect(b.caseIds).not.toEqual(a.caseIds);
    const overlap = b.caseIds.filter((id) => a.caseIds.includes(id)).length;
    expect(overlap).toBeLessThan(a.drawnCount);
  });

  it('pins the algorithm: a known seed draws known cases (changing the PRNG or ordering breaks printed records)', () => {
    const small = population({ 甲街道: { general: 6, simple: 3 }, 乙街道: { general: 4 } });
    const result = drawCampaign(small, { kind: 'per_unit', n: 3 }, 'pingcha');
    expect(result.drawn.map((c) => c.caseNumber)).toEqual([
      '津滨乙街执罚〔2025〕002号',
      '津滨乙街执罚〔2025〕003号',
      '津滨乙街执罚〔2025〕004号',
      '津滨甲街执罚〔2025〕001号',
      '津滨甲街执罚〔2025〕005号',
      '津滨甲街执罚〔2025〕J001号',
    ]);
    expect(result.strata.map((s) => [s.unit, s.procedure, s.population, s.drawn])).toEqual([
      ['乙街道', 'general', 4, 3],
      ['甲街道', 'general', 6, 2],
      ['甲街道', 'simple', 3, 1],
    ]);
  });

  it('percent: draws ceil(P% × N), stratified by unit and procedure within one of each quota, at least one per stratum', () => {
    const result = drawCampaign(BIG, percent(10), 's1');
    expect(result.populationSize).toBe(BIG.length);
    expect(result.drawnCount).toBe(Math.ceil(BIG.length * 0.1));
    expect(result.strata).toHaveLength(9);
    for (const s of result.strata) {
      const quota = (s.population * result.drawnCount) / BIG.length;
      expect(s.drawn, s.key).toBeGreaterThanOrEqual(1);
      // The minimum-one bumps move at most one case per stratum.
      expect(Math.abs(s.drawn - quota), s.key).toBeLessThanOrEqual(1);
      const drawnHere = result.drawn.filter((c) => c.stratum === s.key);
      expect(drawnHere).toHaveLength(s.drawn);
      for (const c of drawnHere) expect(stratumKey(c.unit, c.procedure)).toBe(s.key);
    }
    expect(result.byUnit.reduce((a, r) => a + r.drawn, 0)).toBe(result.drawnCount);
    expect(result.byProcedure.map((r) => r.value)).toEqual(['general', 'simple']);
    expect(result.byProcedure.reduce((a, r) => a + r.population, 0)).toBe(BIG.length);
  });

  it('percent: 12.5% and 100% are exact; the drawn cases are distinct members of the population', () => {
    expect(drawCampaign(BIG, percent(12.5), 's').drawnCount).toBe(Math.ceil(BIG.length * 0.125));
    const full = drawCampaign(BIG, percent(100), 's');
    expect(full.drawnCount).toBe(BIG.length);
    const ids = new Set(BIG.map((c) => c.caseId));
    const some = drawCampaign(BIG, percent(33), 's');
    expect(new Set(some.caseIds).size).toBe(some.drawnCount);
    for (const id of some.caseIds) expect(ids.has(id)).toBe(true);
  });

  it('per_unit: N per unit (all of a smaller unit), split over procedures', () => {
    const result = drawCampaign(BIG, { kind: 'per_unit', n: 10 }, 'x');
    const byUnit = Object.fromEntries(result.byUnit.map((r) => [r.value, r.drawn]));
    expect(byUnit).toEqual({ 大沽街道: 10, 新港街道: 10, 新城镇: 10, 胡家园街道: 10, 杭州道街道: 8 });
    const gu = result.strata.filter((s) => s.unit === '大沽街道').map((s) => s.drawn);
    expect(gu).toEqual([8, 2]); // 61:17 of 10 = 7.8 : 2.2
    const xg = result.strata.filter((s) => s.unit === '新港街道').map((s) => s.drawn);
    expect(xg).toEqual([9, 1]); // 38:4 of 10 = 9.05 : 0.95
  });

  it('all: every case, in unit/procedure/case-number order', () => {
    const result = drawCampaign(BIG, { kind: 'all' }, 'x');
    expect(result.drawnCount).toBe(BIG.length);
    expect(result.ruleText).toBe('all');
    expect(result.ruleDescription).toContain('全部');
  });

  it('adding a case to one unit does not change the draw of another unit', () => {
    const a = drawCampaign(BIG, { kind: 'per_unit', n: 5 }, 'stable');
    const extra = [
      ...BIG,
      {
        caseId: 9999,
        caseNumber: '津滨新城执罚〔2025〕999号',
        unit: '新城镇',
        caseType: 'penalty' as const,
        procedure: 'general' as const,
        caseDate: '2025-08-02',
      },
    ];
    const b = drawCampaign(extra, { kind: 'per_unit', n: 5 }, 'stable');
    const inUnit = (r: typeof a, unit: string) => r.drawn.filter((c) => c.unit === unit).map((c) => c.caseId);
    expect(inUnit(b, '大沽街道')).toEqual(inUnit(a, '大沽街道'));
    expect(inUnit(b, '胡家园街道')).toEqual(inUnit(a, '胡家园街道'));
  });

  it('refuses a bad seed, an empty population and a duplicated case, naming the field', () => {
    expect(appErrorOf(() => drawCampaign(BIG, percent(10), ' '))).toMatchObject({
      code: 'DRAW_INVALID',
      field: 'seed',
    });
    expect(appErrorOf(() => drawCampaign(BIG, percent(10), '种子'))).toMatchObject({ field: 'seed' });
    expect(appErrorOf(() => drawCampaign([], percent(10), '1'))).toMatchObject({
      code: 'DRAW_INVALID',
      field: 'scope',
    });
    expect(appErrorOf(() => drawCampaign([BIG[0]!, BIG[0]!], percent(10), '1'))).toMatchObject({ field: 'population' });
  });
});

describe('rules and scope', () => {
  it('parses all, per-unit:N and percent:P', () => {
    expect(parseDrawRule('all')).toEqual({ kind: 'all' });
    expect(parseDrawRule('per-unit:5')).toEqual({ kind: 'per_unit', n: 5 });
    expect(parseDrawRule('percent:12.5')).toEqual({ kind: 'percent', percent: 12.5 });
  });

  it.each([
    'some',
    'per-unit',
    'per-unit:0',
    'per-unit:2.5',
    'percent:0',
    'percent:101',
    'percent:1.234',
    'all:3',
    'percent:x',
  ])('refuses %s naming the field rule', (text) => {
    expect(appErrorOf(() => parseDrawRule(text))).toMatchObject({ code: 'DRAW_INVALID', field: 'rule' });
  });

  it('inScope filters by period, unit, case type and procedure', () => {
    const c = BIG[0]!;
    const period = { from: '2025-07-01', to: '2025-09-30' };
    expect(inScope(c, period, {})).toBe(true);
    expect(inScope(c, { from: '2025-08-02', to: '2025-09-30' }, {})).toBe(false);
    expect(inScope({ ...c, caseDate: null }, period, {})).toBe(false);
    expect(inScope(c, period, { units: ['新城镇'] })).toBe(false);
    expect(inScope(c, period, { units: [c.unit!] })).toBe(true);
    expect(inScope(c, period, { caseTypes: ['inspection'] })).toBe(false);
    expect(inScope(c, period, { procedures: ['simple'] })).toBe(false);
    expect(inScope({ ...c, procedure: null }, period, { procedures: ['general'] })).toBe(false);
  });
});
