/**
 * Evaluations: one per case and template version (and campaign). Opening a case's evaluation
 * creates it when missing (template chosen by case type and procedure, checks run with the
 * active profile); a campaign's draw creates them the same way (`createEvaluation`).
 * Every write goes through `writeEvaluation`: one transaction that enforces the status machine
 * (finalised: LOCKED; submitted or reviewed: only the 复核 step may change results), runs the
 * change (which appends its own audit entries), recomputes the score with the one scoring
 * engine, stores total/grade/score_json and audits a changed total or status.
 */
import type { EvaluationSummary, EvaluationView, EvaluationWrite } from '../../../shared/api/evaluationTypes.ts';
import type { EvaluationStatus } from '../../../shared/api/types.ts';
import type { CaseType, Procedure } from '../../../shared/domain/bundle.ts';
import { AppError } from '../../../shared/errors.ts';
import { scoreEvaluation, type ScoreResult } from '../../../shared/scoring/index.ts';
import { pickTemplate, type CaseKind, type Template } from '../../../shared/templates/index.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { syncCampaignReviewer } from './assignments.ts';
import { appendAudit } from './audit.ts';
import { evidenceList } from './evidence.ts';
import { caseChecker, findingRows, findingView, insertFinding } from './findings.ts';
import { itemResults, resultsForScoring } from './itemResults.ts';
import { loadActiveProfile } from './profiles.ts';
import { allTemplates, getTemplate, pinnedTemplate } from './templates.ts';

/** Who a change is recorded under when the caller names nobody and no reviewer is set. */
export const UNNAMED_ACTOR = '未署名';

export interface EvaluationRow {
  id: number;
  caseId: number;
  caseNumber: string;
  caseType: CaseType;
  procedure: Procedure | null;
  templateId: string;
  templateVersion: string;
  templateHash: string;
  templateName: string;
  profileId: string | null;
  reviewer: string | null;
  status: EvaluationStatus;
  total: number | null;
  grade: string | null;
  gradeId: string | null;
  vetoed: number;
  complete: number;
  scoreJson: string | null;
  checksRunAt: string | null;
  checksToday: string | null;
  isCurrent: number;
  campaignId: number | null;
  finalizedAt: string | null;
  finalizedBy: string | null;
  contentHash: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const ROW_SQL = `SELECT e.id, e.case_id AS caseId, c.case_number AS caseNumber, c.case_type AS caseType,
    c.procedure AS procedure, e.template_id AS templateId, e.template_version AS templateVersion,
    e.template_hash AS templateHash, t.name AS templateName, e.profile_id AS profileId, e.reviewer, e.status,
    e.total, e.grade, e.grade_id AS gradeId, e.vetoed, e.complete, e.score_json AS scoreJson,
    e.checks_run_at AS checksRunAt, e.checks_today AS checksToday, e.is_current AS isCurrent,
    e.campaign_id AS campaignId, e.finalized_at AS finalizedAt, e.finalized_by AS finalizedBy,
    e.content_hash AS contentHash, e.submitted_at AS submittedAt, e.submitted_by AS submittedBy,
    e.reviewed_at AS reviewedAt, e.reviewed_by AS reviewedBy, e.created_at AS createdAt, e.updated_at AS updatedAt
  FROM evaluations e
  JOIN cases c ON c.id = e.case_id
  JOIN templates t ON t.template_id = e.template_id AND t.version = e.template_version`;

export function evaluationRow(db: Db, evaluationId: number): EvaluationRow {
  const row = stmt(db, `${ROW_SQL} WHERE e.id = ?`).get(evaluationId) as EvaluationRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `evaluation ${evaluationId}`, field: 'evaluationId' });
  return row;
}

export function summaryOf(row: EvaluationRow): EvaluationSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    template: { templateId: row.templateId, version: row.templateVersion, contentHash: row.templateHash },
    templateName: row.templateName,
    profileId: row.profileId,
    reviewer: row.reviewer,
    status: row.status,
    total: row.total,
    grade: row.grade,
    gradeId: row.gradeId,
    vetoed: row.vetoed === 1,
    complete: row.complete === 1,
    isCurrent: row.isCurrent === 1,
    campaignId: row.campaignId,
    checksRunAt: row.checksRunAt,
    checksToday: row.checksToday,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finalizedAt: row.finalizedAt,
    finalizedBy: row.finalizedBy,
    contentHash: row.contentHash,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    reviewedAt: row.reviewedAt,
    reviewedBy: row.reviewedBy,
  };
}

export function caseKindOf(row: Pick<EvaluationRow, 'caseType' | 'procedure'>): CaseKind {
  return { caseType: row.caseType, procedure: row.procedure };
}

export function templateOfRow(db: Db, row: EvaluationRow): Template {
  return pinnedTemplate(db, row.templateId, row.templateVersion).template;
}

export function actorFor(row: Pick<EvaluationRow, 'reviewer'>, actor: string | undefined): string {
  return actor?.trim() || row.reviewer || UNNAMED_ACTOR;
}

/** Recomputes and stores the score from the stored results; audits a changed total or grade. */
export function recomputeScore(db: Db, row: EvaluationRow, actor: string, at: string): ScoreResult {
  const template = templateOfRow(db, row);
  const score = scoreEvaluation(template, resultsForScoring(itemResults(db, row.id), caseKindOf(row)));
  const next = {
    total: score.total,
    grade: score.grade?.name ?? null,
    gradeId: score.grade?.id ?? null,
    vetoed: score.vetoHits.length > 0 ? 1 : 0,
    complete: score.complete ? 1 : 0,
  };
  stmt(
    db,
    `UPDATE evaluations SET total = ?, grade = ?, grade_id = ?, vetoed = ?, complete = ?, score_json = ?, updated_at = ?
     WHERE id = ?`,
  ).run(next.total, next.grade, next.gradeId, next.vetoed, next.complete, JSON.stringify(score), at, row.id);
  if (row.scoreJson !== null && (row.total !== next.total || row.grade !== next.grade || row.vetoed !== next.vetoed)) {
    appendAudit(db, {
      actor,
      at,
      entity: 'evaluation',
      entityId: row.id,
      evaluationId: row.id,
      action: 'score',
      before: { total: row.total, grade: row.grade, vetoed: row.vetoed === 1 },
      after: { total: next.total, grade: next.grade, vetoed: next.vetoed === 1 },
    });
  }
  return score;
}

export interface WriteContext {
  row: EvaluationRow;
  template: Template;
  kind: CaseKind;
  actor: string;
  at: string;
}

/** Who may change an evaluation's results: its reviewer while open, the 复核 step once submitted. */
export type WritePhase = 'edit' | 'review';

const PHASE_STATUSES: Record<WritePhase, readonly EvaluationStatus[]> = {
  edit: ['not_started', 'in_progress'],
  review: ['submitted', 'reviewed'],
};

/** Refuses a write the evaluation's status does not allow; LOCKED names the evaluation and its case. */
export function assertWritable(row: Pick<EvaluationRow, 'id' | 'caseNumber' | 'status'>, phase: WritePhase): void {
  if (row.status === 'finalized') {
    throw new AppError('LOCKED', {
      detail: `评查 #${row.id}（${row.caseNumber}）已定稿，修改前须说明理由重新打开 / evaluation ${row.id} is finalised`,
      field: 'evaluationId',
      details: { evaluationId: row.id, status: row.status },
    });
  }
  if (!PHASE_STATUSES[phase].includes(row.status)) {
    throw new AppError('CONFLICT', {
      detail:
        phase === 'edit'
          ? `评查 #${row.id}（${row.caseNumber}）已提交，只能由复核人改判（evaluations:review-change）或退回修改 / evaluation ${row.id} is submitted: change it through the review or return it`
          : `评查 #${row.id}（${row.caseNumber}）尚未提交，复核改判只适用于已提交的评查 / evaluation ${row.id} is not submitted yet`,
      field: 'status',
      details: { evaluationId: row.id, status: row.status },
    });
  }
}

/**
 * The one path for changing an evaluation. `reviewerAction`: a reviewer's change moves a
 * not-started evaluation to in progress (a re-run of the checks does not). `phase` (default
 * `edit`) says which statuses allow the change.
 */
export function writeEvaluation<T>(
  db: Db,
  evaluationId: number,
  options: { actor: string | undefined; reviewerAction: boolean; phase?: WritePhase },
  change: (ctx: WriteContext) => T,
): EvaluationWrite & { value: T } {
  return db.transaction(() => {
    const row = evaluationRow(db, evaluationId);
    assertWritable(row, options.phase ?? 'edit');
    const at = nowIso();
    const actor = actorFor(row, options.actor);
    const value = change({ row, template: templateOfRow(db, row), kind: caseKindOf(row), actor, at });
    if (options.reviewerAction && row.status === 'not_started') {
      stmt(db, `UPDATE evaluations SET status = 'in_progress' WHERE id = ?`).run(row.id);
      appendAudit(db, {
        actor,
        at,
        entity: 'evaluation',
        entityId: row.id,
        evaluationId: row.id,
        action: 'status',
        before: { status: 'not_started' },
        after: { status: 'in_progress' },
      });
    }
    const score = recomputeScore(db, evaluationRow(db, row.id), actor, at);
    return { evaluation: summaryOf(evaluationRow(db, row.id)), score, value };
  })();
}

function caseKindById(db: Db, caseId: number): CaseKind & { caseNumber: string } {
  const row = stmt(
    db,
    'SELECT case_number AS caseNumber, case_type AS caseType, procedure FROM cases WHERE id = ?',
  ).get(caseId) as { caseNumber: string; caseType: CaseType; procedure: Procedure | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `case ${caseId}`, field: 'caseId' });
  return row;
}

function findEvaluationId(
  db: Db,
  caseId: number,
  template: { templateId: string; version: string } | null,
): number | null {
  const row = template
    ? (stmt(
        db,
        `SELECT id FROM evaluations WHERE case_id = ? AND template_id = ? AND template_version = ? AND campaign_id IS NULL`,
      ).get(caseId, template.templateId, template.version) as { id: number } | undefined)
    : (stmt(db, 'SELECT id FROM evaluations WHERE case_id = ? AND is_current = 1').get(caseId) as
        { id: number } | undefined);
  return row?.id ?? null;
}

export interface OpenInput {
  caseId?: number | undefined;
  evaluationId?: number | undefined;
  templateId?: string | undefined;
  version?: string | undefined;
  actor?: string | undefined;
}

/**
 * The case's evaluation (the current one, or the one with the named template), created when
 * missing: template pinned, active profile recorded, checks run and stored as pending findings.
 */
export function openEvaluation(db: Db, input: OpenInput, today: string): EvaluationView {
  if (input.evaluationId !== undefined) return evaluationView(db, input.evaluationId, false);
  if (input.caseId === undefined) throw new AppError('VALIDATION', { detail: 'caseId', field: 'caseId' });
  const caseId = input.caseId;
  const kind = caseKindById(db, caseId);
  const named = input.templateId !== undefined ? getTemplate(db, input.templateId, input.version) : null;
  const existing = findEvaluationId(
    db,
    caseId,
    named ? { templateId: named.summary.templateId, version: named.summary.version } : null,
  );
  if (existing !== null) return evaluationView(db, existing, false);

  const template = named?.template ?? pickTemplate(allTemplates(db), kind);
  if (!template) {
    throw new AppError('VALIDATION', {
      detail: `没有适用于该案件类型和程序的评查标准，请选择一个 / no template applies to a ${kind.caseType}${kind.procedure ? `/${kind.procedure}` : ''} case; choose one`,
      field: 'templateId',
    });
  }
  const evaluationId = db.transaction(() =>
    createEvaluation(db, { caseId, template, campaignId: null, actor: input.actor?.trim() || UNNAMED_ACTOR, today }),
  )();
  return evaluationView(db, evaluationId, true);
}

/**
 * Inserts an evaluation pinned to `template` with the active profile, runs the checks into
 * pending findings, audits it and stores its first score. Runs inside the caller's transaction.
 */
export function createEvaluation(
  db: Db,
  input: { caseId: number; template: Template; campaignId: number | null; actor: string; today: string },
): number {
  const at = nowIso();
  const { caseId, template, actor, today } = input;
  const pin = pinnedTemplate(db, template.id, template.version);
  const profile = loadActiveProfile(db);
  const id = Number(
    stmt(
      db,
      `INSERT INTO evaluations (case_id, template_id, template_version, template_hash, profile_id, profile_hash,
         status, checks_run_at, checks_today, campaign_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'not_started', ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      template.id,
      template.version,
      pin.contentHash,
      profile.id,
      profile.contentHash,
      at,
      today,
      input.campaignId,
      at,
      at,
    ).lastInsertRowid,
  );
  for (const finding of caseChecker(profile.profile, today)(db, caseId)) insertFinding(db, id, finding, at);
  appendAudit(db, {
    actor,
    at,
    entity: 'evaluation',
    entityId: id,
    evaluationId: id,
    action: 'create',
    after: {
      caseId,
      template: { templateId: template.id, version: template.version, contentHash: pin.contentHash },
      profileId: profile.id,
      checksToday: today,
      ...(input.campaignId !== null ? { campaignId: input.campaignId } : {}),
    },
  });
  recomputeScore(db, evaluationRow(db, id), actor, at);
  return id;
}

export function evaluationView(db: Db, evaluationId: number, created: boolean): EvaluationView {
  const row = evaluationRow(db, evaluationId);
  const template = templateOfRow(db, row);
  const kind = caseKindOf(row);
  const items = itemResults(db, row.id);
  const score: ScoreResult = row.scoreJson
    ? (JSON.parse(row.scoreJson) as ScoreResult)
    : scoreEvaluation(template, resultsForScoring(items, kind));
  return {
    evaluation: summaryOf(row),
    template,
    items,
    evidence: evidenceList(db, row.id),
    findings: findingRows(db, row.id).map((f) => findingView(f, template, kind)),
    score,
    created,
  };
}

export function setReviewer(db: Db, evaluationId: number, reviewer: string, actor?: string): EvaluationWrite {
  const name = reviewer.trim();
  if (!name) throw new AppError('VALIDATION', { detail: 'reviewer', field: 'reviewer' });
  const { evaluation, score } = writeEvaluation(
    db,
    evaluationId,
    { actor: actor ?? name, reviewerAction: true },
    (ctx) => {
      // A campaign's registered reviewer is an assignment: the cross-review rule applies.
      syncCampaignReviewer(db, ctx.row.id, name, ctx.actor, ctx.at);
      if (ctx.row.reviewer === name) return;
      stmt(db, 'UPDATE evaluations SET reviewer = ? WHERE id = ?').run(name, ctx.row.id);
      appendAudit(db, {
        actor: ctx.actor,
        at: ctx.at,
        entity: 'evaluation',
        entityId: ctx.row.id,
        evaluationId: ctx.row.id,
        action: 'set-reviewer',
        before: { reviewer: ctx.row.reviewer },
        after: { reviewer: name },
      });
    },
  );
  return { evaluation, score };
}
