import { describe, expect, it } from 'vitest';
import { assignReviewers, checkAssignment, mayReview, type Reviewer } from '../../shared/campaigns/assign.ts';
import { appErrorOf, population } from './campaigns.factory.ts';

const cases = population({ 大沽街道: { general: 12 }, 新港街道: { general: 9 }, 新城镇: { general: 5, simple: 2 } });
const reviewers: Reviewer[] = [
  { id: 1, name: '王某', unit: '大沽街道' },
  { id: 2, name: '李某', unit: '新港街道' },
  { id: 3, name: '赵某', unit: '新城镇' },
  { id: 4, name: '法制科 刘某', unit: null },
];
const unitOf = new Map(cases.map((c) => [c.caseId, c.unit]));
const reviewerOf = new Map(reviewers.map((r) => [r.id, r]));

describe('assignReviewers', () => {
  it('never gives a reviewer a case of their own unit, and assigns every case once', () => {
    const { assignments } = assignReviewers(cases, reviewers);
    expect(assignments).toHaveLength(cases.length);
    expect(new Set(assignments.map((a) => a.caseId)).size).toBe(cases.length);
    for (const a of assignments) expect(reviewerOf.get(a.reviewerId)!.unit).not.toBe(unitOf.get(a.caseId));
  });

  it('balances the load: no reviewer has two more cases than another', () => {
    const { load } = assignReviewers(cases, reviewers);
    const counts = load.map((l) => l.cases);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(cases.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('is deterministic', () => {
    expect(assignReviewers([...cases].reverse(), reviewers)).toEqual(assignReviewers(cases, reviewers));
  });

  it('counts existing assignments in the load', () => {
    const existing = [1, 2, 3, 4, 5, 6].map((i) => ({ caseId: 1000 + i, reviewerId: 4 }));
    const { load } = assignReviewers(cases.slice(0, 6), reviewers, existing);
    expect(load.find((l) => l.reviewerId === 4)!.cases).toBe(6);
  });

  it('refuses with CROSS_REVIEW naming the unit whose cases only its own reviewers could take', () => {
    const onlyLocal: Reviewer[] = [{ id: 1, name: '王某', unit: '大沽街道' }];
    const err = appErrorOf(() => assignReviewers(cases, onlyLocal));
    expect(err.code).toBe('CROSS_REVIEW');
    expect(err.field).toBe('reviewers');
    expect(err.message).toContain('大沽街道');
    expect(err.message).not.toContain('新港街道');
    expect(err.details).toEqual({ units: ['大沽街道'] });
  });

  it('refuses an empty reviewer list naming the field', () => {
    expect(appErrorOf(() => assignReviewers(cases, []))).toMatchObject({ code: 'VALIDATION', field: 'reviewers' });
  });
});

describe('manual reassignment', () => {
  it('allows another unit or a reviewer without a unit, and a case without a unit to anyone', () => {
    const c = cases[0]!;
    expect(mayReview(reviewers[1]!, c)).toBe(true);
    expect(mayReview(reviewers[3]!, c)).toBe(true);
    expect(mayReview(reviewers[0]!, { ...c, unit: null })).toBe(true);
    expect(() => checkAssignment(reviewers[1]!, c)).not.toThrow();
  });

  it('refuses a reviewer of the same unit, naming the unit and the field', () => {
    const err = appErrorOf(() => checkAssignment(reviewers[0]!, cases[0]!));
    expect(err).toMatchObject({ code: 'CROSS_REVIEW', field: 'reviewerId' });
    expect(err.message).toContain('大沽街道');
    expect(err.details).toMatchObject({ unit: '大沽街道', reviewerId: 1 });
  });
});

describe('balance where greedy alone is uneven', () => {
  it('moves cases along chains until the busiest reviewer cannot lose one', () => {
    // 100 cases of unit A can go to rB or rN only; B's single case to rA or rN.
    const many = population({ A: { general: 100 }, B: { general: 1 } });
    const team: Reviewer[] = [
      { id: 1, name: 'rA', unit: 'A' },
      { id: 2, name: 'rB', unit: 'B' },
      { id: 3, name: 'rN', unit: null },
    ];
    const { load } = assignReviewers(many, team);
    expect(load.map((l) => l.cases)).toEqual([1, 50, 50]);
  });

  it('500 cases over 12 units and 15 reviewers: every reviewer within one case of the others', () => {
    const units = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`单位${String(i + 1).padStart(2, '0')}`, { general: 20 + ((i * 7) % 23) }]),
    );
    const many = population(units);
    const team: Reviewer[] = Array.from({ length: 15 }, (_, i) => ({
      id: i + 1,
      name: `评查员${i + 1}`,
      unit: i < 12 ? `单位${String(i + 1).padStart(2, '0')}` : null,
    }));
    const started = performance.now();
    const { load, assignments } = assignReviewers(many, team);
    expect(performance.now() - started).toBeLessThan(2000);
    const counts = load.map((l) => l.cases);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const unitOfCase = new Map(many.map((c) => [c.caseId, c.unit]));
    for (const a of assignments) expect(team[a.reviewerId - 1]!.unit).not.toBe(unitOfCase.get(a.caseId));
  });
});
