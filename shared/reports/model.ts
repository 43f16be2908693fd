/**
 * Report models: the complete, display-ready content of each official document, as pure data.
 * One model renders to HTML/PDF, DOCX, XLSX and JSON; renderers only lay it out and never look
 * anything up, so a model built from the store today prints the same in ten years.
 *
 * Conventions
 * - Text is final Chinese wording (labels, law citations such as 《中华人民共和国行政处罚法》第六十条).
 * - Dates are ISO `YYYY-MM-DD` (renderers print 2026年4月15日); date-times are ISO 8601.
 * - Scores are plain numbers as the scoring engine computed them; renderers round for display
 *   only. `null` means "not scored" (a fail veto), never zero.
 * - Shares are fractions in [0, 1]; renderers print percentages.
 * - Personal ID numbers are masked when the model is built (see mask.ts), because the model is
 *   what gets frozen, hashed and exported as JSON.
 */

export const REPORT_FORMAT = 'pingcha-report/1';

export const REPORT_KINDS = ['case_score_sheet', 'campaign_report', 'rectification_notice'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Where the model came from, so every printed number can be traced back (drill-down). */
export interface ReportSource {
  workspaceId?: string | undefined;
  campaignId?: string | undefined;
  caseId?: string | undefined;
  evaluationId?: string | undefined;
  unitId?: string | undefined;
}

/** Set by the store when the report is issued; left out of the content hash (see freeze). */
export interface ReportIssue {
  contentHash: string;
  issuedAt: string;
}

/** Fields every report carries. */
export interface ReportBase {
  format: typeof REPORT_FORMAT;
  /** 1 for the first issue; a reissue is a new model with `version + 1` and `supersedes`. */
  version: number;
  supersedes: { version: number; contentHash: string; reason: string } | null;
  issue: ReportIssue | null;
  source: ReportSource;
}

export interface GradeRef {
  id: string;
  name: string;
}

/** A grade tier of the standard, best first (优秀 ≥ 90 …). */
export interface GradeTier extends GradeRef {
  min: number;
}

export interface EvidenceCitation {
  documentTitle: string;
  /** 1-based page in the case file; null when the citation is the whole document. */
  page: number | null;
  note?: string | undefined;
}

export interface Signature {
  role: string;
  name: string | null;
  date: string | null;
}

// ---------------------------------------------------------------------------------------------
// 案卷评查表 (one per case)

export interface CaseParty {
  name: string;
  /** 自然人 / 法人 / 其他组织 / 个体工商户. */
  kindLabel: string;
  /** 居民身份证号码 / 统一社会信用代码. */
  idLabel: string;
  /** As printed: masked (120101********1234) unless the builder was told to reveal it. */
  idNumber: string | null;
  idMasked: boolean;
}

export interface CaseHeader {
  caseNumber: string;
  /** 执法机关 (the agency that decided). */
  agency: string;
  /** 被评查单位 (the unit results are ranked by; often the agency or one of its departments). */
  unit: string;
  cause: string;
  party: CaseParty;
  caseType: string;
  caseTypeLabel: string;
  procedure: string | null;
  procedureLabel: string | null;
  filedOn: string | null;
  decidedOn: string | null;
  closedOn: string | null;
  /** 处罚结果 as written in the decision, e.g. 罚款人民币5,000元. */
  outcome: string | null;
}

export interface ItemDeduction {
  /** The option's wording in the standard, e.g. 每缺少一项或前后不一致一处. */
  label: string;
  occurrences: number;
  /** Points of this choice after occurrences, before the item's cap. */
  points: number;
}

export const ITEM_STATUS_LABELS = {
  ok: '符合',
  deducted: '扣分',
  not_applicable: '不适用',
  unreviewed: '未评',
  awarded: '加分',
} as const;
export type SheetItemStatus = keyof typeof ITEM_STATUS_LABELS;

export interface SheetItem {
  id: string;
  name: string;
  /** The standard's requirement text (评查内容). */
  requirement: string;
  points: number;
  status: SheetItemStatus;
  /** After the item's cap (扣完为止). */
  deducted: number;
  earned: number;
  deductions: ItemDeduction[];
  /** The finding in the standard's wording, as edited by the reviewer. */
  reason: string | null;
  law: string;
  evidence: EvidenceCitation[];
  note: string | null;
}

/** Categories in display order, flattened: sub-categories follow their parent with depth 1. */
export interface SheetCategory {
  id: string;
  name: string;
  depth: number;
  points: number;
  earned: number;
  deducted: number;
  items: SheetItem[];
}

export interface SheetVeto {
  id: string;
  name: string;
  hit: boolean;
  /** 得零分 / 直接评为不合格 / 扣100分 / 不得评为优秀. */
  effectLabel: string;
  reason: string | null;
  law: string;
  evidence: EvidenceCitation[];
}

export interface SheetBonus {
  cap: number;
  earned: number;
  items: { id: string; name: string; points: number; earned: number; reason: string | null }[];
}

export interface SheetResult {
  /** Null when a fail veto was hit (不合格, not scored). */
  total: number | null;
  maxTotal: number;
  /** Sum of the categories before vetoes. */
  earned: number;
  deducted: number;
  grade: GradeRef;
  vetoed: boolean;
  complete: boolean;
  /** 评查意见: the reviewer's overall opinion. */
  opinion: string;
}

export interface SheetRectification {
  itemId: string;
  problem: string;
  action: string;
  law: string;
  deadline: string | null;
}

export interface CaseScoreSheet extends ReportBase {
  kind: 'case_score_sheet';
  /** e.g. 行政处罚案卷评查表（一般程序）. */
  title: string;
  evaluatingBody: string;
  campaign: { title: string; periodLabel: string } | null;
  case: CaseHeader;
  template: { id: string; name: string; version: string; totalPoints: number };
  reviewers: { role: string; name: string; unit: string | null }[];
  dates: { reviewedOn: string | null; checkedOn: string | null; finalisedOn: string | null };
  status: { id: string; label: string };
  categories: SheetCategory[];
  vetoes: SheetVeto[];
  bonus: SheetBonus | null;
  result: SheetResult;
  rectifications: SheetRectification[];
  signatures: Signature[];
}

// ---------------------------------------------------------------------------------------------
// 评查情况通报 (one per campaign)

export interface SamplingRecord {
  /** all | per_unit | percentage. */
  rule: string;
  /** e.g. 按执法单位分层，每单位随机抽取5件（不足5件的全部抽取）. */
  ruleLabel: string;
  stratifiedBy: string[];
  seed: string;
  drawnAt: string;
  populationTotal: number;
  drawnTotal: number;
  perUnit: { unit: string; population: number; drawn: number; caseNumbers: string[] }[];
}

export interface Reviewer {
  name: string;
  unit: string;
  role: string;
}

export interface StatsSummary {
  /** Files counted (evaluated). */
  count: number;
  /** Files with a numeric total (fail vetoes are not scored). */
  scored: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface GradeBucket extends GradeRef {
  count: number;
  share: number;
}

export interface VetoHitRow {
  id: string;
  name: string;
  count: number;
  units: string[];
  caseNumbers: string[];
}

export interface CaseTypeRow extends StatsSummary {
  label: string;
}

export interface UnitRow extends StatsSummary {
  unit: string;
  /** Aligned with the report's grade scale. */
  grades: GradeBucket[];
  vetoCases: number;
  /** Files graded above the failing grade. */
  passRate: number;
  /** 1 = best mean; equal means share a rank (1, 2, 2, 4); null when no file was scored. */
  rank: number | null;
}

export interface ProblemRow {
  rank: number;
  itemId: string;
  itemName: string;
  /** Category name (实体 / 程序 / 文书卷宗 …). */
  group: string;
  /** The most frequent finding wording for the item. */
  description: string;
  /** Files with a deduction on this item. */
  count: number;
  occurrences: number;
  /** count / files evaluated. */
  share: number;
  deductedPoints: number;
  units: string[];
  law: string;
  caseNumbers: string[];
}

export interface TypicalCase {
  caseNumber: string;
  unit: string;
  caseTypeLabel: string;
  cause: string;
  total: number | null;
  grade: GradeRef;
  /** Strengths (good) or key defects (bad), anonymised: no party names or ID numbers. */
  points: string[];
}

export interface RectificationEntry {
  unit: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  problem: string;
  action: string;
  law: string;
  deadline: string;
  status: string;
  /** Same item failed for the same unit in the previous campaign. */
  repeat: boolean;
}

export interface RectificationPlan {
  workingDays: number;
  deadline: string;
  requirement: string;
  byUnit: { unit: string; cases: number; items: number; noticeNumber: string | null; deadline: string }[];
  items: RectificationEntry[];
}

export interface FollowUp {
  previous: { title: string; documentNumber: string | null; periodLabel: string };
  checkedOn: string;
  total: number;
  accepted: number;
  rectified: number;
  inProgress: number;
  overdue: number;
  byUnit: { unit: string; total: number; accepted: number; rectified: number; inProgress: number; overdue: number }[];
  overdueItems: { unit: string; caseNumber: string; problem: string; deadline: string; workingDaysOverdue: number }[];
  repeated: { unit: string; itemId: string; itemName: string; count: number }[];
}

export interface PeriodFigures {
  label: string;
  evaluated: number;
  mean: number | null;
  passRate: number;
  excellentRate: number;
  vetoCases: number;
}

export interface BarChart {
  title: string;
  /** Printed after values and on the axis: 件 / 分 / 次. */
  valueUnit: string;
  bars: { label: string; value: number; display: string }[];
  /** Axis maximum; when absent the largest value. */
  max: number | null;
}

export interface CaseRow {
  caseNumber: string;
  /** The standard the case was scored with (one matrix per standard and version). */
  templateId: string;
  templateVersion: string;
  unit: string;
  caseTypeLabel: string;
  cause: string;
  total: number | null;
  grade: GradeRef;
  vetoes: string[];
  reviewer: string;
  status: string;
  /** Deducted points by item id (items without a deduction omitted). */
  deductions: Record<string, number>;
  /** Items that did not apply to the case (printed as 不适用, not as 0). */
  notApplicable: string[];
}

export interface MatrixColumn {
  itemId: string;
  itemName: string;
  /** Top-level category name: the matrix header groups columns by it. */
  group: string;
  points: number;
}

/** The case × item matrix of one standard: its items as columns, its cases as rows. */
export interface ItemMatrix {
  templateId: string;
  templateName: string;
  templateVersion: string;
  columns: MatrixColumn[];
}

export interface CampaignReport extends ReportBase {
  kind: 'campaign_report';
  /** e.g. 关于2026年第一季度行政执法案卷评查情况的通报. */
  title: string;
  documentNumber: string;
  issuingBody: string;
  /** 主送. */
  addressees: string;
  issuedOn: string;
  period: { label: string; from: string; to: string };
  scope: { units: string[]; caseTypes: string[]; dateFrom: string; dateTo: string; description: string };
  standards: { name: string; version: string }[];
  method: {
    /** e.g. 交叉评查. */
    reviewMode: string;
    description: string;
    sampling: SamplingRecord;
    reviewers: Reviewer[];
  };
  /** Opening paragraphs (总体情况). */
  summary: string[];
  gradeScale: GradeTier[];
  overall: StatsSummary & { passRate: number; vetoCases: number };
  grades: GradeBucket[];
  byCaseType: CaseTypeRow[];
  vetoHits: VetoHitRow[];
  units: UnitRow[];
  problems: ProblemRow[];
  typical: { good: TypicalCase[]; bad: TypicalCase[] };
  rectification: RectificationPlan;
  followUp: FollowUp | null;
  comparison: { previous: PeriodFigures; current: PeriodFigures } | null;
  /** 下一步工作要求. */
  requirements: string[];
  charts: { grades: BarChart; unitMeans: BarChart; problems: BarChart };
  /** Per-case rows, and the item columns of one case × item matrix per standard (XLSX). */
  cases: CaseRow[];
  matrices: ItemMatrix[];
  contact: { name: string; phone: string } | null;
  /** 抄送. */
  cc: string | null;
}

// ---------------------------------------------------------------------------------------------
// 整改通知书 (one per unit)

export interface NoticeItem {
  itemId: string;
  itemName: string;
  /** The problem in the standard's wording. */
  problem: string;
  law: string;
  action: string;
}

export interface NoticeCase {
  caseNumber: string;
  cause: string;
  total: number | null;
  grade: GradeRef;
  items: NoticeItem[];
}

export interface RectificationNotice extends ReportBase {
  kind: 'rectification_notice';
  title: string;
  documentNumber: string;
  issuingBody: string;
  /** 被通知单位. */
  addressee: string;
  issuedOn: string;
  campaign: { title: string; documentNumber: string | null; periodLabel: string };
  /** The unit's own results, for the opening paragraph. */
  results: { evaluated: number; mean: number | null; rank: number | null; unitsRanked: number; grades: GradeBucket[] };
  cases: NoticeCase[];
  /** Computed in working days from `from` (the issue date) with the holiday calendar. */
  deadline: { from: string; workingDays: number; date: string };
  reply: { requirement: string; to: string; contact: { name: string; phone: string } | null };
  /**
   * A placeholder printed where the seal goes (e.g. for a copy sent electronically); null when
   * the office stamps the paper copy and nothing should be printed there.
   */
  seal: { label: string } | null;
  cc: string | null;
}

export type ReportModel = CaseScoreSheet | CampaignReport | RectificationNotice;

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  case_score_sheet: '案卷评查表',
  campaign_report: '评查情况通报',
  rectification_notice: '整改通知书',
};
