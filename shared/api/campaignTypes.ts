/**
 * Output types of the reviewer, campaign and evaluation-workflow operations
 * (shared/api/ops/campaigns.ts, ops/workflow.ts). Re-exported from types.ts.
 *
 * Drill-down: every figure of the dashboard (`campaigns:stats`, `campaigns:trend`) carries the
 * case ids behind it; the UI lists them with `campaigns:cases { campaignId, caseIds }`.
 */
import type { CountRow, StratumRow } from '../campaigns/draw.ts';
import type { CampaignPeriod, CampaignScope, DrawRule } from '../campaigns/scope.ts';
import type { StatusAction } from '../campaigns/status.ts';
import type { Figure, GradeRow, GroupRow, ProblemRow, ScoreSummary, UnitRow } from '../campaigns/stats.ts';
import type { CaseType, Procedure } from '../domain/bundle.ts';
import type { ItemResult, VetoResult } from '../scoring/types.ts';
import type { EvaluationSummary } from './evaluationTypes.ts';
import type { RectificationBoardStatus } from './rectificationTypes.ts';
import type { EvaluationStatus } from './types.ts';

export type { Figure, GradeRow, GroupRow, ProblemRow, ScoreSummary, UnitRow } from '../campaigns/stats.ts';
export type { CountRow, StratumRow } from '../campaigns/draw.ts';

/**
 * Where a reviewer (评查人员) comes from. `unit`: staff of an evaluated enforcement unit — the
 * cross-review rule keeps them off their own unit's cases; `legal_office`: the 司法局/法制机构
 * staff who review, 复核 and approve rectifications; `external`: lawyers and experts.
 */
export type ReviewerAffiliation = 'unit' | 'legal_office' | 'external';

export interface ReviewerView {
  id: number;
  name: string;
  affiliation: ReviewerAffiliation;
  /** Home unit (affiliation `unit` only); null otherwise. */
  unit: string | null;
  /** Free text shown on signatures: 职务, 单位全称, 执业机构. */
  title: string | null;
  /** Inactive reviewers keep their history but get no new cases. */
  active: boolean;
  /** Cases assigned across all campaigns, and how many of them are finalised. */
  assigned: number;
  finalized: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewerRemoveResult {
  id: number;
  /** `deleted` when the reviewer had no assignments; else `deactivated` (history stays). */
  outcome: 'deleted' | 'deactivated';
}

/** draft: not drawn yet (settings editable); drawn: population frozen; complete: every drawn case finalised. */
export type CampaignPhase = 'draft' | 'drawn' | 'complete';

export interface CampaignRef {
  id: number;
  title: string;
  period: CampaignPeriod;
}

export interface CampaignSummary {
  id: number;
  title: string;
  /** 评查机关, printed on the 抽样记录 and the report. */
  organiser: string | null;
  period: CampaignPeriod;
  scope: CampaignScope;
  rule: DrawRule;
  /** `all`, `per-unit:N`, `percent:P`. */
  ruleText: string;
  ruleDescription: string;
  /** The draw's seed: set at creation, or chosen at random when drawing. */
  seed: string | null;
  /**
   * The campaign repeats are checked against: set explicitly, or (when `previousAuto`) the
   * latest campaign ending before this one starts; null when there is none.
   */
  previous: CampaignRef | null;
  previousAuto: boolean;
  /** Default deadline of this campaign's rectification items, in working days. */
  rectificationDays: number;
  notes: string | null;
  phase: CampaignPhase;
  drawnAt: string | null;
  drawnBy: string | null;
  populationSize: number | null;
  drawnCount: number;
  assignedCount: number;
  byStatus: Record<EvaluationStatus, number>;
  rectifications: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface CampaignListResult {
  total: number;
  rows: CampaignSummary[];
}

/** Population and draw sizes before drawing (no seed needed: sizes do not depend on it). */
export interface CampaignPreview {
  period: CampaignPeriod;
  scope: CampaignScope;
  rule: DrawRule;
  ruleText: string;
  ruleDescription: string;
  populationSize: number;
  drawnCount: number;
  strata: StratumRow[];
  byUnit: CountRow<string | null>[];
  byProcedure: CountRow<Procedure | null>[];
  /** Current cases in the period's units and types that have no case date, so cannot be placed. */
  undated: number;
}

export interface PopulationRow {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  caseType: CaseType;
  procedure: Procedure | null;
  caseDate: string | null;
  stratum: string;
  /** 1-based position in its stratum's draw order; null when not drawn. */
  pick: number | null;
}

/** The 抽样记录: everything needed to print the draw and to re-run it. */
export interface DrawRecord {
  campaign: CampaignRef & { organiser: string | null; scope: CampaignScope };
  method: string;
  rule: DrawRule;
  ruleText: string;
  ruleDescription: string;
  seed: string;
  drawnAt: string;
  drawnBy: string;
  populationSize: number;
  /** sha256 over the canonical JSON of the frozen population (case id, number, unit, procedure). */
  populationHash: string;
  drawnCount: number;
  strata: StratumRow[];
  byUnit: CountRow<string | null>[];
  byProcedure: CountRow<Procedure | null>[];
  /** Ordered by unit, procedure, case number. */
  drawn: PopulationRow[];
  /** The whole frozen population, when asked for (`includePopulation`). */
  population: PopulationRow[] | null;
  /** Re-running the draw on the frozen population with the seed gives the same cases. */
  reproduced: boolean;
}

export interface DrawResultView {
  campaign: CampaignSummary;
  record: DrawRecord;
  /** Evaluations made for drawn cases, and ad-hoc ones of the same case and standard taken over. */
  evaluationsCreated: number;
  evaluationsLinked: number;
}

export interface CampaignCaseRow {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  caseType: CaseType;
  procedure: Procedure | null;
  caseDate: string | null;
  partyName: string | null;
  cause: string | null;
  stratum: string;
  pick: number;
  evaluationId: number;
  templateId: string;
  status: EvaluationStatus;
  total: number | null;
  grade: string | null;
  vetoed: boolean;
  complete: boolean;
  reviewerId: number | null;
  reviewerName: string | null;
  reviewerUnit: string | null;
  overturns: number;
  rectifications: number;
  updatedAt: string;
}

export interface CampaignCasesResult {
  total: number;
  rows: CampaignCaseRow[];
}

export interface ReviewerLoad {
  reviewerId: number;
  name: string;
  unit: string | null;
  cases: number;
}

export interface AssignResult {
  campaignId: number;
  /** The assignments this call made or changed. */
  changed: { caseId: number; evaluationId: number; reviewerId: number | null; previousReviewerId: number | null }[];
  /** Every reviewer's load in the campaign after the call. */
  load: ReviewerLoad[];
  unassigned: number;
}

export interface ProgressRow {
  key: string;
  label: string;
  total: number;
  byStatus: Record<EvaluationStatus, number>;
}

export interface CampaignProgress {
  campaignId: number;
  total: number;
  byStatus: Record<EvaluationStatus, number>;
  unassigned: number;
  /** Finalised share, 0–1. */
  finalizedShare: number;
  byUnit: ProgressRow[];
  /** key: reviewer id as text, or `unassigned`. */
  byReviewer: ProgressRow[];
}

/** Which evaluations a statistic counts: finalised only (a report), or everything submitted. */
export type StatsBasis = 'finalized' | 'submitted';

/** A common problem: the standard's item, keyed by standard and item id. */
export interface CampaignProblemRow extends ProblemRow {
  templateId: string;
}

export interface ProblemGroupRow {
  /** Top-level category name of the template (程序, 实体, 文书卷宗 …); vetoes are `一票否决`. */
  category: string;
  /** Cases with at least one deduction in the group. */
  count: number;
  share: number;
  caseIds: number[];
}

export interface CampaignStats {
  campaignId: number;
  basis: StatsBasis;
  /** Drawn cases; `counted` of them are in the figures below. */
  drawn: number;
  counted: number;
  summary: ScoreSummary;
  /** Share of counted cases not failing (合格率), with the failing cases. */
  passRate: { share: number | null; failing: Figure };
  grades: GradeRow[];
  /** Ranked by the number of cases, with the units affected and the law article. */
  problems: CampaignProblemRow[];
  /** The same, grouped by the standard's top-level category (and 一票否决). */
  problemGroups: ProblemGroupRow[];
  /** Veto hits with the units they were found in. */
  vetoes: { templateId: string; id: string; name: string; count: number; units: string[]; caseIds: number[] }[];
  units: UnitRow[];
  caseTypes: GroupRow[];
  procedures: GroupRow[];
  overturns: { count: number; evaluations: number; caseIds: number[] };
  rectifications: { status: RectificationBoardStatus; count: number; caseIds: number[] }[];
  /** The same headline figures of the previous campaign, for "compared with last quarter". */
  previous: TrendRow | null;
}

export interface TrendRow {
  campaign: CampaignRef;
  counted: number;
  average: number | null;
  median: number | null;
  passRate: number | null;
  vetoed: Figure;
  grades: GradeRow[];
  caseIds: number[];
}

export interface CampaignTrend {
  basis: StatsBasis;
  rows: TrendRow[];
}

/** One changed decision of the 复核, with the item's deduction before and after. */
export interface OverturnView {
  id: number;
  evaluationId: number;
  campaignId: number | null;
  caseId: number;
  caseNumber: string;
  unit: string | null;
  target: 'item' | 'veto';
  itemId: string;
  itemName: string;
  before: ItemResult | VetoResult | null;
  after: ItemResult | VetoResult | null;
  /** Points deducted on the item (scored items) before and after; null for vetoes. */
  deductedBefore: number | null;
  deductedAfter: number | null;
  /** The 复核 reviewer, and the first-level reviewer whose decision was changed. */
  reviewer: string;
  originalReviewer: string | null;
  reason: string;
  at: string;
}

export interface OverturnList {
  total: number;
  rows: OverturnView[];
}

export interface TransitionResult {
  evaluation: EvaluationSummary;
  action: StatusAction;
  from: EvaluationStatus;
  to: EvaluationStatus;
  reason: string | null;
  /** Set by `finalize`: sha256 of the canonical JSON of what was locked. */
  contentHash: string | null;
}

export interface ReviewChangeResult {
  evaluation: EvaluationSummary;
  /** The decisions that changed (a change that leaves the result as it was is not an overturn). */
  overturns: OverturnView[];
  total: number | null;
  grade: string | null;
}

export interface VerifyResult {
  evaluationId: number;
  status: EvaluationStatus;
  stored: string | null;
  computed: string;
  /** True when finalised and the stored hash matches the content as it is now. */
  matches: boolean;
}
