import { describe, expect, it } from 'vitest';
import {
  check,
  enforcementCase,
  generalCase,
  inspectionCase,
  profileWith,
  setDate,
  simpleCase,
  statusOf,
} from './checks.factory.ts';

describe('decision_within_90_days (APL 60)', () => {
  it('passes on day 90 and fails on day 91, with the computation', () => {
    const onTime = setDate(generalCase(), 'decided', '2025-06-03'); // filed 2025-03-05 + 90
    expect(statusOf(onTime, 'decision_within_90_days')).toBe('pass');
    const late = check(setDate(generalCase(), 'decided', '2025-06-04'), 'decision_within_90_days');
    expect(late.status).toBe('fail');
    expect(late.reasonZh).toBe(
      '立案日期2025-03-05，决定日期2025-06-04，间隔91日，超过90日法定期限（《行政处罚法》第六十条）',
    );
    expect(late.article).toBe('《中华人民共和国行政处罚法》第六十条');
    expect(late.suggestedDeduction).toBe(4);
    expect(late.computation).toEqual({
      start: { event: '立案', date: '2025-03-05' },
      rule: '90 个自然日',
      calendar: 'calendar',
      deadline: '2025-06-03',
      actual: { event: '决定', date: '2025-06-04' },
      daysOver: 1,
    });
    expect(late.evidence.map((e) => [e.dateKey, e.documentType])).toEqual([
      ['filed', 'filing_approval'],
      ['decided', 'decision'],
    ]);
  });
  it('is unknown without a filing date and n/a for simple procedure and inspections', () => {
    expect(statusOf(setDate(generalCase(), 'filed', null), 'decision_within_90_days')).toBe('unknown');
    expect(statusOf(simpleCase(), 'decision_within_90_days')).toBe('not_applicable');
    expect(statusOf(inspectionCase(), 'decision_within_90_days')).toBe('not_applicable');
  });
  it('is unknown for a penalty case whose procedure is not recorded', () => {
    const c = generalCase();
    c.procedure = null;
    expect(statusOf(c, 'decision_within_90_days')).toBe('unknown');
  });
});

describe('delivery_within_7_days (APL 61, 85: working days)', () => {
  it('counts across National Day 2025: day 7 is 2025-10-16', () => {
    const base = () => setDate(generalCase(), 'decided', '2025-09-30');
    expect(statusOf(setDate(base(), 'delivered', '2025-10-16'), 'delivery_within_7_days')).toBe('pass');
    const late = check(setDate(base(), 'delivered', '2025-10-17'), 'delivery_within_7_days');
    expect(late.status).toBe('fail');
    expect(late.computation).toMatchObject({ calendar: 'working', rule: '7 个工作日', deadline: '2025-10-16' });
    expect(late.reasonZh).toContain('国庆节');
    expect(late.reasonZh).toContain('2025-10-11为调休工作日');
  });
  it('counts across the 2025 Spring Festival with its make-up Saturday: day 7 is 2025-02-10', () => {
    const base = () => setDate(generalCase(), 'decided', '2025-01-24');
    expect(statusOf(setDate(base(), 'delivered', '2025-02-10'), 'delivery_within_7_days')).toBe('pass');
    expect(statusOf(setDate(base(), 'delivered', '2025-02-11'), 'delivery_within_7_days')).toBe('fail');
  });
  it('is unknown without a delivery date and n/a for simple procedure', () => {
    expect(statusOf(setDate(generalCase(), 'delivered', null), 'delivery_within_7_days')).toBe('unknown');
    expect(statusOf(simpleCase(), 'delivery_within_7_days')).toBe('not_applicable');
  });
});

describe('publication_deadline (APL 48; 7 working days)', () => {
  it('counts across National Day 2024: day 7 is the make-up Saturday 2024-10-12', () => {
    const base = () => setDate(generalCase(), 'decided', '2024-09-27');
    expect(statusOf(setDate(base(), 'published', '2024-10-12'), 'publication_deadline')).toBe('pass');
    expect(statusOf(setDate(base(), 'published', '2024-10-14'), 'publication_deadline')).toBe('fail');
  });
  it('uses the profile period', () => {
    const c = setDate(generalCase(), 'published', '2025-04-24'); // day 7 after 2025-04-15
    expect(statusOf(c, 'publication_deadline')).toBe('pass');
    const five = profileWith({ publicationDeadlineWorkingDays: { value: 5 } });
    expect(statusOf(c, 'publication_deadline', five)).toBe('fail');
  });
  it('is unknown when not published, and n/a for simple procedure', () => {
    const f = check(setDate(generalCase(), 'published', null), 'publication_deadline');
    expect(f.status).toBe('unknown');
    expect(f.reasonZh).toContain('公开日期');
    expect(statusOf(simpleCase(), 'publication_deadline')).toBe('not_applicable');
  });
});

describe('filing_timely (15 working days from discovery, profile value)', () => {
  it('counts across National Day 2025: day 15 after 2025-09-26 is 2025-10-23', () => {
    const base = () => setDate(setDate(generalCase(), 'violation', '2025-09-20'), 'discovered', '2025-09-26');
    expect(statusOf(setDate(base(), 'filed', '2025-10-23'), 'filing_timely')).toBe('pass');
    const late = check(setDate(base(), 'filed', '2025-10-24'), 'filing_timely');
    expect(late.status).toBe('fail');
    expect(late.computation?.deadline).toBe('2025-10-23');
  });
  it('is unknown without a discovery date and n/a for simple procedure', () => {
    expect(statusOf(setDate(generalCase(), 'discovered', null), 'filing_timely')).toBe('unknown');
    expect(statusOf(simpleCase(), 'filing_timely')).toBe('not_applicable');
  });
});

describe('limitation_period (APL 36: 2 years)', () => {
  it('passes on the second anniversary and fails the day after', () => {
    const base = () => setDate(generalCase(), 'violation', '2023-03-10');
    expect(statusOf(setDate(base(), 'discovered', '2025-03-10'), 'limitation_period')).toBe('pass');
    expect(statusOf(setDate(base(), 'discovered', '2025-03-11'), 'limitation_period')).toBe('fail');
  });
  it('ends 29 February periods on 28 February', () => {
    const base = () => setDate(generalCase(), 'violation', '2024-02-29');
    expect(statusOf(setDate(base(), 'discovered', '2026-02-28'), 'limitation_period')).toBe('pass');
    expect(statusOf(setDate(base(), 'discovered', '2026-03-01'), 'limitation_period')).toBe('fail');
  });
  it('falls back to the filing date when discovery is not recorded', () => {
    const c = setDate(setDate(generalCase(), 'violation', '2023-03-01'), 'discovered', null);
    const f = check(c, 'limitation_period');
    expect(f.status).toBe('fail'); // filed 2025-03-05
    expect(f.computation?.actual).toEqual({ event: '立案', date: '2025-03-05' });
  });
  it('applies to simple procedure too; unknown without the violation date; n/a for inspections', () => {
    expect(statusOf(setDate(simpleCase(), 'violation', '2023-05-05'), 'limitation_period')).toBe('fail');
    expect(statusOf(setDate(generalCase(), 'violation', null), 'limitation_period')).toBe('unknown');
    expect(statusOf(inspectionCase(), 'limitation_period')).toBe('not_applicable');
  });
});

describe('investigation_after_filing (APL 54)', () => {
  const withInquiryDate = (date: string | null) => {
    const c = generalCase();
    const doc = c.documents.find((d) => d.type === 'inquiry_record');
    if (doc) doc.date = date;
    return c;
  };
  it('passes on the filing day itself and fails the day before', () => {
    expect(statusOf(withInquiryDate('2025-03-05'), 'investigation_after_filing')).toBe('pass');
    const f = check(withInquiryDate('2025-03-04'), 'investigation_after_filing');
    expect(f.status).toBe('fail');
    expect(f.evidence.some((e) => e.documentType === 'inquiry_record' && e.date === '2025-03-04')).toBe(true);
  });
  it('is unknown with no dated inquiry record or no filing date', () => {
    expect(statusOf(withInquiryDate(null), 'investigation_after_filing')).toBe('unknown');
    expect(statusOf(setDate(generalCase(), 'filed', null), 'investigation_after_filing')).toBe('unknown');
  });
  it('ignores inspection records (on-site checks before filing are how cases start)', () => {
    const c = generalCase(); // its inspection record is dated 2025-03-03, before filing
    expect(statusOf(c, 'investigation_after_filing')).toBe('pass');
    expect(statusOf(simpleCase(), 'investigation_after_filing')).toBe('not_applicable');
  });
});

describe('enforcement_duration (行政强制法 25: 30 days)', () => {
  it('passes on day 30 and fails on day 31', () => {
    expect(statusOf(setDate(enforcementCase(), 'measureEnded', '2025-07-03'), 'enforcement_duration')).toBe('pass');
    const f = check(setDate(enforcementCase(), 'measureEnded', '2025-07-04'), 'enforcement_duration');
    expect(f.status).toBe('fail');
    expect(f.article).toBe('《中华人民共和国行政强制法》第二十五条');
    expect(f.computation).toMatchObject({ deadline: '2025-07-03', daysOver: 1, calendar: 'calendar' });
  });
  it('uses the profile maximum', () => {
    const c = setDate(enforcementCase(), 'measureEnded', '2025-07-04');
    expect(statusOf(c, 'enforcement_duration', profileWith({ compulsoryMeasureMaxDays: { value: 60 } }))).toBe('pass');
  });
  it('is unknown while the measure has no end date, n/a for other case types', () => {
    expect(statusOf(setDate(enforcementCase(), 'measureEnded', null), 'enforcement_duration')).toBe('unknown');
    expect(statusOf(generalCase(), 'enforcement_duration')).toBe('not_applicable');
  });
});
