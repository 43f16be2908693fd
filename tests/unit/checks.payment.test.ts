import { describe, expect, it } from 'vitest';
import {
  check,
  generalCase,
  inspectionCase,
  insertDoc,
  removeDocs,
  setDate,
  simpleCase,
  statusOf,
} from './checks.factory.ts';

describe('payment_within_15_days (APL 67)', () => {
  it('general: passes on day 15 after delivery and fails on day 16', () => {
    expect(statusOf(setDate(generalCase(), 'paid', '2025-05-02'), 'payment_within_15_days')).toBe('pass');
    const f = check(setDate(generalCase(), 'paid', '2025-05-03'), 'payment_within_15_days');
    expect(f).toMatchObject({ status: 'fail', suggestedDeduction: 2 });
    expect(f.computation).toMatchObject({ start: { event: '送达', date: '2025-04-17' }, deadline: '2025-05-02' });
  });
  it('simple: counts from the decision', () => {
    expect(statusOf(setDate(simpleCase(), 'paid', '2025-05-21'), 'payment_within_15_days')).toBe('pass');
    const f = check(setDate(simpleCase(), 'paid', '2025-05-22'), 'payment_within_15_days');
    expect(f).toMatchObject({ status: 'fail', suggestedDeduction: 5 });
  });
  it('is unknown when unpaid or undelivered; n/a without a fine', () => {
    expect(statusOf(setDate(generalCase(), 'paid', null), 'payment_within_15_days')).toBe('unknown');
    expect(statusOf(setDate(generalCase(), 'delivered', null), 'payment_within_15_days')).toBe('unknown');
    const warning = generalCase();
    warning.penalty = { kinds: ['warning'] };
    expect(statusOf(warning, 'payment_within_15_days')).toBe('not_applicable');
    expect(statusOf(inspectionCase(), 'payment_within_15_days')).toBe('not_applicable');
  });
});

describe('unpaid_demand_notice (APL 72; 行政强制法 35)', () => {
  const unpaid = () => setDate(removeDocs(generalCase(), 'payment_receipt'), 'paid', null);

  it('fails when unpaid more than 15 days after the decision without a demand notice', () => {
    const f = check(unpaid(), 'unpaid_demand_notice'); // decided 2025-04-15, closed 2025-05-12
    expect(f.status).toBe('fail');
    expect(f.evidence).toContainEqual({ documentType: 'demand_notice', quote: '未找到' });
  });
  it('passes with a demand notice on file', () => {
    const c = insertDoc(unpaid(), 'delivery_receipt', { type: 'demand_notice', date: '2025-05-06' });
    expect(statusOf(c, 'unpaid_demand_notice')).toBe('pass');
  });
  it('applies from day 16 before closing, or before today when not closed', () => {
    expect(statusOf(setDate(unpaid(), 'closed', '2025-04-30'), 'unpaid_demand_notice')).toBe('not_applicable');
    expect(statusOf(setDate(unpaid(), 'closed', '2025-05-01'), 'unpaid_demand_notice')).toBe('fail');
    const open = setDate(unpaid(), 'closed', null);
    expect(check(open, 'unpaid_demand_notice', undefined, '2025-04-30').status).toBe('not_applicable');
    expect(check(open, 'unpaid_demand_notice', undefined, '2025-05-01').status).toBe('fail');
  });
  it('is n/a when paid or without a fine; unknown without the decision date', () => {
    expect(statusOf(generalCase(), 'unpaid_demand_notice')).toBe('not_applicable');
    const warning = unpaid();
    warning.penalty = { kinds: ['warning'] };
    expect(statusOf(warning, 'unpaid_demand_notice')).toBe('not_applicable');
    expect(statusOf(setDate(unpaid(), 'decided', null), 'unpaid_demand_notice')).toBe('unknown');
  });
});

describe('closing_after_execution', () => {
  it('passes when closed on the payment day, fails the day before', () => {
    expect(statusOf(setDate(generalCase(), 'closed', '2025-04-25'), 'closing_after_execution')).toBe('pass');
    const f = check(setDate(generalCase(), 'closed', '2025-04-24'), 'closing_after_execution');
    expect(f.status).toBe('fail');
    expect(f.reasonZh).toContain('早于缴款日期2025-04-25');
  });
  it('fails when closed before delivery, passes unpaid cases closed after delivery', () => {
    const early = setDate(setDate(generalCase(), 'paid', null), 'closed', '2025-04-16');
    expect(statusOf(early, 'closing_after_execution')).toBe('fail');
    expect(statusOf(setDate(generalCase(), 'paid', null), 'closing_after_execution')).toBe('pass');
  });
  it('is unknown without the closing or delivery date; n/a for simple procedure', () => {
    expect(statusOf(setDate(generalCase(), 'closed', null), 'closing_after_execution')).toBe('unknown');
    expect(statusOf(setDate(generalCase(), 'delivered', null), 'closing_after_execution')).toBe('unknown');
    expect(statusOf(simpleCase(), 'closing_after_execution')).toBe('not_applicable');
  });
});
