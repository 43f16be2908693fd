import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/dates.ts';
import { checkCaseFromBundle } from '../../shared/checks/fromBundle.ts';
import { RULES } from '../../shared/checks/registry.ts';
import { RULE_IDS } from '../../shared/checks/ruleIds.ts';
import { runChecks } from '../../shared/checks/run.ts';
import type { CheckCase } from '../../shared/checks/types.ts';
import { CASE_TYPES, DATE_KEYS, PARTY_TYPES, PENALTY_KINDS, caseBundleSchema } from '../../shared/domain/bundle.ts';
import type { DateKey } from '../../shared/domain/bundle.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/documentTypes.ts';
import { ctxOf, generalCase, hearingRightCase, profileInput, setDate, shiftFrom } from './checks.factory.ts';
import { parseProfile } from '../../shared/profiles/parse.ts';

describe('runChecks', () => {
  it('returns one finding per rule in RULE_IDS order, each with a reason and an article', () => {
    const findings = runChecks(ctxOf(generalCase()));
    expect(findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
    for (const f of findings) {
      expect(f.reasonZh, f.rule).toMatch(/[\u4e00-\u9fff]/);
      expect(f.reasonEn, f.rule).not.toBe('');
      expect(f.article, f.rule).toMatch(/《|规范/);
      expect(Array.isArray(f.evidence)).toBe(true);
      expect('suggestedDeduction' in f).toBe(f.status === 'fail');
    }
  });

  it('runs only the listed rules, still in RULE_IDS order', () => {
    const findings = runChecks(ctxOf(generalCase()), ['two_officers', 'decision_within_90_days']);
    expect(findings.map((f) => f.rule)).toEqual(['decision_within_90_days', 'two_officers']);
  });

  it('registers an implementation under every rule id', () => {
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
    expect(Object.keys(RULES)).toHaveLength(RULE_IDS.length);
  });

  it('reports a year the calendar does not cover as unknown, naming it, and runs the other rules', () => {
    const c = shiftFrom(generalCase(), '2025-04-15', 620); // decided 2026-12-26, delivered 2026-12-28 ...
    setDate(c, 'delivered', '2027-01-04');
    const findings = runChecks(ctxOf(c));
    const delivery = findings.find((f) => f.rule === 'delivery_within_7_days');
    expect(delivery?.status).toBe('unknown');
    expect(delivery?.reasonZh).toContain('节假日数据未覆盖');
    expect(delivery?.reasonZh).toContain('2027');
    expect(findings.find((f) => f.rule === 'decision_within_90_days')?.status).toBe('fail');
    expect(findings).toHaveLength(RULE_IDS.length);
  });

  it('computes the same case once the profile supplies the 2027 holidays', () => {
    const c = shiftFrom(generalCase(), '2025-04-15', 620);
    const input = profileInput();
    input.calendarOverrides = [{ year: 2027, holidays: ['2027-01-01'], workdays: [] }];
    const findings = runChecks(ctxOf(c, parseProfile(input)), ['delivery_within_7_days', 'publication_deadline']);
    expect(findings.map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('turns an unexpected error inside a rule into unknown instead of aborting the run', () => {
    const c = setDate(setDate(generalCase(), 'paid', null), 'closed', null);
    const [finding] = runChecks(ctxOf(c, undefined, 'not a date'), ['unpaid_demand_notice']);
    expect(finding?.status).toBe('unknown');
    expect(finding?.reasonZh).toContain('内部错误');
  });

  it('points text evidence at the page and the words found', () => {
    const [finding] = runChecks(ctxOf(hearingRightCase()), ['hearing_offered']);
    expect(finding?.evidence[0]).toMatchObject({
      documentId: expect.anything(),
      pageNo: 1,
      documentType: 'prior_notice',
    });
    expect(finding?.evidence[0]?.quote).toContain('听证');
  });
});

describe('checkCaseFromBundle', () => {
  it('builds the check input from case.json and page texts', () => {
    const bundle = caseBundleSchema.parse({
      format: 'pingcha-case/1',
      caseNumber: '津滨大沽执罚〔2023〕27号',
      procedure: 'general',
      officers: [{ name: '王某', certificateNo: '1', certificateValidUntil: '2026-12-31' }],
      dates: { filed: '2023-10-08', decided: '2024-01-10' },
      documents: [
        { file: '01-立案审批表.pdf', type: 'filing_approval', date: '2023-10-08' },
        { file: '02-笔录.pdf', type: 'transcript' },
      ],
    });
    const c = checkCaseFromBundle(bundle, (doc) => [{ pageNo: 1, text: `${doc.file} 出示` }]);
    expect(c.documents.map((d) => [d.id, d.seq, d.type])).toEqual([
      ['01-立案审批表.pdf', 1, 'filing_approval'],
      ['02-笔录.pdf', 2, 'other'],
    ]);
    expect(c.documents[0]?.pages[0]?.text).toBe('01-立案审批表.pdf 出示');
    const findings = runChecks(ctxOf(c), ['decision_within_90_days', 'two_officers']);
    expect(findings.map((f) => f.status)).toEqual(['fail', 'fail']);
  });
});

describe('runChecks on arbitrary data', () => {
  // Any combination of present and missing facts must yield a finding per rule, never a crash
  // and never the internal-error fallback (which would hide a bug in a rule).
  const date = fc.option(
    fc.integer({ min: 0, max: 1700 }).map((n) => addDays('2022-06-01', n)),
    { nil: null },
  );
  const caseArb = fc.record({
    caseType: fc.constantFrom(...CASE_TYPES),
    procedure: fc.constantFrom('general', 'simple', null),
    partyType: fc.option(fc.constantFrom(...PARTY_TYPES), { nil: null }),
    kinds: fc.subarray([...PENALTY_KINDS]),
    fine: fc.option(fc.integer({ min: 0, max: 200000 }), { nil: null }),
    hasPenalty: fc.boolean(),
    dates: fc.record(Object.fromEntries(DATE_KEYS.map((k) => [k, date])) as Record<DateKey, typeof date>),
    flags: fc.record({
      hearingRequested: fc.boolean(),
      hearingWaived: fc.boolean(),
      legalReviewRequired: fc.boolean(),
    }),
    officers: fc.array(
      fc.record({
        name: fc.constantFrom('王某', '李某', '赵某'),
        certificateNo: fc.option(fc.constant('12010001'), { nil: null }),
        certificateValidUntil: date,
      }),
      { maxLength: 3 },
    ),
    docs: fc.array(
      fc.record({
        type: fc.constantFrom(...DOCUMENT_TYPES),
        date,
        text: fc.constantFrom('', '出示执法证件', '听证', '文书'),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  });

  it('always returns one finding per rule without internal errors', () => {
    fc.assert(
      fc.property(caseArb, (a) => {
        const c: CheckCase = {
          caseNumber: 'X',
          caseType: a.caseType,
          procedure: a.procedure,
          party: a.partyType ? { type: a.partyType, name: '某' } : null,
          officers: a.officers,
          penalty: a.hasPenalty ? { kinds: a.kinds, fineYuan: a.fine } : null,
          flags: a.flags,
          dates: a.dates,
          documents: a.docs.map((d, i) => ({
            id: i,
            seq: i + 1,
            type: d.type,
            title: null,
            date: d.date,
            pages: [{ pageNo: 1, text: d.text }],
          })),
        };
        const findings = runChecks(ctxOf(c));
        expect(findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
        for (const f of findings) expect(f.reasonZh, f.rule).not.toContain('内部错误');
      }),
      { numRuns: 300, seed: 20250101 },
    );
  });
});
