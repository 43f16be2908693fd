import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../electron/store/queries/cases.ts';
import { addCase, cleanCase, testApi, type TestApi } from '../api/helpers.ts';

let api: TestApi;
let ids: number[];

/**
 * Five cases: 1 not opened, 2 opened but not started (its stored first score, 100, is no result
 * and not listed), 3 in progress at 97.5, 4 vetoed (0, 不合格), 5 submitted at 92.
 */
beforeEach(async () => {
  api = await testApi();
  ids = [1, 2, 3, 4, 5].map((n) => addCase(api.ws, cleanCase(`津滨大沽执罚〔2025〕${n}号`)));
  const open = async (caseId: number) => (await api.ok('evaluations:open', { caseId })).evaluation.id;
  await open(ids[1]!);
  const e3 = await open(ids[2]!);
  await api.ok('evaluations:save-item', {
    evaluationId: e3,
    itemId: 'C1',
    status: 'deducted',
    deductions: [{ optionId: 'insufficient', points: 2.5 }],
  });
  const e4 = await open(ids[3]!);
  await api.ok('evaluations:save-item', { evaluationId: e4, itemId: 'V1', status: 'hit' });
  const e5 = await open(ids[4]!);
  await api.ok('evaluations:save-item', {
    evaluationId: e5,
    itemId: 'C1',
    status: 'deducted',
    deductions: [{ optionId: 'insufficient', points: 8 }],
  });
  // Submitting is the campaign workflow's; here the row is set directly.
  api.ws.db.prepare(`UPDATE evaluations SET status = 'submitted' WHERE id = ?`).run(e5);
});
afterEach(() => api.close());

const numbers = (rows: { id: number }[]) => rows.map((r) => ids.indexOf(r.id) + 1);

describe('case list with evaluations', () => {
  it('shows each case’s current evaluation status, total and grade', () => {
    const { rows } = listCases(api.ws.db, { sort: 'caseNumber', direction: 'asc' });
    expect(rows.map((r) => [r.evaluationStatus, r.total, r.grade])).toEqual([
      ['not_started', null, null],
      ['not_started', null, null],
      ['in_progress', 97.5, '优秀'],
      ['in_progress', 0, '不合格'],
      ['submitted', 92, '优秀'],
    ]);
  });

  it('filters by evaluation status (a case never opened counts as not started) and by grade', () => {
    const by = (input: Parameters<typeof listCases>[1]) => {
      const result = listCases(api.ws.db, { ...input, sort: 'caseNumber', direction: 'asc' });
      expect(result.total).toBe(result.rows.length);
      return numbers(result.rows);
    };
    expect(by({ evaluationStatus: 'not_started' })).toEqual([1, 2]);
    expect(by({ evaluationStatus: 'in_progress' })).toEqual([3, 4]);
    expect(by({ evaluationStatus: 'submitted' })).toEqual([5]);
    expect(by({ evaluationStatus: 'finalized' })).toEqual([]);
    expect(by({ grade: '优秀' })).toEqual([3, 5]);
    expect(by({ grade: '不合格' })).toEqual([4]);
    expect(by({ grade: '优秀', evaluationStatus: 'in_progress' })).toEqual([3]);
    expect(by({ grade: '优秀', unit: '别的单位' })).toEqual([]);
  });

  it('sorts by total, cases without a total (never opened, not started) last in either direction', () => {
    // Ties (the two without a total) follow the case number in the chosen direction.
    expect(numbers(listCases(api.ws.db, { sort: 'total', direction: 'desc' }).rows)).toEqual([3, 5, 4, 2, 1]);
    expect(numbers(listCases(api.ws.db, { sort: 'total', direction: 'asc' }).rows)).toEqual([4, 5, 3, 1, 2]);
    const page = listCases(api.ws.db, { sort: 'total', direction: 'desc', limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(numbers(page.rows)).toEqual([5, 4]);
  });

  it('refuses an unknown status filter by its field', () => {
    expect(() => listCases(api.ws.db, { evaluationStatus: 'done' as never })).toThrow(/evaluationStatus/);
  });

  it('cases:get carries the current evaluation too', async () => {
    const detail = await api.ok('cases:get', { caseId: ids[4]! });
    expect(detail).toMatchObject({ evaluationStatus: 'submitted', total: 92, grade: '优秀' });
  });
});
