/**
 * Small clean cases for the check tests: a general-procedure penalty case (with variants for
 * hearing right, hearing held, legal review and collective discussion required), a simple-
 * procedure case, an inspection and an enforcement case. Every clean case passes or is
 * n/a on every rule; tests mutate copies the way the fixture generator injects defects.
 */
import { readFileSync } from 'node:fs';
import { addDays } from '../../shared/calendar/dates.ts';
import type { DateKey } from '../../shared/domain/bundle.ts';
import type { DocumentType } from '../../shared/domain/documentTypes.ts';
import { runChecks } from '../../shared/checks/run.ts';
import type { RuleId } from '../../shared/checks/ruleIds.ts';
import type { CheckCase, CheckContext, CheckDocument, CheckStatus, Finding } from '../../shared/checks/types.ts';
import { profileCalendar } from '../../shared/profiles/calendar.ts';
import { parseProfile } from '../../shared/profiles/parse.ts';
import type { Profile, ProfileInput } from '../../shared/profiles/schema.ts';

export const TODAY = '2026-06-30';

export function profileInput(name = 'tianjin'): ProfileInput {
  return JSON.parse(
    readFileSync(new URL(`../../resources/profiles/${name}.json`, import.meta.url), 'utf8'),
  ) as ProfileInput;
}

export const tianjin: Profile = parseProfile(profileInput());

/** A profile with some values changed, e.g. `{ legalReviewScope: { value: 'all_general' } }`. */
export function profileWith(changes: Partial<ProfileInput>): Profile {
  return parseProfile({ ...profileInput(), ...changes });
}

export function ctxOf(c: CheckCase, profile: Profile = tianjin, today = TODAY): CheckContext {
  return { case: c, profile, calendar: profileCalendar(profile), today };
}

export function check(c: CheckCase, rule: RuleId, profile: Profile = tianjin, today = TODAY): Finding {
  const [finding] = runChecks(ctxOf(c, profile, today), [rule]);
  if (!finding) throw new Error(`no finding for ${rule}`);
  return finding;
}

export function statusOf(c: CheckCase, rule: RuleId, profile: Profile = tianjin): CheckStatus {
  return check(c, rule, profile).status;
}

export function failing(c: CheckCase, profile: Profile = tianjin): RuleId[] {
  return runChecks(ctxOf(c, profile))
    .filter((f) => f.status === 'fail')
    .map((f) => f.rule);
}

export const TEXT = {
  inspection:
    '现场检查笔录\n检查时间：2025年3月3日9时10分至9时40分\n执法人员王某、李某向当事人出示执法证件，表明身份。\n检查情况：……',
  inquiry:
    '询问笔录\n问：我们是大沽街道综合执法大队的执法人员，这是我们的执法证件（出示执法证件），请你过目。\n答：看清楚了。',
  notice:
    '行政处罚事先告知书\n根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你享有陈述、申辩的权利，可在收到本告知书之日起三个工作日内提出。',
  noticeHearing:
    '行政处罚事先告知书\n根据《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条的规定，你享有陈述、申辩的权利，并有权要求听证。如要求听证，应当在收到本告知书之日起五个工作日内提出。',
};

interface DocSpec {
  type: DocumentType;
  date?: string;
  text?: string;
  pages?: number;
}

function buildDocs(specs: readonly DocSpec[]): CheckDocument[] {
  return specs.map((s, i) => ({
    id: i + 101,
    seq: i + 1,
    type: s.type,
    title: null,
    date: s.date ?? null,
    pages: Array.from({ length: s.pages ?? 1 }, (_, p) => ({
      pageNo: p + 1,
      text: p === 0 ? (s.text ?? `${s.type} 文书`) : '（续页）',
    })),
  }));
}

const OFFICERS = [
  { name: '王某', certificateNo: '12010123001', certificateValidUntil: '2027-12-31' },
  { name: '李某', certificateNo: '12010123002', certificateValidUntil: '2027-12-31' },
];

/** General procedure, individual fined 3,000 元 (no hearing right in Tianjin), paid and closed. */
export function generalCase(): CheckCase {
  return {
    caseNumber: '津滨大沽执罚〔2025〕12号',
    caseType: 'penalty',
    procedure: 'general',
    party: { type: 'individual', name: '张某' },
    officers: structuredClone(OFFICERS),
    penalty: { kinds: ['fine'], fineYuan: 3000 },
    flags: {},
    dates: {
      violation: '2025-03-01',
      discovered: '2025-03-03',
      inspected: '2025-03-03',
      filed: '2025-03-05',
      legalReview: '2025-04-08',
      noticeServed: '2025-04-01',
      decided: '2025-04-15',
      delivered: '2025-04-17',
      published: '2025-04-22',
      paid: '2025-04-25',
      closed: '2025-05-12',
    },
    documents: buildDocs([
      { type: 'cover' },
      { type: 'index' },
      { type: 'case_source', date: '2025-03-03' },
      { type: 'filing_approval', date: '2025-03-05' },
      { type: 'inspection_record', date: '2025-03-03', text: TEXT.inspection },
      { type: 'inquiry_record', date: '2025-03-10', text: TEXT.inquiry, pages: 2 },
      { type: 'evidence', date: '2025-03-10' },
      { type: 'investigation_report', date: '2025-03-28' },
      { type: 'legal_review', date: '2025-04-08' },
      { type: 'prior_notice', date: '2025-04-01', text: TEXT.notice },
      { type: 'decision_approval', date: '2025-04-14' },
      { type: 'decision', date: '2025-04-15' },
      { type: 'delivery_receipt', date: '2025-04-17' },
      { type: 'payment_receipt', date: '2025-04-25' },
      { type: 'closing_report', date: '2025-05-12' },
      { type: 'filing_note' },
    ]),
  };
}

export function docOf(c: CheckCase, type: DocumentType): CheckDocument {
  const doc = c.documents.find((d) => d.type === type);
  if (!doc) throw new Error(`no ${type} in the case`);
  return doc;
}

export function setText(c: CheckCase, type: DocumentType, text: string): CheckCase {
  const doc = docOf(c, type);
  doc.pages = doc.pages.map((p, i) => ({ ...p, text: i === 0 ? text : p.text }));
  return c;
}

export function removeDocs(c: CheckCase, type: DocumentType): CheckCase {
  c.documents = c.documents.filter((d) => d.type !== type).map((d, i) => ({ ...d, seq: i + 1 }));
  return c;
}

/** Inserts a document right after the last document of type `after`, renumbering seq. */
export function insertDoc(c: CheckCase, after: DocumentType, spec: DocSpec): CheckCase {
  const [doc] = buildDocs([spec]);
  if (!doc) throw new Error('unreachable');
  const index = c.documents.map((d) => d.type).lastIndexOf(after);
  const docs = [...c.documents];
  docs.splice(index + 1, 0, { ...doc, id: 900 + docs.length });
  c.documents = docs.map((d, i) => ({ ...d, seq: i + 1 }));
  return c;
}

/** Moves every case date and document date on or after `from` by `days` (a later event, consistently). */
export function shiftFrom(c: CheckCase, from: string, days: number): CheckCase {
  for (const key of Object.keys(c.dates) as DateKey[]) {
    const d = c.dates[key];
    if (d && d >= from) c.dates[key] = addDays(d, days);
  }
  for (const doc of c.documents) if (doc.date && doc.date >= from) doc.date = addDays(doc.date, days);
  return c;
}

export function setDate(c: CheckCase, key: DateKey, date: string | null, docType?: DocumentType): CheckCase {
  c.dates[key] = date;
  if (docType) docOf(c, docType).date = date;
  return c;
}

/** Fined 10,000 元: at or above the individual threshold, so the notice offers a hearing. */
export function hearingRightCase(): CheckCase {
  const c = generalCase();
  c.penalty = { kinds: ['fine'], fineYuan: 10000 };
  return setText(c, 'prior_notice', TEXT.noticeHearing);
}

/** The party asked for a hearing, which was held (so legal review is required and on file). */
export function hearingHeldCase(): CheckCase {
  const c = hearingRightCase();
  shiftFrom(c, '2025-04-14', 10); // decision approval onwards moves after the hearing
  c.flags.hearingRequested = true;
  Object.assign(c.dates, {
    hearingRequested: '2025-04-03',
    hearingNoticeServed: '2025-04-07',
    hearingHeld: '2025-04-18',
    legalReview: '2025-04-22',
  });
  docOf(c, 'legal_review').date = '2025-04-22';
  return insertDoc(c, 'prior_notice', { type: 'hearing', date: '2025-04-18' });
}

/** Flagged for legal review (APL 58) — the base case already holds the review. */
export function reviewRequiredCase(): CheckCase {
  const c = generalCase();
  c.flags.legalReviewRequired = true;
  return c;
}

export function discussionRequiredCase(): CheckCase {
  const c = generalCase();
  c.flags.collectiveDiscussionRequired = true;
  c.dates.collectiveDiscussion = '2025-04-10';
  return insertDoc(c, 'legal_review', { type: 'collective_discussion', date: '2025-04-10' });
}

/** 当场处罚: 100 元 on an individual, photo evidence, the numbered form, paid two days later. */
export function simpleCase(): CheckCase {
  return {
    caseNumber: '津滨大沽当罚〔2025〕88号',
    caseType: 'penalty',
    procedure: 'simple',
    party: { type: 'individual', name: '赵某' },
    officers: structuredClone(OFFICERS),
    penalty: { kinds: ['fine'], fineYuan: 100 },
    flags: {},
    dates: { violation: '2025-05-06', discovered: '2025-05-06', decided: '2025-05-06', paid: '2025-05-08' },
    documents: buildDocs([
      { type: 'evidence', date: '2025-05-06' },
      { type: 'simple_decision', date: '2025-05-06' },
      { type: 'payment_receipt', date: '2025-05-08' },
      { type: 'filing_note' },
    ]),
  };
}

export function inspectionCase(): CheckCase {
  return {
    caseNumber: '津滨大沽检〔2025〕301号',
    caseType: 'inspection',
    procedure: null,
    party: { type: 'organization', name: '某餐饮有限公司' },
    officers: structuredClone(OFFICERS),
    penalty: null,
    flags: {},
    dates: { inspected: '2025-06-03' },
    documents: buildDocs([
      { type: 'inspection_record', date: '2025-06-03', text: TEXT.inspection },
      { type: 'rectification_order', date: '2025-06-03' },
      { type: 'filing_note' },
    ]),
  };
}

/** 查封扣押 for 27 days. */
export function enforcementCase(): CheckCase {
  return {
    caseNumber: '津滨大沽强〔2025〕7号',
    caseType: 'enforcement',
    procedure: null,
    party: { type: 'individual_business', name: '某五金店' },
    officers: structuredClone(OFFICERS),
    penalty: null,
    flags: {},
    dates: { inspected: '2025-06-03', measureStarted: '2025-06-03', measureEnded: '2025-06-30' },
    documents: buildDocs([
      { type: 'inspection_record', date: '2025-06-03', text: TEXT.inspection },
      { type: 'preservation', date: '2025-06-03' },
      { type: 'delivery_receipt', date: '2025-06-03' },
      { type: 'filing_note' },
    ]),
  };
}

export const CLEAN_CASES = {
  general: generalCase,
  hearingRight: hearingRightCase,
  hearingHeld: hearingHeldCase,
  reviewRequired: reviewRequiredCase,
  discussionRequired: discussionRequiredCase,
  simple: simpleCase,
  inspection: inspectionCase,
  enforcement: enforcementCase,
} satisfies Record<string, () => CheckCase>;
