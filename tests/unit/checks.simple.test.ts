import { describe, expect, it } from 'vitest';
import type { CheckCase } from '../../shared/checks/types.ts';
import { check, generalCase, removeDocs, simpleCase, statusOf } from './checks.factory.ts';

/** Sets the fine amount, or the whole penalty when `penalty` is given. */
function fined(c: CheckCase, amount: number | null, penalty?: CheckCase['penalty']): CheckCase {
  c.penalty = penalty ?? { kinds: ['fine'], fineYuan: amount };
  return c;
}

describe('simple_procedure_limits (APL 51)', () => {
  it('allows up to 200 元 for a citizen and 3,000 元 for an organization', () => {
    expect(statusOf(fined(simpleCase(), 200), 'simple_procedure_limits')).toBe('pass');
    expect(statusOf(fined(simpleCase(), 201), 'simple_procedure_limits')).toBe('fail');
    const org = fined(simpleCase(), 3000);
    org.party = { type: 'organization', name: '某公司' };
    expect(statusOf(org, 'simple_procedure_limits')).toBe('pass');
    expect(statusOf(fined(org, 3001), 'simple_procedure_limits')).toBe('fail');
  });
  it('treats an individual business as a citizen', () => {
    const c = fined(simpleCase(), 500);
    c.party = { type: 'individual_business', name: '某商店' };
    expect(check(c, 'simple_procedure_limits')).toMatchObject({ status: 'fail', suggestedDeduction: 'whole' });
  });
  it('allows a warning and refuses other kinds', () => {
    expect(statusOf(fined(simpleCase(), null, { kinds: ['warning'] }), 'simple_procedure_limits')).toBe('pass');
    const confiscation = fined(simpleCase(), null, { kinds: ['fine', 'confiscation'], fineYuan: 50 });
    expect(statusOf(confiscation, 'simple_procedure_limits')).toBe('fail');
  });
  it('is unknown when the fine amount is missing or the party type leaves the limit open', () => {
    expect(statusOf(fined(simpleCase(), null), 'simple_procedure_limits')).toBe('unknown');
    const noParty = fined(simpleCase(), 1000);
    noParty.party = null;
    expect(statusOf(noParty, 'simple_procedure_limits')).toBe('unknown');
    expect(statusOf(fined(noParty, 3500), 'simple_procedure_limits')).toBe('fail');
  });
  it('is n/a for general procedure', () => {
    expect(statusOf(generalCase(), 'simple_procedure_limits')).toBe('not_applicable');
  });
});

describe('simple_decision_form (APL 52)', () => {
  it('passes with the on-the-spot form on file and fails without it', () => {
    expect(statusOf(simpleCase(), 'simple_decision_form')).toBe('pass');
    const f = check(removeDocs(simpleCase(), 'simple_decision'), 'simple_decision_form');
    expect(f).toMatchObject({ status: 'fail', suggestedDeduction: 10 });
    expect(f.evidence).toEqual([{ documentType: 'simple_decision', quote: '未找到' }]);
  });
  it('is unknown when the procedure is not recorded and n/a for general procedure', () => {
    const c = simpleCase();
    c.procedure = null;
    expect(statusOf(c, 'simple_decision_form')).toBe('unknown');
    expect(statusOf(generalCase(), 'simple_decision_form')).toBe('not_applicable');
  });
});
