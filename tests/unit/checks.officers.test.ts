import { describe, expect, it } from 'vitest';
import type { CheckCase } from '../../shared/checks/types.ts';
import {
  check,
  enforcementCase,
  generalCase,
  inspectionCase,
  profileWith,
  setDate,
  setText,
  simpleCase,
  statusOf,
} from './checks.factory.ts';

const oneOfficer = (c: CheckCase) => {
  c.officers = c.officers.slice(0, 1);
  return c;
};

describe('two_officers (APL 42)', () => {
  it('passes with two officers in every case kind', () => {
    for (const c of [generalCase(), simpleCase(), inspectionCase(), enforcementCase()]) {
      expect(statusOf(c, 'two_officers')).toBe('pass');
    }
  });
  it('fails with one officer, also in simple procedure under the Tianjin profile', () => {
    expect(check(oneOfficer(generalCase()), 'two_officers')).toMatchObject({
      status: 'fail',
      suggestedDeduction: 'whole',
    });
    expect(statusOf(oneOfficer(simpleCase()), 'two_officers')).toBe('fail');
    expect(statusOf(oneOfficer(inspectionCase()), 'two_officers')).toBe('fail');
  });
  it('counts the same officer listed twice once', () => {
    const c = generalCase();
    const [first] = c.officers;
    if (!first) throw new Error('fixture');
    c.officers = [first, { ...first }];
    expect(statusOf(c, 'two_officers')).toBe('fail');
  });
  it('is n/a for simple procedure when the profile does not require two', () => {
    const lenient = profileWith({ simpleProcedureRequiresTwoOfficers: { value: false } });
    expect(statusOf(oneOfficer(simpleCase()), 'two_officers', lenient)).toBe('not_applicable');
    expect(statusOf(oneOfficer(generalCase()), 'two_officers', lenient)).toBe('fail');
  });
  it('is unknown with no officers listed', () => {
    const c = generalCase();
    c.officers = [];
    expect(statusOf(c, 'two_officers')).toBe('unknown');
  });
});

describe('officer_certificates_valid (APL 42)', () => {
  const validUntil = (c: CheckCase, date: string | null) => {
    const second = c.officers[1];
    if (second) second.certificateValidUntil = date;
    return c;
  };
  it('passes when valid on the decision day, fails when expired the day before', () => {
    expect(statusOf(validUntil(generalCase(), '2025-04-15'), 'officer_certificates_valid')).toBe('pass');
    const f = check(validUntil(generalCase(), '2025-04-14'), 'officer_certificates_valid');
    expect(f.status).toBe('fail');
    expect(f.reasonZh).toContain('李某（有效期至2025-04-14）');
    expect(f.evidence[0]).toMatchObject({ dateKey: 'decided', documentType: 'decision' });
  });
  it('uses the inspection date for inspections and the seizure date when nothing else is recorded', () => {
    expect(statusOf(validUntil(inspectionCase(), '2025-06-02'), 'officer_certificates_valid')).toBe('fail');
    const seizure = setDate(validUntil(enforcementCase(), '2025-06-02'), 'inspected', null);
    expect(statusOf(seizure, 'officer_certificates_valid')).toBe('fail');
  });
  it('is unknown for an officer without validity date, or without any acting date', () => {
    expect(statusOf(validUntil(generalCase(), null), 'officer_certificates_valid')).toBe('unknown');
    const c = inspectionCase();
    c.dates = {};
    expect(statusOf(c, 'officer_certificates_valid')).toBe('unknown');
  });
});

describe('officer_certificate_numbers (APL 42, 55)', () => {
  it('passes when every officer has a number', () => {
    expect(statusOf(generalCase(), 'officer_certificate_numbers')).toBe('pass');
  });
  it('fails for a missing or blank number', () => {
    const c = generalCase();
    const first = c.officers[0];
    if (first) first.certificateNo = null;
    expect(check(c, 'officer_certificate_numbers').reasonZh).toContain('王某');
    if (first) first.certificateNo = ' ';
    expect(statusOf(c, 'officer_certificate_numbers')).toBe('fail');
  });
  it('is unknown with no officers', () => {
    const c = simpleCase();
    c.officers = [];
    expect(statusOf(c, 'officer_certificate_numbers')).toBe('unknown');
  });
});

describe('certificate_shown (APL 55)', () => {
  it('passes when every record notes 出示, quoting the page', () => {
    const f = check(generalCase(), 'certificate_shown');
    expect(f.status).toBe('pass');
    expect(f.evidence.every((e) => e.quote?.includes('出示'))).toBe(true);
  });
  it('fails when one record does not note it, or notes that it was not shown', () => {
    const missing = setText(generalCase(), 'inquiry_record', '询问笔录\n问：你是否为该店经营者？\n答：是。');
    const f = check(missing, 'certificate_shown');
    expect(f.status).toBe('fail');
    expect(f.evidence.find((e) => e.documentType === 'inquiry_record')?.quote).toBe('未找到“出示”');
    const negated = setText(inspectionCase(), 'inspection_record', '现场检查笔录\n执法人员未出示执法证件。');
    expect(statusOf(negated, 'certificate_shown')).toBe('fail');
  });
  it("does not count the party showing its licence as the officers' certificates", () => {
    const party = setText(inspectionCase(), 'inspection_record', '现场检查笔录\n当事人出示营业执照一份。');
    expect(statusOf(party, 'certificate_shown')).toBe('fail');
    const shown = setText(
      inspectionCase(),
      'inspection_record',
      '现场检查笔录\n执法人员向当事人出示了由天津市人民政府统一制发的行政执法证件。',
    );
    expect(statusOf(shown, 'certificate_shown')).toBe('pass');
  });
  it('is unknown when a record is a scan without text', () => {
    expect(statusOf(setText(enforcementCase(), 'inspection_record', '  \n'), 'certificate_shown')).toBe('unknown');
  });
  it('is n/a without inspection or inquiry records; simple procedure cites APL 52', () => {
    expect(statusOf(simpleCase(), 'certificate_shown')).toBe('not_applicable');
    const c = simpleCase();
    c.documents.push({
      id: 999,
      seq: 5,
      type: 'inspection_record',
      title: null,
      date: null,
      pages: [{ pageNo: 1, text: '现场笔录' }],
    });
    expect(check(c, 'certificate_shown')).toMatchObject({ status: 'fail', suggestedDeduction: 10 });
    expect(check(c, 'certificate_shown').article).toContain('第五十二条');
  });
});
