/**
 * Reviewer assignment (任务分配) of a campaign's drawn cases under the cross-review rule:
 * automatically (shared/campaigns/assign.ts balances the load) or one case at a time. The
 * assignment is campaign_cases.reviewer_id; the evaluation's `reviewer` (the name signed on
 * the score sheet) follows it.
 *
 * Only cases whose evaluation is not started or in progress change hands: a submitted one has
 * been signed by its reviewer, a finalised one is locked.
 */
import type { AssignResult, ReviewerLoad } from '../../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../../shared/api/types.ts';
import { assignReviewers, checkAssignment, type AssignableCase } from '../../../shared/campaigns/assign.ts';
import { STATUS_LABELS } from '../../../shared/campaigns/status.ts';
import { AppError } from '../../../shared/errors.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow } from './campaigns.ts';
import { asDomainReviewer, listReviewers, reviewerById, reviewerByName } from './reviewers.ts';

interface AssignmentRow {
  campaignId: number;
  caseId: number;
  caseNumber: string;
  unit: string | null;
  evaluationId: number;
  status: EvaluationStatus;
  reviewerId: number | null;
}

const ROWS_SQL = `SELECT cc.campaign_id AS campaignId, cc.case_id AS caseId, cp.case_number AS caseNumber, cp.unit AS unit, cc.evaluation_id AS evaluationId,
    e.status AS status, cc.reviewer_id AS reviewerId
  FROM campaign_cases cc
  JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
  JOIN evaluations e ON e.id = cc.evaluation_id`;

const REASSIGNABLE: readonly EvaluationStatus[] = ['not_started', 'in_progress'];

function load(db: Db, campaignId: number): ReviewerLoad[] {
  return stmt(
    db,
    `SELECT r.id AS reviewerId, r.name, r.unit, count(*) AS cases FROM campaign_cases cc JOIN reviewers r ON r.id = cc.reviewer_id
      WHERE cc.campaign_id = ? GROUP BY r.id ORDER BY r.name`,
  ).all(campaignId) as ReviewerLoad[];
}

function unassignedCount(db: Db, campaignId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM campaign_cases WHERE campaign_id = ? AND reviewer_id IS NULL').get(
      campaignId,
    ) as { n: number }
  ).n;
}

function setAssignment(
  db: Db,
  row: AssignmentRow,
  reviewer: { id: number; name: string } | null,
  mode: 'auto' | 'manual',
  actor: string,
  at: string,
  campaignId: number,
): void {
  stmt(
    db,
    'UPDATE campaign_cases SET reviewer_id = ?, assigned_at = ?, assigned_by = ? WHERE campaign_id = ? AND case_id = ?',
  ).run(reviewer?.id ?? null, reviewer ? at : null, reviewer ? actor : null, campaignId, row.caseId);
  if (reviewer) {
    stmt(db, 'UPDATE evaluations SET reviewer = ?, updated_at = ? WHERE id = ?').run(
      reviewer.name,
      at,
      row.evaluationId,
    );
  }
  appendAudit(db, {
    actor,
    at,
    entity: 'evaluation',
    entityId: row.evaluationId,
    evaluationId: row.evaluationId,
    action: 'assign',
    before: { reviewerId: row.reviewerId },
    after: { reviewerId: reviewer?.id ?? null, reviewer: reviewer?.name ?? null, mode, campaignId },
  });
}

export function autoAssign(
  db: Db,
  input: { campaignId: number; reviewerIds?: readonly number[] | undefined; reassign: boolean; actor: string },
): AssignResult {
  return db.transaction(() => {
    const campaign = campaignRow(db, input.campaignId);
    if (campaign.drawnAt === null) {
      throw new AppError('CONFLICT', { detail: `「${campaign.title}」尚未抽样 / draw first`, field: 'campaignId' });
    }
    const panel = input.reviewerIds
      ? input.reviewerIds.map((id, i) => {
          const r = reviewerById(db, id, `reviewerIds[${i}]`);
          if (!r.active) {
            throw new AppError('CONFLICT', { detail: `${r.name} 已停用 / inactive`, field: `reviewerIds[${i}]` });
          }
          return r;
        })
      : listReviewers(db, false);
    const rows = stmt(db, `${ROWS_SQL} WHERE cc.campaign_id = ? ORDER BY cp.case_number`).all(
      campaign.id,
    ) as AssignmentRow[];
    const movable = (r: AssignmentRow) => REASSIGNABLE.includes(r.status) && (input.reassign || r.reviewerId === null);
    const todo = rows.filter(movable);
    const kept = rows.filter((r) => !movable(r) && r.reviewerId !== null);
    const cases: AssignableCase[] = todo.map((r) => ({ caseId: r.caseId, caseNumber: r.caseNumber, unit: r.unit }));
    const result =
      cases.length === 0
        ? { assignments: [] }
        : assignReviewers(
            cases,
            panel.map(asDomainReviewer),
            kept.map((r) => ({ caseId: r.caseId, reviewerId: r.reviewerId! })),
          );
    const at = nowIso();
    const byId = new Map(panel.map((r) => [r.id, r]));
    const byCase = new Map(todo.map((r) => [r.caseId, r]));
    const changed: AssignResult['changed'] = [];
    for (const a of result.assignments) {
      const row = byCase.get(a.caseId)!;
      if (row.reviewerId === a.reviewerId) continue;
      setAssignment(db, row, byId.get(a.reviewerId)!, 'auto', input.actor, at, campaign.id);
      changed.push({
        caseId: row.caseId,
        evaluationId: row.evaluationId,
        reviewerId: a.reviewerId,
        previousReviewerId: row.reviewerId,
      });
    }
    return {
      campaignId: campaign.id,
      changed,
      load: load(db, campaign.id),
      unassigned: unassignedCount(db, campaign.id),
    };
  })();
}

export function setCaseReviewer(
  db: Db,
  input: { campaignId: number; caseId: number; reviewerId: number | null; actor: string },
): AssignResult {
  return db.transaction(() => {
    campaignRow(db, input.campaignId);
    const row = stmt(db, `${ROWS_SQL} WHERE cc.campaign_id = ? AND cc.case_id = ?`).get(
      input.campaignId,
      input.caseId,
    ) as AssignmentRow | undefined;
    if (!row) {
      throw new AppError('NOT_FOUND', {
        detail: `案卷 ${input.caseId} 不在评查活动 ${input.campaignId} 的抽样中 / case not drawn in this campaign`,
        field: 'caseId',
      });
    }
    if (row.status === 'finalized') {
      throw new AppError('LOCKED', {
        detail: `评查 #${row.evaluationId}（${row.caseNumber}）已定稿，不能改派 / finalised`,
        field: 'caseId',
      });
    }
    if (!REASSIGNABLE.includes(row.status)) {
      throw new AppError('CONFLICT', {
        detail: `评查 #${row.evaluationId}（${row.caseNumber}）${STATUS_LABELS[row.status]}，不能改派；如需改派请先退回 / return it first`,
        field: 'caseId',
      });
    }
    const reviewer = input.reviewerId === null ? null : reviewerById(db, input.reviewerId, 'reviewerId');
    if (reviewer && !reviewer.active) {
      throw new AppError('CONFLICT', { detail: `${reviewer.name} 已停用 / inactive`, field: 'reviewerId' });
    }
    if (reviewer) checkAssignment(asDomainReviewer(reviewer), row);
    const changed: AssignResult['changed'] = [];
    if (row.reviewerId !== (reviewer?.id ?? null)) {
      setAssignment(db, row, reviewer, 'manual', input.actor, nowIso(), input.campaignId);
      changed.push({
        caseId: row.caseId,
        evaluationId: row.evaluationId,
        reviewerId: reviewer?.id ?? null,
        previousReviewerId: row.reviewerId,
      });
    }
    return {
      campaignId: input.campaignId,
      changed,
      load: load(db, input.campaignId),
      unassigned: unassignedCount(db, input.campaignId),
    };
  })();
}

/**
 * `evaluations:set-reviewer` on a campaign evaluation: a registered reviewer's name is an
 * assignment (the cross-review rule applies and campaign_cases follows); any other name only
 * signs the sheet. Runs inside the caller's transaction.
 */
export function syncCampaignReviewer(db: Db, evaluationId: number, name: string, actor: string, at: string): void {
  const row = stmt(db, `${ROWS_SQL} WHERE cc.evaluation_id = ?`).get(evaluationId) as AssignmentRow | undefined;
  if (!row) return;
  const reviewer = reviewerByName(db, name);
  if (!reviewer) return;
  checkAssignment(asDomainReviewer(reviewer), row);
  if (row.reviewerId !== reviewer.id) setAssignment(db, row, reviewer, 'manual', actor, at, row.campaignId);
}
