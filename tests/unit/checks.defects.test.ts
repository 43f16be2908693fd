/**
 * The defect table of shared/checks/README.md: each defect, injected into clean cases the way
 * the fixture generator does it, fails exactly the listed rules; every other rule stays
 * pass, n/a or unknown. The clean cases themselves fail nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../shared/calendar/dates.ts';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import { isRuleId } from '../../shared/checks/ruleIds.ts';
import type { RuleId } from '../../shared/checks/ruleIds.ts';
import { runChecks } from '../../shared/checks/run.ts';
import type { CheckCase } from '../../shared/checks/types.ts';
import { CLEAN_CASES, TEXT, ctxOf, docOf, failing, removeDocs, setDate, setText, shiftFrom } from './checks.factory.ts';

type Kind = keyof typeof CLEAN_CASES;
const calendar = createWorkdayCalendar();

function need(date: string | null | undefined): string {
  if (!date) throw new Error('the clean case lacks a date the defect needs');
  return date;
}

const ALL: Kind[] = Object.keys(CLEAN_CASES) as Kind[];
const GENERAL: Kind[] = ['general', 'hearingRight', 'hearingHeld', 'reviewRequired', 'discussionRequired'];

interface Defect {
  kinds: Kind[];
  fails: RuleId[];
  apply(c: CheckCase): void;
}

const DEFECTS: Record<string, Defect> = {
  late_decision: {
    kinds: GENERAL,
    fails: ['decision_within_90_days'],
    apply(c) {
      const decided = need(c.dates.decided);
      const target = addDays(need(c.dates.filed), 91);
      shiftFrom(c, decided, Math.round((Date.parse(target) - Date.parse(decided)) / 86_400_000));
    },
  },
  late_delivery: {
    kinds: ['general', 'hearingRight'],
    fails: ['delivery_within_7_days'],
    apply(c) {
      const delivered = calendar.addWorkingDays(need(c.dates.decided), 8);
      setDate(c, 'delivered', delivered, 'delivery_receipt');
      setDate(c, 'paid', addDays(delivered, 5), 'payment_receipt');
      setDate(c, 'closed', addDays(delivered, 20), 'closing_report');
    },
  },
  missing_delivery_receipt: {
    kinds: ['general'],
    fails: ['required_documents'],
    apply: (c) => removeDocs(c, 'delivery_receipt'),
  },
  missing_closing_report: {
    kinds: ['general'],
    fails: ['required_documents'],
    apply: (c) => removeDocs(c, 'closing_report'),
  },
  single_officer: {
    kinds: ['general', 'simple', 'inspection', 'enforcement'],
    fails: ['two_officers'],
    apply(c) {
      c.officers = c.officers.slice(0, 1);
    },
  },
  expired_certificate: {
    kinds: ALL,
    fails: ['officer_certificates_valid'],
    apply(c) {
      const acting = need(c.dates.decided ?? c.dates.inspected ?? c.dates.filed ?? c.dates.measureStarted);
      const officer = c.officers[1];
      if (officer) officer.certificateValidUntil = addDays(acting, -30);
    },
  },
  missing_certificate_number: {
    kinds: ALL,
    fails: ['officer_certificate_numbers'],
    apply(c) {
      const officer = c.officers[0];
      if (officer) officer.certificateNo = null;
    },
  },
  simple_fine_over_limit: {
    kinds: ['simple'],
    fails: ['simple_procedure_limits'],
    apply(c) {
      c.penalty = { kinds: ['fine'], fineYuan: 500 };
    },
  },
  notice_after_decision: {
    kinds: ['general', 'hearingRight'],
    fails: ['prior_notice_before_decision'],
    apply(c) {
      setDate(c, 'noticeServed', addDays(need(c.dates.decided), 1), 'prior_notice');
    },
  },
  statement_period_cut: {
    kinds: ['general', 'hearingRight'],
    fails: ['statement_period_respected'],
    apply(c) {
      setDate(c, 'noticeServed', addDays(need(c.dates.decided), -2), 'prior_notice');
    },
  },
  hearing_not_offered: {
    kinds: ['hearingRight'],
    fails: ['hearing_offered'],
    apply: (c) => setText(c, 'prior_notice', TEXT.notice),
  },
  hearing_not_held: {
    kinds: ['hearingHeld'],
    fails: ['hearing_held_when_requested'],
    apply(c) {
      c.dates.hearingHeld = null;
      c.dates.hearingNoticeServed = null;
      removeDocs(c, 'hearing');
    },
  },
  hearing_notice_short: {
    kinds: ['hearingHeld'],
    fails: ['hearing_notice_7_days'],
    apply(c) {
      c.dates.hearingNoticeServed = addDays(need(c.dates.hearingHeld), -3);
    },
  },
  missing_legal_review: {
    kinds: ['reviewRequired', 'hearingHeld'],
    fails: ['legal_review_present'],
    apply(c) {
      c.dates.legalReview = null;
      removeDocs(c, 'legal_review');
    },
  },
  legal_review_after_decision: {
    kinds: ['general', 'reviewRequired', 'hearingHeld'],
    fails: ['legal_review_before_decision'],
    apply(c) {
      setDate(c, 'legalReview', addDays(need(c.dates.decided), 2), 'legal_review');
    },
  },
  missing_collective_discussion: {
    kinds: ['discussionRequired'],
    fails: ['collective_discussion_present'],
    apply(c) {
      c.dates.collectiveDiscussion = null;
      removeDocs(c, 'collective_discussion');
    },
  },
  beyond_limitation: {
    kinds: ['general', 'simple'],
    fails: ['limitation_period'],
    apply(c) {
      c.dates.violation = addDays(addYears(need(c.dates.discovered), -2), -10);
    },
  },
  late_filing: {
    kinds: ['general', 'hearingRight'],
    fails: ['filing_timely'],
    apply(c) {
      const filed = need(c.dates.filed);
      const target = calendar.addWorkingDays(need(c.dates.discovered), 16);
      shiftFrom(c, filed, Math.round((Date.parse(target) - Date.parse(filed)) / 86_400_000));
    },
  },
  inquiry_before_filing: {
    kinds: ['general'],
    fails: ['investigation_after_filing'],
    apply(c) {
      docOf(c, 'inquiry_record').date = addDays(need(c.dates.filed), -1);
    },
  },
  late_publication: {
    kinds: ['general', 'hearingHeld'],
    fails: ['publication_deadline'],
    apply(c) {
      c.dates.published = calendar.addWorkingDays(need(c.dates.decided), 8);
    },
  },
  late_payment: {
    kinds: ['general', 'simple'],
    fails: ['payment_within_15_days'],
    apply(c) {
      const start = need(c.procedure === 'simple' ? c.dates.decided : c.dates.delivered);
      setDate(c, 'paid', addDays(start, 16), 'payment_receipt');
      if (c.dates.closed) setDate(c, 'closed', addDays(start, 25), 'closing_report');
    },
  },
  unpaid_no_demand: {
    kinds: ['general', 'hearingRight'],
    fails: ['unpaid_demand_notice'],
    apply(c) {
      c.dates.paid = null;
      removeDocs(c, 'payment_receipt');
    },
  },
  closed_before_payment: {
    kinds: ['general'],
    fails: ['closing_after_execution'],
    apply(c) {
      setDate(c, 'closed', addDays(need(c.dates.paid), -1), 'closing_report');
    },
  },
  documents_out_of_order: {
    kinds: ['general', 'simple', 'inspection', 'enforcement'],
    fails: ['document_order'],
    apply(c) {
      // Swap the second and third documents, as a binder mixing two sheets would.
      const [a, b] = [c.documents[1], c.documents[2]];
      if (a && b) [a.seq, b.seq] = [b.seq, a.seq];
    },
  },
  missing_simple_form: {
    kinds: ['simple'],
    fails: ['simple_decision_form'],
    apply: (c) => removeDocs(c, 'simple_decision'),
  },
  certificate_not_shown: {
    kinds: ['general', 'inspection', 'enforcement'],
    fails: ['certificate_shown'],
    apply(c) {
      for (const d of c.documents) {
        if (d.type !== 'inquiry_record' && d.type !== 'inspection_record') continue;
        d.pages = d.pages.map((p) => ({
          ...p,
          text: p.text.replaceAll('（出示执法证件）', '').replaceAll('出示', ''),
        }));
      }
    },
  },
  seizure_too_long: {
    kinds: ['enforcement'],
    fails: ['enforcement_duration'],
    apply(c) {
      c.dates.measureEnded = addDays(need(c.dates.measureStarted), 31);
    },
  },
};

describe('clean cases', () => {
  it.each(ALL)('%s passes or is n/a on every rule', (kind) => {
    const findings = runChecks(ctxOf(CLEAN_CASES[kind]()));
    expect(findings.filter((f) => f.status === 'fail' || f.status === 'unknown').map((f) => f.rule)).toEqual([]);
  });
});

describe('the README defect table', () => {
  // The contract is the README: every row must be exercised here with the same rules.
  const readme = readFileSync(new URL('../../shared/checks/README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Defects the fixture generator injects'));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const table = Object.fromEntries(
    rows.map((cells) => [
      (cells[1] ?? '').replaceAll('`', ''),
      [...(cells[3] ?? '').matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1] ?? '').filter(isRuleId),
    ]),
  );

  it('lists the same defects as this test', () => {
    expect(Object.keys(DEFECTS).sort()).toEqual(Object.keys(table).sort());
  });
  it.each(Object.keys(DEFECTS))('%s trips the rules the README lists', (defect) => {
    expect(DEFECTS[defect]?.fails).toEqual(table[defect]);
  });
});

const CASES = Object.entries(DEFECTS).flatMap(([defect, d]) => d.kinds.map((kind) => [defect, kind, d] as const));

describe.each(CASES)('defect %s on a %s case', (_defect, kind, d) => {
  it(`fails exactly ${d.fails.join(', ')}`, () => {
    const c = CLEAN_CASES[kind]();
    d.apply(c);
    expect(failing(c)).toEqual(d.fails);
  });
});
