import { describe, expect, it } from 'vitest';
import type { CheckCase } from '../../shared/checks/types.ts';
import type { DocumentType } from '../../shared/domain/documentTypes.ts';
import {
  check,
  enforcementCase,
  generalCase,
  inspectionCase,
  insertDoc,
  profileWith,
  removeDocs,
  simpleCase,
  statusOf,
  tianjin,
} from './checks.factory.ts';

/** Moves the first document of `type` to position `to` (0-based), renumbering seq. */
function moveDoc(c: CheckCase, type: DocumentType, to: number): CheckCase {
  const from = c.documents.findIndex((d) => d.type === type);
  const docs = [...c.documents];
  const [doc] = docs.splice(from, 1);
  if (!doc) throw new Error('fixture');
  docs.splice(to, 0, doc);
  c.documents = docs.map((d, i) => ({ ...d, seq: i + 1 }));
  return c;
}

describe('required_documents', () => {
  it('passes for the clean case of every kind', () => {
    for (const c of [generalCase(), simpleCase(), inspectionCase(), enforcementCase()]) {
      expect(statusOf(c, 'required_documents')).toBe('pass');
    }
  });
  it('fails for each missing core document of a general case, naming it', () => {
    for (const type of ['filing_approval', 'investigation_report', 'prior_notice', 'decision_approval'] as const) {
      const f = check(removeDocs(generalCase(), type), 'required_documents');
      expect(f.status, type).toBe('fail');
      expect(f.evidence).toEqual([{ documentType: type, quote: '未找到' }]);
    }
    const f = check(removeDocs(generalCase(), 'delivery_receipt'), 'required_documents');
    expect(f.reasonZh).toBe('卷中缺少送达回证');
  });
  it('needs an inspection or an inquiry record, either one', () => {
    expect(statusOf(removeDocs(generalCase(), 'inquiry_record'), 'required_documents')).toBe('pass');
    const neither = removeDocs(removeDocs(generalCase(), 'inquiry_record'), 'inspection_record');
    expect(statusOf(neither, 'required_documents')).toBe('fail');
  });
  it('checks the other kinds: simple evidence, inspection record, enforcement documents', () => {
    expect(statusOf(removeDocs(simpleCase(), 'evidence'), 'required_documents')).toBe('fail');
    expect(statusOf(removeDocs(simpleCase(), 'simple_decision'), 'required_documents')).toBe('pass');
    expect(statusOf(removeDocs(inspectionCase(), 'inspection_record'), 'required_documents')).toBe('fail');
    expect(statusOf(removeDocs(enforcementCase(), 'preservation'), 'required_documents')).toBe('fail');
  });
  it('is unknown for a penalty case without a procedure', () => {
    const c = generalCase();
    c.procedure = null;
    expect(statusOf(c, 'required_documents')).toBe('unknown');
  });
});

describe('document_order', () => {
  it('passes in the profile order, with equal types in any order', () => {
    const c = insertDoc(generalCase(), 'inquiry_record', { type: 'inquiry_record', date: '2025-03-08' });
    expect(statusOf(c, 'document_order')).toBe('pass');
  });
  it('fails when a document stands after a later type, naming both', () => {
    const f = check(moveDoc(generalCase(), 'decision', 3), 'document_order');
    expect(f.status).toBe('fail');
    expect(f.reasonZh).toContain('行政处罚决定书');
    expect(f.evidence.length).toBeGreaterThan(0);
    expect(statusOf(moveDoc(generalCase(), 'filing_note', 0), 'document_order')).toBe('fail');
    expect(statusOf(moveDoc(enforcementCase(), 'preservation', 0), 'document_order')).toBe('fail');
  });
  it('lets unranked types (media, other) stand anywhere', () => {
    const c = generalCase();
    c.documents.push({ id: 990, seq: 0, type: 'media', title: null, date: null, pages: [] });
    c.documents.push({ id: 991, seq: 99, type: 'other', title: null, date: null, pages: [] });
    expect(statusOf(c, 'document_order')).toBe('pass');
  });
  it('follows the order of the profile, e.g. decision first (正卷 practice)', () => {
    const head: DocumentType[] = ['cover', 'index', 'case_source', 'filing_approval', 'decision'];
    const rest = tianjin.documentOrder.value.filter((t) => !head.includes(t));
    const decisionFirst = profileWith({ documentOrder: { value: [...head, ...rest] } });
    const c = moveDoc(generalCase(), 'decision', 4);
    expect(statusOf(c, 'document_order', decisionFirst)).toBe('pass');
    expect(statusOf(generalCase(), 'document_order', decisionFirst)).toBe('fail');
  });
});
