import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/campaigns/canonical.ts';
import { computeOverturns } from '../../shared/campaigns/overturns.ts';
import { allowedActions, assertEditable, planTransition, STATUS_ACTIONS } from '../../shared/campaigns/status.ts';
import { appErrorOf } from './campaigns.factory.ts';

const HASH = 'a'.repeat(64);

describe('evaluation status machine', () => {
  it('walks 未开始 → 评查中 → 已提交 → 已复核 → 已定稿', () => {
    expect(planTransition('not_started', 'start').to).toBe('in_progress');
    expect(planTransition('in_progress', 'submit').to).toBe('submitted');
    expect(planTransition('submitted', 'review').to).toBe('reviewed');
    const fin = planTransition('reviewed', 'finalize', { contentHash: HASH });
    expect(fin).toEqual({ action: 'finalize', from: 'reviewed', to: 'finalized', reason: null, contentHash: HASH });
  });

  it('lists the allowed actions per status', () => {
    expect(allowedActions('not_started')).toEqual(['start']);
    expect(allowedActions('submitted')).toEqual(['return', 'review']);
    expect(allowedActions('finalized')).toEqual(['reopen']);
  });

  it('refuses skipping a step with CONFLICT naming the action', () => {
    expect(appErrorOf(() => planTransition('in_progress', 'finalize', { contentHash: HASH }))).toMatchObject({
      code: 'CONFLICT',
      field: 'action',
    });
    expect(appErrorOf(() => planTransition('not_started', 'submit'))).toMatchObject({ code: 'CONFLICT' });
  });

  it('a finalised evaluation is LOCKED for everything but reopen', () => {
    for (const action of STATUS_ACTIONS.filter((a) => a !== 'reopen')) {
      expect(appErrorOf(() => planTransition('finalized', action, { reason: 'x', contentHash: HASH })).code).toBe(
        'LOCKED',
      );
    }
    expect(appErrorOf(() => assertEditable('finalized'))).toMatchObject({ code: 'LOCKED', field: 'status' });
    expect(() => assertEditable('reviewed')).not.toThrow();
  });

  it('reopening and returning need a reason', () => {
    expect(appErrorOf(() => planTransition('finalized', 'reopen'))).toMatchObject({
      code: 'VALIDATION',
      field: 'reason',
    });
    expect(appErrorOf(() => planTransition('finalized', 'reopen', { reason: '  ' }))).toMatchObject({
      field: 'reason',
    });
    expect(appErrorOf(() => planTransition('submitted', 'return'))).toMatchObject({ field: 'reason' });
    expect(planTransition('finalized', 'reopen', { reason: ' 当事人补充证据 ' })).toMatchObject({
      to: 'in_progress',
      reason: '当事人补充证据',
    });
  });

  it('finalising needs a sha256 content hash', () => {
    expect(appErrorOf(() => planTransition('reviewed', 'finalize'))).toMatchObject({ field: 'contentHash' });
    expect(appErrorOf(() => planTransition('reviewed', 'finalize', { contentHash: 'abc' }))).toMatchObject({
      field: 'contentHash',
    });
  });

  it('submitting with unreviewed items is refused naming the field items', () => {
    const err = appErrorOf(() => planTransition('in_progress', 'submit', { unreviewed: ['A1', 'B2'] }));
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'items' });
    expect(err.message).toContain('A1');
  });
});

describe('overturns (复核)', () => {
  const current = {
    items: {
      A1: { status: 'deducted' as const, deductions: [{ optionId: 'late' }], note: '超期' },
      A2: { status: 'ok' as const },
    },
    vetoes: { V1: { hit: true } },
  };
  const known = { items: new Set(['A1', 'A2', 'A3']), vetoes: new Set(['V1', 'V2']) };

  it('records each changed deduction with before, after, reviewer and reason', () => {
    const overturns = computeOverturns(
      current,
      [
        { target: 'item', id: 'A1', result: { status: 'ok' }, reason: '送达回证在卷第12页' },
        {
          target: 'item',
          id: 'A2',
          result: { status: 'deducted', deductions: [{ optionId: 'x' }] },
          reason: '缺少签名',
        },
        { target: 'veto', id: 'V1', result: { hit: false }, reason: '主体适格' },
      ],
      '复核人 张某',
      known,
    );
    expect(overturns).toEqual([
      {
        target: 'item',
        itemId: 'A1',
        before: current.items.A1,
        after: { status: 'ok' },
        reviewer: '复核人 张某',
        reason: '送达回证在卷第12页',
      },
      {
        target: 'item',
        itemId: 'A2',
        before: { status: 'ok' },
        after: { status: 'deducted', deductions: [{ optionId: 'x' }] },
        reviewer: '复核人 张某',
        reason: '缺少签名',
      },
      {
        target: 'veto',
        itemId: 'V1',
        before: { hit: true },
        after: { hit: false },
        reviewer: '复核人 张某',
        reason: '主体适格',
      },
    ]);
  });

  it('a change that keeps the decision (same options, other note; veto absent vs not hit) is not an overturn', () => {
    const overturns = computeOverturns(
      current,
      [
        {
          target: 'item',
          id: 'A1',
          result: { status: 'deducted', deductions: [{ optionId: 'late' }], note: '改写' },
          reason: '措辞',
        },
        { target: 'veto', id: 'V2', result: { hit: false }, reason: '确认' },
        { target: 'item', id: 'A3', result: null, reason: '确认' },
      ],
      '张某',
      known,
    );
    expect(overturns).toEqual([]);
  });

  it('refuses unknown ids, duplicates, empty reasons and an empty reviewer, naming the field', () => {
    const change = { target: 'item' as const, id: 'A1', result: { status: 'ok' as const }, reason: '理由' };
    expect(appErrorOf(() => computeOverturns(current, [{ ...change, id: 'ZZ' }], '张某', known))).toMatchObject({
      field: 'changes[0].id',
    });
    expect(appErrorOf(() => computeOverturns(current, [change, change], '张某', known))).toMatchObject({
      field: 'changes[1].id',
    });
    expect(appErrorOf(() => computeOverturns(current, [{ ...change, reason: ' ' }], '张某', known))).toMatchObject({
      field: 'changes[0].reason',
    });
    expect(appErrorOf(() => computeOverturns(current, [change], ' ', known))).toMatchObject({ field: 'reviewer' });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 2 }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"x":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
  });
});
