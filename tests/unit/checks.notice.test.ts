import { describe, expect, it } from 'vitest';
import type { CheckCase } from '../../shared/checks/types.ts';
import {
  TEXT,
  check,
  docOf,
  generalCase,
  hearingHeldCase,
  hearingRightCase,
  profileWith,
  removeDocs,
  setDate,
  setText,
  simpleCase,
  statusOf,
} from './checks.factory.ts';

describe('prior_notice_before_decision (APL 44, 62)', () => {
  it('passes when the notice was served before the decision and is on file', () => {
    expect(statusOf(generalCase(), 'prior_notice_before_decision')).toBe('pass');
  });
  it('fails when served on the decision day or later', () => {
    const f = check(setDate(generalCase(), 'noticeServed', '2025-04-15'), 'prior_notice_before_decision');
    expect(f.status).toBe('fail');
    expect(f.suggestedDeduction).toBe('whole');
    expect(f.reasonZh).toContain('告知书送达日期2025-04-15');
  });
  it('fails when there is neither a notice nor a notice date, or a date without the document', () => {
    const none = setDate(removeDocs(generalCase(), 'prior_notice'), 'noticeServed', null);
    expect(statusOf(none, 'prior_notice_before_decision')).toBe('fail');
    expect(statusOf(removeDocs(generalCase(), 'prior_notice'), 'prior_notice_before_decision')).toBe('fail');
  });
  it('is unknown without the decision date, or when the notice on file has no service date', () => {
    expect(statusOf(setDate(generalCase(), 'decided', null), 'prior_notice_before_decision')).toBe('unknown');
    expect(statusOf(setDate(generalCase(), 'noticeServed', null), 'prior_notice_before_decision')).toBe('unknown');
  });
  it('is n/a in simple procedure', () => {
    expect(statusOf(simpleCase(), 'prior_notice_before_decision')).toBe('not_applicable');
  });
});

describe('statement_period_respected (APL 44, 45, 64)', () => {
  // Notice 2025-04-01: 3 working days end 2025-04-07 and 5 end 2025-04-09 (清明 2025-04-04..06).
  const decidedOn = (make: () => CheckCase, date: string) => setDate(make(), 'decided', date);

  it('without a hearing right: deciding on day 3 fails, on the next day passes, across 清明', () => {
    const cut = check(decidedOn(generalCase, '2025-04-07'), 'statement_period_respected');
    expect(cut.status).toBe('fail');
    expect(cut.computation).toMatchObject({ deadline: '2025-04-07', rule: '3 个工作日', calendar: 'working' });
    expect(cut.reasonZh).toContain('清明');
    expect(statusOf(decidedOn(generalCase, '2025-04-08'), 'statement_period_respected')).toBe('pass');
  });
  it('with a hearing right the period is 5 working days', () => {
    expect(statusOf(decidedOn(hearingRightCase, '2025-04-09'), 'statement_period_respected')).toBe('fail');
    expect(statusOf(decidedOn(hearingRightCase, '2025-04-10'), 'statement_period_respected')).toBe('pass');
  });
  it('uses a recorded statement deadline instead of the computed one', () => {
    const c = setDate(decidedOn(generalCase, '2025-04-08'), 'statementDeadline', '2025-04-10');
    expect(statusOf(c, 'statement_period_respected')).toBe('fail');
    expect(statusOf(setDate(c, 'decided', '2025-04-11'), 'statement_period_respected')).toBe('pass');
  });
  it('passes on a written waiver without a hearing request', () => {
    const c = decidedOn(generalCase, '2025-04-02');
    c.flags.hearingWaived = true;
    expect(statusOf(c, 'statement_period_respected')).toBe('pass');
    c.flags.hearingRequested = true;
    expect(statusOf(c, 'statement_period_respected')).toBe('fail');
  });
  it('is unknown when the party type leaves the period open, or the notice date is missing', () => {
    const c = decidedOn(hearingRightCase, '2025-04-09'); // after day 3, on day 5
    c.penalty = { kinds: ['fine'], fineYuan: 20000 }; // between the individual and organization thresholds
    c.party = null;
    expect(statusOf(c, 'statement_period_respected')).toBe('unknown');
    expect(statusOf(setDate(c, 'decided', '2025-04-10'), 'statement_period_respected')).toBe('pass');
    expect(statusOf(setDate(generalCase(), 'noticeServed', null), 'statement_period_respected')).toBe('unknown');
  });
  it('is n/a when the notice is on or after the decision (prior_notice_before_decision decides)', () => {
    const c = setDate(generalCase(), 'noticeServed', '2025-04-15');
    expect(statusOf(c, 'statement_period_respected')).toBe('not_applicable');
    expect(statusOf(simpleCase(), 'statement_period_respected')).toBe('not_applicable');
  });
  it('follows the profile statement period', () => {
    const c = decidedOn(generalCase, '2025-04-08');
    expect(statusOf(c, 'statement_period_respected', profileWith({ statementPeriodWorkingDays: { value: 5 } }))).toBe(
      'fail',
    );
  });
});

describe('hearing_offered (APL 63, 64)', () => {
  it('passes when the notice text mentions the hearing, quoting the page', () => {
    const f = check(hearingRightCase(), 'hearing_offered');
    expect(f.status).toBe('pass');
    expect(f.evidence[0]).toMatchObject({ documentType: 'prior_notice', pageNo: 1 });
    expect(f.evidence[0]?.quote).toContain('听证');
  });
  it('matches across line breaks and spaces in extracted text', () => {
    const c = setText(hearingRightCase(), 'prior_notice', '告知书\n你有权要求听\n证。');
    expect(statusOf(c, 'hearing_offered')).toBe('pass');
  });
  it('fails when the notice text never offers a hearing, or only denies one', () => {
    const f = check(setText(hearingRightCase(), 'prior_notice', TEXT.notice), 'hearing_offered');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.quote).toBe('未找到“听证”');
    const denied = setText(hearingRightCase(), 'prior_notice', '行政处罚事先告知书\n本案不适用听证程序。');
    expect(statusOf(denied, 'hearing_offered')).toBe('fail');
  });
  it('counts the organization threshold and the heavy penalty kinds', () => {
    const org = hearingRightCase();
    org.party = { type: 'organization', name: '某公司' };
    expect(statusOf(setText(org, 'prior_notice', TEXT.notice), 'hearing_offered')).toBe('not_applicable');
    org.penalty = { kinds: ['fine', 'confiscation'], fineYuan: 10000 };
    expect(statusOf(setText(org, 'prior_notice', TEXT.notice), 'hearing_offered')).toBe('fail');
    org.penalty = { kinds: ['fine'], fineYuan: 50000 };
    expect(statusOf(org, 'hearing_offered')).toBe('fail');
  });
  it('is unknown when the notice is a scan without text, or the fine amount is missing', () => {
    const c = setText(hearingRightCase(), 'prior_notice', '');
    expect(statusOf(c, 'hearing_offered')).toBe('unknown');
    const noAmount = hearingRightCase();
    noAmount.penalty = { kinds: ['fine'], fineYuan: null };
    expect(statusOf(noAmount, 'hearing_offered')).toBe('unknown');
  });
  it('is n/a below the threshold and in simple procedure', () => {
    expect(statusOf(generalCase(), 'hearing_offered')).toBe('not_applicable');
    expect(statusOf(simpleCase(), 'hearing_offered')).toBe('not_applicable');
  });
});

describe('hearing_held_when_requested (APL 63, 64)', () => {
  it('passes when the hearing was held and its documents are on file', () => {
    expect(statusOf(hearingHeldCase(), 'hearing_held_when_requested')).toBe('pass');
  });
  it('fails without the hearing date or without the hearing documents', () => {
    expect(statusOf(setDate(hearingHeldCase(), 'hearingHeld', null), 'hearing_held_when_requested')).toBe('fail');
    expect(statusOf(removeDocs(hearingHeldCase(), 'hearing'), 'hearing_held_when_requested')).toBe('fail');
  });
  it('is n/a when no hearing was requested; unknown when the procedure is not recorded', () => {
    expect(statusOf(hearingRightCase(), 'hearing_held_when_requested')).toBe('not_applicable');
    const c = hearingHeldCase();
    c.procedure = undefined;
    expect(statusOf(c, 'hearing_held_when_requested')).toBe('unknown');
  });
});

describe('hearing_notice_7_days (APL 64)', () => {
  // Hearing 2025-10-16: the 7th working day back is 2025-10-09, so 2025-10-08 is the last day to notify.
  const noticeOn = (date: string) =>
    setDate(setDate(hearingHeldCase(), 'hearingHeld', '2025-10-16'), 'hearingNoticeServed', date);

  it('passes with exactly 7 working days and fails with 6, counting the make-up Saturday', () => {
    expect(statusOf(noticeOn('2025-10-08'), 'hearing_notice_7_days')).toBe('pass');
    const f = check(noticeOn('2025-10-09'), 'hearing_notice_7_days');
    expect(f.status).toBe('fail');
    expect(f.reasonZh).toContain('间隔6个工作日');
    expect(f.computation).toMatchObject({ deadline: '2025-10-08', actual: { date: '2025-10-09' }, daysOver: 1 });
  });
  it('counts across National Day: a notice on 2025-09-30 is 7 working days before 2025-10-16', () => {
    expect(statusOf(noticeOn('2025-09-30'), 'hearing_notice_7_days')).toBe('pass');
  });
  it('is unknown without the notice date and n/a without a hearing', () => {
    expect(statusOf(setDate(hearingHeldCase(), 'hearingNoticeServed', null), 'hearing_notice_7_days')).toBe('unknown');
    expect(statusOf(generalCase(), 'hearing_notice_7_days')).toBe('not_applicable');
  });
  it('keeps the hearing document as the evidence of the hearing date', () => {
    const f = check(hearingHeldCase(), 'hearing_notice_7_days');
    expect(f.evidence.map((e) => e.documentId)).toContain(docOf(hearingHeldCase(), 'hearing').id);
  });
});
