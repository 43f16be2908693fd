/**
 * Output types of the evaluation, template and profile operations (shared/api/ops/evaluations.ts).
 * Re-exported from types.ts. The checklist pane renders an EvaluationView and replaces its
 * evaluation summary and score with what every write returns.
 */
import type { CaseType, Procedure } from '../domain/bundle.ts';
import type { DocumentType } from '../domain/documentTypes.ts';
import type { RuleId } from '../checks/ruleIds.ts';
import type { CheckStatus, Computation, Evidence, Finding } from '../checks/types.ts';
import type { Profile } from '../profiles/schema.ts';
import type { ProfileAssumption } from '../profiles/values.ts';
import type { ItemStatus, OptionChoice, ScoreResult } from '../scoring/types.ts';
import type { CaseKind } from '../templates/applicability.ts';
import type { TemplateIssue } from '../templates/rules.ts';
import type { Template } from '../templates/schema.ts';
import type { EvaluationStatus } from './types.ts';

export type ResourceSource = 'bundled' | 'user';

export type AuditEntity =
  | 'evaluation'
  | 'item_result'
  | 'evidence'
  | 'finding'
  | 'template'
  | 'profile'
  | 'reviewer'
  | 'campaign'
  | 'rectification'
  | 'report';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: string;
  evaluationId: number | null;
  /** e.g. create, update, delete, decide, rerun, set-reviewer, auto-apply, auto-revert. */
  action: string;
  before: unknown;
  after: unknown;
}

export interface TemplateSummary {
  templateId: string;
  version: string;
  name: string;
  /** sha256 of the canonical JSON; what an evaluation pins besides id and version. */
  contentHash: string;
  source: ResourceSource;
  importedAt: string;
  caseTypes: CaseType[];
  /** Null: any procedure, or none. */
  procedures: Procedure[] | null;
  totalPoints: number;
  itemCount: number;
  vetoCount: number;
  evaluationCount: number;
  /** The case kinds a new evaluation gets this version for (pickTemplate over the workspace). */
  defaultFor: CaseKind[];
}

export interface TemplateDetail {
  summary: TemplateSummary;
  template: Template;
}

/**
 * What importing would do: a template id not in the workspace yet, another version of one, the
 * same content already there, or the same id and version with other content (refused: raise the
 * version, since evaluations pin versions).
 */
export type TemplateImportOutcome = 'new_template' | 'new_version' | 'unchanged' | 'version_conflict';

export type TemplatePreview = Pick<
  TemplateSummary,
  | 'templateId'
  | 'version'
  | 'name'
  | 'contentHash'
  | 'caseTypes'
  | 'procedures'
  | 'totalPoints'
  | 'itemCount'
  | 'vetoCount'
>;

export type TemplateValidation =
  | {
      ok: true;
      preview: TemplatePreview;
      outcome: TemplateImportOutcome;
      /** Versions of this template id already in the workspace, highest first. */
      existingVersions: string[];
      /** Imported, it would be the highest version of its id (what new evaluations get). */
      latest: boolean;
    }
  | { ok: false; errors: TemplateIssue[] };

export interface TemplateImportResult {
  summary: TemplateSummary;
  /** False when the same id, version and content were already in the workspace. */
  created: boolean;
}

export interface ProfileSummary {
  id: string;
  name: string;
  source: ResourceSource;
  contentHash: string;
  updatedAt: string;
  active: boolean;
  /** How many values are still marked `assumed` (to verify against the region's rules). */
  assumedValues: number;
}

export interface ProfileDetail {
  summary: ProfileSummary;
  profile: Profile;
  assumptions: ProfileAssumption[];
}

export interface TemplatePin {
  templateId: string;
  version: string;
  contentHash: string;
}

export interface EvaluationSummary {
  id: number;
  caseId: number;
  caseNumber: string;
  template: TemplatePin;
  templateName: string;
  profileId: string | null;
  reviewer: string | null;
  status: EvaluationStatus;
  total: number | null;
  grade: string | null;
  gradeId: string | null;
  vetoed: boolean;
  /** Every applicable scored item has been reviewed. */
  complete: boolean;
  /** The evaluation the case list shows for its case (the newest). */
  isCurrent: boolean;
  campaignId: number | null;
  checksRunAt: string | null;
  /** The date the checks were run "as of" (deadlines that depend on today). */
  checksToday: string | null;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
  finalizedBy: string | null;
  /** sha256 of the canonical JSON of the evaluation as finalised; null while not finalised. */
  contentHash: string | null;
  /** The workflow's signatures: who submitted (评查人) and who reviewed (复核人), and when. */
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export type VetoStatus = 'hit' | 'clear';
export type ResultKind = 'item' | 'bonus' | 'veto';

export interface ItemResultView {
  itemId: string;
  kind: ResultKind;
  status: ItemStatus | VetoStatus;
  /** Chosen deduction options (scored items). */
  deductions: OptionChoice[];
  /** Chosen award options (bonus items). */
  awards: OptionChoice[];
  note: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface EvidenceView {
  id: number;
  evaluationId: number;
  itemId: string;
  documentId: number;
  documentTitle: string | null;
  documentType: DocumentType;
  pageNo: number | null;
  quote: string | null;
  createdAt: string;
  createdBy: string;
}

export type FindingDecision = 'pending' | 'accepted' | 'overridden';

/** What accepting a failing finding does: choose an item's deduction option, or hit a veto. */
export type AutoTarget = { kind: 'item'; itemId: string; choice: OptionChoice } | { kind: 'veto'; vetoId: string };

export interface FindingView {
  id: number;
  evaluationId: number;
  rule: RuleId;
  status: CheckStatus;
  reasonZh: string;
  reasonEn: string;
  article: string;
  suggestedDeduction: number | 'whole' | null;
  evidence: Evidence[];
  computation: Computation | null;
  decision: FindingDecision;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  checkedAt: string;
  /** What accepting would change (empty unless the finding is a fail the template maps). */
  targets: AutoTarget[];
  /** What accepting did change, while accepted. */
  applied: AutoTarget[];
}

export interface EvaluationView {
  evaluation: EvaluationSummary;
  template: Template;
  /** Stored results only; items without a row are unreviewed (vetoes: not hit). */
  items: ItemResultView[];
  evidence: EvidenceView[];
  findings: FindingView[];
  score: ScoreResult;
  /** True when this call created the evaluation (and ran the checks). */
  created: boolean;
}

/** Every write returns the evaluation's new state and score, so the pane updates live. */
export interface EvaluationWrite {
  evaluation: EvaluationSummary;
  score: ScoreResult;
}

export interface SaveItemResult extends EvaluationWrite {
  /** Null when the result was reset to unreviewed (row removed). */
  item: ItemResultView | null;
}

export interface EvidenceResult extends EvaluationWrite {
  evidence: EvidenceView;
}

export interface RemoveEvidenceResult extends EvaluationWrite {
  removedId: number;
}

export interface DecideFindingResult extends EvaluationWrite {
  finding: FindingView;
  /** Item and veto results the decision changed (auto-applied or taken back). */
  items: ItemResultView[];
}

export interface RerunChecksResult extends EvaluationWrite {
  findings: FindingView[];
  /** Rules whose outcome changed; their decisions went back to pending. */
  changedRules: RuleId[];
  items: ItemResultView[];
}

/** `pingcha check`: the findings of one case, without an evaluation. */
export interface CaseFindings {
  caseId: number;
  caseNumber: string;
  caseType: CaseType;
  procedure: Procedure | null;
  profileId: string;
  today: string;
  findings: Finding[];
}
