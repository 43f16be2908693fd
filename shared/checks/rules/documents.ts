/** The file itself: the core documents of the case kind are present and in the profile's order. */
import type { DocumentType } from '../../domain/documentTypes.ts';
import { bySeq, docEvidence } from '../lib/documents.ts';
import { docEn, docZh, listEn, listZh } from '../lib/labels.ts';
import { fail, pass, unknown } from '../lib/outcome.ts';
import type { CheckCase, CheckDocument, Evidence, RuleDefinition } from '../types.ts';

/** Each entry is satisfied by any one of its types. Conditional documents have their own rules. */
type Requirement = readonly DocumentType[];

const CORE: Record<'general' | 'simple' | 'inspection' | 'enforcement', readonly Requirement[]> = {
  general: [
    ['filing_approval'],
    ['investigation_report'],
    ['prior_notice'],
    ['decision_approval'],
    ['decision'],
    ['delivery_receipt'],
    ['closing_report'],
    ['inspection_record', 'inquiry_record'],
  ],
  // The decision form itself is simple_decision_form's finding.
  simple: [['evidence']],
  inspection: [['inspection_record']],
  enforcement: [['inspection_record'], ['preservation'], ['delivery_receipt']],
};

function coreFor(c: CheckCase): readonly Requirement[] | null {
  if (c.caseType !== 'penalty') return CORE[c.caseType];
  if (c.procedure === 'general' || c.procedure === 'simple') return CORE[c.procedure];
  return null;
}

const reqZh = (r: Requirement) => r.map(docZh).join('或');
const reqEn = (r: Requirement) => r.map(docEn).join(' or ');

export const requiredDocuments: RuleDefinition = {
  id: 'required_documents',
  article: '《中华人民共和国行政处罚法》第四十七条；行政执法案卷立卷规范（卷内文书齐全）',
  deduction: null,
  check(ctx) {
    const c = ctx.case;
    const core = coreFor(c);
    if (!core) {
      return unknown('案件未填写适用程序（一般程序/简易程序），无法确定应有文书', 'The procedure is not recorded');
    }
    const present = new Set(c.documents.map((d) => d.type));
    const missing = core.filter((r) => !r.some((t) => present.has(t)));
    if (missing.length > 0) {
      const evidence: Evidence[] = missing.flatMap((r) => r.map((t) => ({ documentType: t, quote: '未找到' })));
      return fail(`卷中缺少${listZh(missing.map(reqZh))}`, `Missing from the file: ${listEn(missing.map(reqEn))}`, {
        evidence,
      });
    }
    return pass(`应有文书齐全：${listZh(core.map(reqZh))}`, `Core documents present: ${listEn(core.map(reqEn))}`);
  },
};

interface Misplaced {
  doc: CheckDocument;
  /** The earlier document that should come after it. */
  after: CheckDocument;
}

export const documentOrder: RuleDefinition = {
  id: 'document_order',
  article: '行政执法案卷立卷规范（卷内文书排列顺序）',
  deduction: 1,
  check(ctx) {
    const order = ctx.profile.documentOrder.value;
    const rank = new Map<DocumentType, number>(order.map((t, i) => [t, i]));
    // Types the profile does not rank (音像资料, 其他 by default) may stand anywhere.
    const ranked = bySeq(ctx.case.documents).filter((d) => rank.has(d.type));
    const misplaced: Misplaced[] = [];
    let highest: CheckDocument | null = null;
    for (const doc of ranked) {
      const r = rank.get(doc.type) ?? 0;
      if (highest && r < (rank.get(highest.type) ?? 0)) misplaced.push({ doc, after: highest });
      else highest = doc;
    }
    if (misplaced.length === 0) {
      return pass(`${ranked.length}份文书按地区配置的顺序排列`, 'Documents follow the profile order');
    }
    const zh = misplaced.map(
      (m) => `${docZh(m.doc.type)}（第${m.doc.seq}份）排在${docZh(m.after.type)}（第${m.after.seq}份）之后`,
    );
    return fail(`卷内文书顺序不符：${listZh(zh)}`, `${misplaced.length} document(s) out of the profile order`, {
      evidence: misplaced.map((m) => docEvidence(m.doc)),
    });
  },
};
