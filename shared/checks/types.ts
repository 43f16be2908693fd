/**
 * The input and output of the automatic checks. The input is the case as the store holds it
 * (the case.json fields of shared/domain/bundle.ts plus the documents with their page texts);
 * the output is one Finding per rule. Checks are pure: the date "today" is injected.
 */
import type { WorkdayCalendar } from '../calendar/workdays.ts';
import type { CaseBundle, CaseType, DateKey, Procedure } from '../domain/bundle.ts';
import type { DocumentType } from '../domain/documentTypes.ts';
import type { Profile } from '../profiles/schema.ts';
import type { RuleId } from './ruleIds.ts';

export interface CheckPage {
  pageNo: number;
  /** Extracted or OCR text; empty for a scan without text. */
  text: string;
}

export interface CheckDocument {
  id: number | string;
  /** Position in the file (1-based); the order the documents are bound in. */
  seq: number;
  type: DocumentType;
  title: string | null;
  date: string | null;
  pages: CheckPage[];
}

export interface CheckCase {
  caseNumber: string;
  caseType: CaseType;
  procedure?: Procedure | null;
  party?: CaseBundle['party'];
  officers: CaseBundle['officers'];
  penalty?: CaseBundle['penalty'];
  flags: CaseBundle['flags'];
  dates: CaseBundle['dates'];
  documents: CheckDocument[];
}

export interface CheckContext {
  case: CheckCase;
  profile: Profile;
  calendar: WorkdayCalendar;
  /** ISO date of the run, injected by the caller; shared/ never reads the clock. */
  today: string;
}

export const CHECK_STATUSES = ['pass', 'fail', 'not_applicable', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface Evidence {
  documentId?: number | string;
  documentType?: DocumentType;
  pageNo?: number;
  /** The words found on the page, or 未找到… when a text rule looked and found nothing. */
  quote?: string;
  dateKey?: DateKey;
  date?: string;
}

export interface Computation {
  start: { event: string; date: string };
  /** The period in words, e.g. `90 个自然日`, `7 个工作日`, `2 年`. */
  rule: string;
  calendar: 'calendar' | 'working';
  /** The last day that still meets the rule. */
  deadline: string;
  actual?: { event: string; date: string };
  /** Calendar days from `deadline` to `actual`, when `actual` is past it. */
  daysOver?: number;
}

export interface Finding {
  rule: RuleId;
  status: CheckStatus;
  reasonZh: string;
  reasonEn: string;
  /** The provision the rule rests on, e.g. 《中华人民共和国行政处罚法》第六十条. */
  article: string;
  /** Only on `fail`: points to deduct (the template decides), or `whole` for the whole item/veto. */
  suggestedDeduction?: number | 'whole' | null;
  evidence: Evidence[];
  computation?: Computation;
}

/** What a rule returns; the runner adds the rule id, the article and the deduction. */
export interface RuleOutcome {
  status: CheckStatus;
  reasonZh: string;
  reasonEn: string;
  evidence?: Evidence[];
  computation?: Computation;
  /** Overrides the rule's default article (e.g. the simple-procedure article). */
  article?: string;
  /** Overrides the rule's default deduction on fail. */
  suggestedDeduction?: number | 'whole' | null;
}

export interface RuleDefinition {
  id: RuleId;
  article: string;
  /** Suggested deduction when the rule fails (§7 of the domain notes); templates may differ. */
  deduction: number | 'whole' | null;
  check(ctx: CheckContext): RuleOutcome;
}
