/**
 * Case metadata read from the documents of a loose bundle (no case.json): decision number,
 * party, fine, legal basis, dates, case type and procedure. Every value found here is marked
 * `inferred` by the caller and never overrides a declared or register value.
 */
import type { CaseBundleInput, CaseType, DateKey, Procedure } from '../../shared/domain/bundle.ts';
import type { DocumentType } from '../../shared/domain/documentTypes.ts';

export interface TextDocument {
  type: DocumentType;
  pages: string[];
}

export interface InferredCase {
  fields: Partial<CaseBundleInput>;
  /** Field paths that were filled (e.g. `party.name`, `dates.decided`). */
  filled: string[];
}

const NUMBER_RE = /([\u4e00-\u9fa5A-Za-z]{2,24}[〔[（(【]\s*(?:19|20)\d{2}\s*[〕\]）)】]\s*(?:第\s*)?\d{1,6}\s*号)/u;
const LABELLED_NUMBER_RE = new RegExp(`案\\s*号\\s*[：:]\\s*${NUMBER_RE.source}`, 'u');
const PARTY_RE = /当\s*事\s*人(?:（[^）]*）)?\s*[：:]\s*([^\n，,。；;（(]{2,40})/u;
const FINE_RE = /罚款(?:人民币)?\s*[（(]?\s*(?:¥|￥)?\s*([\d,，]+(?:\.\d{1,2})?)\s*[）)]?\s*元/u;
const VIOLATED_RE =
  /违反了?(《[^》]{2,40}》第[^，。,；;\n]{1,16}条(?:第[^，。,；;\n]{1,6}款)?(?:第[^，。,；;\n]{1,6}项)?)/u;
const BASIS_RE =
  /(?:依据|根据)(《[^》]{2,40}》第[^，。,；;\n]{1,16}条(?:第[^，。,；;\n]{1,6}款)?(?:第[^，。,；;\n]{1,6}项)?)(?:的规定)?[，,]?\s*(?:决定|对|给予|作出)/u;
const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const AGENCY_RE = /^\s*([\u4e00-\u9fa5]{4,40}(?:人民政府|办事处|管理局|执法局|委员会|执法大队|综合执法队))/mu;
const CAUSE_RE = /案\s*由\s*[：:]\s*([^\n。；;]{4,60})/u;

/** The document types whose date is a case date, and which date it is. */
const DATE_OF_TYPE: Partial<Record<DocumentType, DateKey>> = {
  filing_approval: 'filed',
  inspection_record: 'inspected',
  prior_notice: 'noticeServed',
  legal_review: 'legalReview',
  collective_discussion: 'collectiveDiscussion',
  decision: 'decided',
  simple_decision: 'decided',
  delivery_receipt: 'delivered',
  payment_receipt: 'paid',
  closing_report: 'closed',
  demand_notice: 'demandServed',
};

function isoFrom(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

const TIME_LABEL_RE =
  /(?:询问|检查|勘验|听证|陈述申辩|讨论|送达|调查|会议)时\s*间\s*[：:]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/**
 * The date a document was made: a record (询问笔录, 现场检查笔录, 听证笔录 …) states it after a
 * 时间 label at the top, and its questions may quote earlier dates; other documents are dated
 * where they are signed, the last date written in them.
 */
export function documentDate(text: string): string | null {
  const m = TIME_LABEL_RE.exec(text);
  return (m ? isoFrom(m[1]!, m[2]!, m[3]!) : null) ?? lastDateIn(text);
}

/** The last date written in a document is usually its signing date. */
export function lastDateIn(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(DATE_RE)) last = isoFrom(m[1]!, m[2]!, m[3]!) ?? last;
  return last;
}

function firstMatch(docs: TextDocument[], re: RegExp, prefer: DocumentType[]): string | null {
  // The preferred types in the order given, then the rest in file order.
  const rank = (d: TextDocument) => (prefer.includes(d.type) ? prefer.indexOf(d.type) : prefer.length);
  const ordered = docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => x.d);
  for (const doc of ordered) {
    const m = re.exec(doc.pages.join('\n'));
    if (m?.[1]) return m[1].replace(/\s+/g, '').trim();
  }
  return null;
}

function inferKind(types: Set<DocumentType>): { caseType: CaseType; procedure: Procedure | null } | null {
  if (types.has('simple_decision')) return { caseType: 'penalty', procedure: 'simple' };
  if (types.has('decision') || types.has('prior_notice') || types.has('filing_approval')) {
    return { caseType: 'penalty', procedure: 'general' };
  }
  if (types.has('preservation')) return { caseType: 'enforcement', procedure: null };
  if (types.has('inspection_record')) return { caseType: 'inspection', procedure: null };
  return null;
}

export function inferCaseMetadata(docs: TextDocument[]): InferredCase {
  const fields: Partial<CaseBundleInput> = {};
  const filled: string[] = [];
  const decisionFirst: DocumentType[] = ['decision', 'simple_decision', 'filing_approval', 'prior_notice'];

  // A number written after a 案号 label is the case number wherever it stands; otherwise the
  // decision's (or the filing approval's) document number is, before any notice's own number.
  // A label in front of the number (案号：…) is not part of it.
  const caseNumber = (
    firstMatch(docs, LABELLED_NUMBER_RE, decisionFirst) ?? firstMatch(docs, NUMBER_RE, decisionFirst)
  )?.replace(/^(?:案号|文号|编号|决定书文号|文书号)[：:]?/u, '');
  if (caseNumber) {
    fields.caseNumber = caseNumber;
    filled.push('caseNumber');
  }
  const kind = inferKind(new Set(docs.map((d) => d.type)));
  if (kind) {
    fields.caseType = kind.caseType;
    filled.push('caseType');
    if (kind.procedure) {
      fields.procedure = kind.procedure;
      filled.push('procedure');
    }
  }
  const agency = firstMatch(docs, AGENCY_RE, decisionFirst);
  if (agency) {
    fields.agency = agency;
    filled.push('agency');
  }
  const cause = firstMatch(docs, CAUSE_RE, ['filing_approval', 'investigation_report', 'decision']);
  if (cause) {
    fields.cause = cause;
    filled.push('cause');
  }
  const party = firstMatch(docs, PARTY_RE, decisionFirst);
  if (party) {
    const type = /公司|厂|中心|合作社|集团/.test(party)
      ? 'organization'
      : /店|部|馆|摊|行$/.test(party)
        ? 'individual_business'
        : 'individual';
    fields.party = { type, name: party };
    filled.push('party.name', 'party.type');
  }
  const fine = firstMatch(docs, FINE_RE, ['decision', 'simple_decision', 'prior_notice']);
  if (fine) {
    const amount = Number(fine.replace(/[,，]/g, ''));
    if (Number.isFinite(amount)) {
      fields.penalty = { kinds: ['fine'], fineYuan: amount };
      filled.push('penalty.fineYuan');
    }
  }
  const violated = firstMatch(docs, VIOLATED_RE, decisionFirst);
  const basis = firstMatch(docs, BASIS_RE, decisionFirst);
  if (violated || basis) {
    fields.legalBasis = { violated: violated ?? null, penalty: basis ?? null };
    if (violated) filled.push('legalBasis.violated');
    if (basis) filled.push('legalBasis.penalty');
  }
  const dates: Partial<Record<DateKey, string>> = {};
  for (const doc of docs) {
    const key = DATE_OF_TYPE[doc.type];
    if (!key || dates[key]) continue;
    const date = documentDate(doc.pages.join('\n'));
    if (date) {
      dates[key] = date;
      filled.push(`dates.${key}`);
    }
  }
  if (Object.keys(dates).length > 0) fields.dates = dates;
  return { fields, filled };
}
