/** Finding documents in the case and pointing evidence at them. */
import type { DateKey } from '../../domain/bundle.ts';
import type { DocumentType } from '../../domain/documentTypes.ts';
import type { CheckCase, CheckDocument, Evidence } from '../types.ts';

/** The document that usually carries each date, so that a date's evidence opens the right page. */
const DATE_DOCUMENT: Partial<Record<DateKey, readonly DocumentType[]>> = {
  discovered: ['case_source'],
  filed: ['filing_approval'],
  noticeServed: ['prior_notice'],
  statementDeadline: ['prior_notice'],
  hearingRequested: ['hearing'],
  hearingNoticeServed: ['hearing'],
  hearingHeld: ['hearing'],
  legalReview: ['legal_review'],
  collectiveDiscussion: ['collective_discussion'],
  decided: ['decision', 'simple_decision'],
  delivered: ['delivery_receipt'],
  paid: ['payment_receipt'],
  closed: ['closing_report'],
  inspected: ['inspection_record'],
  measureStarted: ['preservation'],
  measureEnded: ['preservation'],
  demandServed: ['demand_notice'],
};

export function bySeq(docs: readonly CheckDocument[]): CheckDocument[] {
  return [...docs].sort((a, b) => a.seq - b.seq);
}

export function docsOfType(c: CheckCase, type: DocumentType): CheckDocument[] {
  return bySeq(c.documents.filter((d) => d.type === type));
}

export function hasDoc(c: CheckCase, type: DocumentType): boolean {
  return c.documents.some((d) => d.type === type);
}

export function docEvidence(doc: CheckDocument, extra: Partial<Evidence> = {}): Evidence {
  const ev: Evidence = { documentId: doc.id, documentType: doc.type };
  const first = doc.pages[0];
  if (first) ev.pageNo = first.pageNo;
  if (doc.date) ev.date = doc.date;
  return { ...ev, ...extra };
}

/** The case date plus, when found, the document that records it. */
export function dateEvidence(c: CheckCase, key: DateKey): Evidence[] {
  const date = c.dates[key];
  if (!date) return [];
  const types = DATE_DOCUMENT[key] ?? [];
  const candidates = bySeq(c.documents.filter((d) => types.includes(d.type)));
  const doc = candidates.find((d) => d.date === date) ?? candidates[0];
  const ev: Evidence = doc ? docEvidence(doc) : {};
  return [{ ...ev, dateKey: key, date }];
}

export function datesEvidence(c: CheckCase, keys: readonly DateKey[]): Evidence[] {
  return keys.flatMap((k) => dateEvidence(c, k));
}
