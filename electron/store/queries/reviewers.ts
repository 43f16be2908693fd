/**
 * Reviewers (评查人员): the people campaigns assign cases to. A reviewer's unit is what the
 * cross-review rule compares with a case's unit; the legal office's staff (affiliation
 * `legal_office`) are also the ones who may approve rectification items.
 *
 * Names are unique: evaluations record their reviewer by name (the score sheet's signature),
 * so two people of the same name must be told apart in the name itself (张伟（大沽）).
 */
import type { ReviewerAffiliation, ReviewerRemoveResult, ReviewerView } from '../../../shared/api/campaignTypes.ts';
import { mayReview, type Reviewer } from '../../../shared/campaigns/assign.ts';
import { AppError } from '../../../shared/errors.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';

interface ReviewerRow {
  id: number;
  name: string;
  affiliation: ReviewerAffiliation;
  unit: string | null;
  title: string | null;
  active: number;
  assigned: number;
  finalized: number;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT r.id, r.name, r.affiliation, r.unit, r.title, r.active,
    (SELECT count(*) FROM campaign_cases cc WHERE cc.reviewer_id = r.id) AS assigned,
    (SELECT count(*) FROM campaign_cases cc JOIN evaluations e ON e.id = cc.evaluation_id
      WHERE cc.reviewer_id = r.id AND e.status = 'finalized') AS finalized,
    r.created_at AS createdAt, r.updated_at AS updatedAt
  FROM reviewers r`;

function viewOf(row: ReviewerRow): ReviewerView {
  return { ...row, active: row.active === 1 };
}

export function listReviewers(db: Db, includeInactive: boolean): ReviewerView[] {
  return (
    stmt(db, `${SELECT} WHERE (? = 1 OR r.active = 1) ORDER BY r.active DESC, r.affiliation, r.unit, r.name`).all(
      includeInactive ? 1 : 0,
    ) as ReviewerRow[]
  ).map(viewOf);
}

export function reviewerById(db: Db, id: number, field = 'id'): ReviewerView {
  const row = stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as ReviewerRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `评查人员 reviewer ${id}`, field });
  return viewOf(row);
}

export function reviewerByName(db: Db, name: string): ReviewerView | null {
  const row = stmt(db, `${SELECT} WHERE r.name = ?`).get(name.trim()) as ReviewerRow | undefined;
  return row ? viewOf(row) : null;
}

/** The assignment domain's view of a reviewer. */
export function asDomainReviewer(r: Pick<ReviewerView, 'id' | 'name' | 'unit'>): Reviewer {
  return { id: r.id, name: r.name, unit: r.unit };
}

export interface ReviewerInput {
  id?: number | undefined;
  name: string;
  affiliation: ReviewerAffiliation;
  unit?: string | null | undefined;
  title?: string | null | undefined;
  active?: boolean | undefined;
}

const auditShape = (r: ReviewerView | null) =>
  r && { name: r.name, affiliation: r.affiliation, unit: r.unit, title: r.title, active: r.active };

/**
 * The unfinished cases a reviewer holds that their (new) unit would forbid; a unit change
 * must not silently break the cross-review rule for work already handed out.
 */
function conflictingAssignments(db: Db, reviewerId: number, unit: string | null): string[] {
  const rows = stmt(
    db,
    `SELECT c.case_number AS caseNumber, cp.unit AS unit FROM campaign_cases cc
       JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
       JOIN cases c ON c.id = cc.case_id
       JOIN evaluations e ON e.id = cc.evaluation_id
      WHERE cc.reviewer_id = ? AND e.status <> 'finalized'`,
  ).all(reviewerId) as { caseNumber: string; unit: string | null }[];
  return rows
    .filter(
      (r) => !mayReview({ id: reviewerId, name: '', unit }, { caseId: 0, caseNumber: r.caseNumber, unit: r.unit }),
    )
    .map((r) => r.caseNumber);
}

export function saveReviewer(db: Db, input: ReviewerInput, actor: string): ReviewerView {
  return db.transaction(() => {
    const at = nowIso();
    const name = input.name.trim();
    const unit = input.affiliation === 'unit' ? (input.unit?.trim() ?? null) : null;
    const sameName = reviewerByName(db, name);
    let target: ReviewerView | null = input.id !== undefined ? reviewerById(db, input.id) : null;
    if (sameName && sameName.id !== target?.id) {
      // A new reviewer with the name of an inactive one brings that one back (history kept).
      if (target === null && !sameName.active) target = sameName;
      else
        throw new AppError('CONFLICT', {
          detail: `已有名为「${name}」的评查人员，请在姓名后注明单位以示区别 / a reviewer named ${name} exists`,
          field: 'name',
        });
    }
    if (input.affiliation === 'unit' && !unit) {
      throw new AppError('VALIDATION', { detail: '本单位评查人员须注明所在单位 / give the unit', field: 'unit' });
    }
    const title = input.title === undefined ? (target?.title ?? null) : input.title?.trim() || null;
    // Saving a reviewer makes them active unless told otherwise (that is how one is reactivated).
    const active = input.active ?? true;
    let id: number;
    if (target) {
      if (target.unit !== unit) {
        const broken = conflictingAssignments(db, target.id, unit);
        if (broken.length > 0) {
          throw new AppError('CROSS_REVIEW', {
            detail: `${name} 已分到 ${unit} 的案卷（${broken.slice(0, 5).join('、')}${broken.length > 5 ? ' 等' : ''}），请先改派 / reassign those cases first`,
            field: 'unit',
            details: { caseNumbers: broken },
          });
        }
      }
      stmt(
        db,
        'UPDATE reviewers SET name = ?, affiliation = ?, unit = ?, title = ?, active = ?, updated_at = ? WHERE id = ?',
      ).run(name, input.affiliation, unit, title, active ? 1 : 0, at, target.id);
      if (target.name !== name) {
        // The signature on unfinished evaluations follows the rename; finalised ones are locked as signed.
        stmt(
          db,
          `UPDATE evaluations SET reviewer = ? WHERE status <> 'finalized' AND reviewer = ?
             AND id IN (SELECT evaluation_id FROM campaign_cases WHERE reviewer_id = ?)`,
        ).run(name, target.name, target.id);
      }
      id = target.id;
    } else {
      id = Number(
        stmt(
          db,
          `INSERT INTO reviewers (name, affiliation, unit, title, active, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(name, input.affiliation, unit, title, active ? 1 : 0, at, at).lastInsertRowid,
      );
    }
    const after = reviewerById(db, id);
    appendAudit(db, {
      actor,
      at,
      entity: 'reviewer',
      entityId: id,
      action: target ? 'update' : 'create',
      before: auditShape(target),
      after: auditShape(after),
    });
    return after;
  })();
}

export function removeReviewer(db: Db, id: number, actor: string): ReviewerRemoveResult {
  return db.transaction(() => {
    const reviewer = reviewerById(db, id);
    const open = stmt(
      db,
      `SELECT c.case_number AS caseNumber FROM campaign_cases cc JOIN evaluations e ON e.id = cc.evaluation_id
         JOIN cases c ON c.id = cc.case_id WHERE cc.reviewer_id = ? AND e.status <> 'finalized' ORDER BY c.case_number`,
    ).all(id) as { caseNumber: string }[];
    if (open.length > 0) {
      throw new AppError('CONFLICT', {
        detail: `${reviewer.name} 还有 ${open.length} 件未定稿的案卷（${open
          .slice(0, 5)
          .map((r) => r.caseNumber)
          .join('、')}），请先改派 / reassign their unfinished cases first`,
        field: 'id',
        details: { caseNumbers: open.map((r) => r.caseNumber) },
      });
    }
    const approvals = (
      stmt(db, 'SELECT count(*) AS n FROM rectifications WHERE accepted_by_id = ?').get(id) as { n: number }
    ).n;
    const at = nowIso();
    let outcome: ReviewerRemoveResult['outcome'];
    if (reviewer.assigned === 0 && approvals === 0) {
      stmt(db, 'DELETE FROM reviewers WHERE id = ?').run(id);
      outcome = 'deleted';
    } else {
      stmt(db, 'UPDATE reviewers SET active = 0, updated_at = ? WHERE id = ?').run(at, id);
      outcome = 'deactivated';
    }
    appendAudit(db, {
      actor,
      at,
      entity: 'reviewer',
      entityId: id,
      action: outcome === 'deleted' ? 'delete' : 'deactivate',
      before: auditShape(reviewer),
    });
    return { id, outcome };
  })();
}
