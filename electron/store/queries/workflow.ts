/**
 * The evaluation workflow in the store: status transitions by the shared status machine, the
 * content hash a finalised evaluation is locked with, and its verification.
 *
 * The hash covers what the evaluation says — case, pinned standard and profile, every result
 * and note, evidence, each finding's decision, the score, the signatures — and nothing about
 * when rows were written, so re-reading the same content always gives the same hash.
 */
import type { TransitionResult, VerifyResult } from '../../../shared/api/campaignTypes.ts';
import { checkAssignment } from '../../../shared/campaigns/assign.ts';
import { canonicalJson } from '../../../shared/campaigns/canonical.ts';
import { planTransition, type StatusAction } from '../../../shared/campaigns/status.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ScoreResult } from '../../../shared/scoring/types.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { assertWritable, evaluationRow, summaryOf, type EvaluationRow } from './evaluations.ts';
import { evidenceList } from './evidence.ts';
import { findingRows } from './findings.ts';
import { itemResults } from './itemResults.ts';
import { asDomainReviewer, reviewerByName } from './reviewers.ts';
import { sha256Text } from './templates.ts';

export function evaluationContent(db: Db, row: EvaluationRow): unknown {
  const profile = stmt(db, 'SELECT profile_hash AS hash FROM evaluations WHERE id = ?').get(row.id) as {
    hash: string | null;
  };
  const score = row.scoreJson ? (JSON.parse(row.scoreJson) as ScoreResult) : null;
  return {
    format: 'pingcha-evaluation/1',
    evaluationId: row.id,
    case: { id: row.caseId, caseNumber: row.caseNumber },
    campaignId: row.campaignId,
    template: { id: row.templateId, version: row.templateVersion, contentHash: row.templateHash },
    profile: { id: row.profileId, contentHash: profile.hash },
    signatures: { reviewer: row.reviewer, submittedBy: row.submittedBy, reviewedBy: row.reviewedBy },
    items: itemResults(db, row.id).map(({ updatedAt: _a, updatedBy: _b, ...r }) => r),
    evidence: evidenceList(db, row.id).map((e) => ({
      itemId: e.itemId,
      documentId: e.documentId,
      pageNo: e.pageNo,
      quote: e.quote,
    })),
    findings: findingRows(db, row.id).map((f) => ({
      rule: f.rule,
      status: f.status,
      decision: f.decision,
      reason: f.decisionReason,
    })),
    score: score && { total: score.total, grade: score.grade?.id ?? null, vetoHits: score.vetoHits.map((v) => v.id) },
  };
}

export function contentHashOf(db: Db, row: EvaluationRow): string {
  return sha256Text(canonicalJson(evaluationContent(db, row)));
}

/**
 * The 复核 is a second pair of eyes: not the evaluation's own reviewer, and (when registered)
 * not from the case's unit either.
 */
export function checkSecondReviewer(db: Db, row: EvaluationRow, actor: string): void {
  if (actor === row.reviewer || actor === row.submittedBy) {
    throw new AppError('CONFLICT', {
      detail: `复核人不能是评查人本人（${actor}） / the 复核 reviewer cannot be the evaluation's own reviewer`,
      field: 'actor',
    });
  }
  const registered = reviewerByName(db, actor);
  if (registered) {
    const unit = (stmt(db, 'SELECT unit FROM cases WHERE id = ?').get(row.caseId) as { unit: string | null }).unit;
    checkAssignment(asDomainReviewer(registered), { caseId: row.caseId, caseNumber: row.caseNumber, unit });
  }
}

export interface TransitionInput {
  evaluationId: number;
  action: StatusAction;
  reason?: string | null | undefined;
  actor: string;
}

export function transitionEvaluation(db: Db, input: TransitionInput): TransitionResult {
  return db.transaction(() => {
    const row = evaluationRow(db, input.evaluationId);
    const actor = input.actor.trim();
    if (row.status === 'finalized' && input.action !== 'reopen') assertWritable(row, 'edit');
    if (input.action === 'review') checkSecondReviewer(db, row, actor);
    const score = row.scoreJson ? (JSON.parse(row.scoreJson) as ScoreResult) : null;
    const plan = planTransition(row.status, input.action, {
      reason: input.reason,
      unreviewed: score?.unreviewed ?? [],
      contentHash: input.action === 'finalize' ? contentHashOf(db, row) : null,
    });
    const at = nowIso();
    switch (plan.action) {
      case 'start':
        stmt(
          db,
          `UPDATE evaluations SET status = ?, reviewer = coalesce(reviewer, ?), updated_at = ? WHERE id = ?`,
        ).run(plan.to, actor, at, row.id);
        break;
      case 'submit':
        stmt(
          db,
          `UPDATE evaluations SET status = ?, reviewer = coalesce(reviewer, ?), submitted_at = ?, submitted_by = ?,
             updated_at = ? WHERE id = ?`,
        ).run(plan.to, actor, at, actor, at, row.id);
        break;
      case 'review':
        stmt(
          db,
          'UPDATE evaluations SET status = ?, reviewed_at = ?, reviewed_by = ?, updated_at = ? WHERE id = ?',
        ).run(plan.to, at, actor, at, row.id);
        break;
      case 'finalize':
        stmt(
          db,
          `UPDATE evaluations SET status = ?, content_hash = ?, finalized_at = ?, finalized_by = ?, updated_at = ?
           WHERE id = ?`,
        ).run(plan.to, plan.contentHash, at, actor, at, row.id);
        break;
      case 'return':
      case 'reopen':
        // Back to the reviewer: the signatures of the later steps no longer hold.
        stmt(
          db,
          `UPDATE evaluations SET status = ?, content_hash = NULL, finalized_at = NULL, finalized_by = NULL,
             submitted_at = NULL, submitted_by = NULL, reviewed_at = NULL, reviewed_by = NULL, updated_at = ?
           WHERE id = ?`,
        ).run(plan.to, at, row.id);
        break;
    }
    appendAudit(db, {
      actor,
      at,
      entity: 'evaluation',
      entityId: row.id,
      evaluationId: row.id,
      action: 'status',
      before: { status: row.status, ...(row.contentHash ? { contentHash: row.contentHash } : {}) },
      after: { status: plan.to, action: plan.action, reason: plan.reason, contentHash: plan.contentHash },
    });
    return {
      evaluation: summaryOf(evaluationRow(db, row.id)),
      action: plan.action,
      from: plan.from,
      to: plan.to,
      reason: plan.reason,
      contentHash: plan.contentHash,
    };
  })();
}

export function verifyEvaluation(db: Db, evaluationId: number): VerifyResult {
  const row = evaluationRow(db, evaluationId);
  const computed = contentHashOf(db, row);
  return {
    evaluationId: row.id,
    status: row.status,
    stored: row.contentHash,
    computed,
    matches: row.status === 'finalized' && row.contentHash === computed,
  };
}
