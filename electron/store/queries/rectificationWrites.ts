/**
 * Writing rectification items: editing and discarding drafts, issuing them with a deadline in
 * working days, and the lifecycle moves (drafting is rectificationDraft.ts). Each write is one
 * transaction that also appends the item's timeline event and the audit entry (who, when,
 * before, after).
 */
import type { RectificationIssueResult, RectificationView } from '../../../shared/api/rectificationTypes.ts';
import {
  planRectificationMove,
  rectificationDeadline,
  type RectificationAction,
  type RectificationStatus,
} from '../../../shared/campaigns/rectification.ts';
import { AppError } from '../../../shared/errors.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow } from './campaigns.ts';
import { activeCalendar, rectificationView } from './rectificationViews.ts';
import { reviewerById } from './reviewers.ts';

export function appendEvent(
  db: Db,
  event: {
    rectificationId: number;
    at: string;
    actor: string;
    action: string;
    from?: RectificationStatus | null;
    to?: RectificationStatus | null;
    reason?: string | null;
    replyId?: number | null;
    detail?: unknown;
  },
): void {
  stmt(
    db,
    `INSERT INTO rectification_events (rectification_id, at, actor, action, from_status, to_status, reason, reply_id, detail_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.rectificationId,
    event.at,
    event.actor,
    event.action,
    event.from ?? null,
    event.to ?? null,
    event.reason ?? null,
    event.replyId ?? null,
    event.detail === undefined ? null : JSON.stringify(event.detail),
  );
}

interface ItemRow {
  id: number;
  campaignId: number;
  status: RectificationStatus;
  issuedOn: string | null;
  deadline: string | null;
  problem: string;
  requirement: string;
  legalBasis: string | null;
  workingDays: number;
  unit: string;
  caseNumber: string;
  itemId: string;
}

export function itemRow(db: Db, id: number, field = 'id'): ItemRow {
  const row = stmt(
    db,
    `SELECT id, campaign_id AS campaignId, status, issued_on AS issuedOn, deadline, problem, requirement,
            legal_basis AS legalBasis, working_days AS workingDays, unit, case_number AS caseNumber, item_id AS itemId
       FROM rectifications WHERE id = ?`,
  ).get(id) as ItemRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `整改事项 rectification ${id}`, field });
  return row;
}

function assertDraft(row: ItemRow, field: string): void {
  if (row.issuedOn !== null) {
    throw new AppError('CONFLICT', {
      detail: `整改事项 #${row.id}（${row.caseNumber} ${row.itemId}）已于 ${row.issuedOn} 下发，内容不能再改 / already issued`,
      field,
      details: { id: row.id, issuedOn: row.issuedOn },
    });
  }
}

export function assertIssued(row: ItemRow, field = 'id'): void {
  if (row.issuedOn === null) {
    throw new AppError('CONFLICT', {
      detail: `整改事项 #${row.id}（${row.caseNumber} ${row.itemId}）尚未下发 / not issued yet`,
      field,
    });
  }
}

export function updateRectification(
  db: Db,
  input: {
    id: number;
    problem?: string | undefined;
    requirement?: string | undefined;
    legalBasis?: string | null | undefined;
    workingDays?: number | undefined;
    actor: string;
  },
  today: string,
): RectificationView {
  return db.transaction(() => {
    const row = itemRow(db, input.id);
    const firstField = (['problem', 'requirement', 'legalBasis', 'workingDays'] as const).find(
      (f) => input[f] !== undefined,
    );
    assertDraft(row, firstField ?? 'id');
    const next = {
      problem: input.problem?.trim() ?? row.problem,
      requirement: input.requirement?.trim() ?? row.requirement,
      legalBasis: input.legalBasis === undefined ? row.legalBasis : input.legalBasis?.trim() || null,
      workingDays: input.workingDays ?? row.workingDays,
    };
    const before = {
      problem: row.problem,
      requirement: row.requirement,
      legalBasis: row.legalBasis,
      workingDays: row.workingDays,
    };
    const at = nowIso();
    stmt(
      db,
      'UPDATE rectifications SET problem = ?, requirement = ?, legal_basis = ?, working_days = ?, updated_at = ? WHERE id = ?',
    ).run(next.problem, next.requirement, next.legalBasis, next.workingDays, at, row.id);
    const changed = Object.fromEntries(
      Object.entries(next).filter(([k, v]) => before[k as keyof typeof before] !== v),
    ) as Partial<typeof next>;
    const was = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof before]]));
    appendEvent(db, {
      rectificationId: row.id,
      at,
      actor: input.actor,
      action: 'update',
      detail: { before: was, after: changed },
    });
    appendAudit(db, {
      actor: input.actor,
      at,
      entity: 'rectification',
      entityId: row.id,
      action: 'update',
      before: was,
      after: changed,
    });
    return rectificationView(db, row.id, today);
  })();
}

export function discardRectification(
  db: Db,
  input: { id: number; reason: string; actor: string },
  today: string,
): { id: number } {
  return db.transaction(() => {
    const row = itemRow(db, input.id);
    assertDraft(row, 'id');
    const before = rectificationView(db, row.id, today);
    stmt(db, 'DELETE FROM rectifications WHERE id = ?').run(row.id);
    appendAudit(db, {
      actor: input.actor,
      entity: 'rectification',
      entityId: row.id,
      action: 'discard',
      before,
      after: { reason: input.reason.trim() },
    });
    return { id: row.id };
  })();
}

export function issueRectifications(
  db: Db,
  input: {
    campaignId: number;
    unit?: string | undefined;
    ids?: readonly number[] | undefined;
    issuedOn?: string | undefined;
    workingDays?: number | undefined;
    actor: string;
  },
  today: string,
): RectificationIssueResult {
  return db.transaction(() => {
    const campaign = campaignRow(db, input.campaignId);
    const issuedOn = input.issuedOn ?? today;
    let rows: ItemRow[];
    if (input.ids) {
      rows = input.ids.map((id, i) => {
        const row = itemRow(db, id, `ids[${i}]`);
        if (row.campaignId !== campaign.id) {
          throw new AppError('NOT_FOUND', {
            detail: `整改事项 #${id} 不属于「${campaign.title}」 / not an item of this campaign`,
            field: `ids[${i}]`,
          });
        }
        if (input.unit !== undefined && row.unit !== input.unit) {
          throw new AppError('VALIDATION', { detail: `整改事项 #${id} 属于 ${row.unit}`, field: `ids[${i}]` });
        }
        assertDraft(row, `ids[${i}]`);
        return row;
      });
    } else {
      rows = (
        stmt(
          db,
          `SELECT id FROM rectifications WHERE campaign_id = ? AND issued_on IS NULL AND (? IS NULL OR unit = ?)
            ORDER BY unit, case_number, item_id`,
        ).all(campaign.id, input.unit ?? null, input.unit ?? null) as { id: number }[]
      ).map((r) => itemRow(db, r.id));
    }
    const calendar = activeCalendar(db);
    const at = nowIso();
    for (const row of rows) {
      const workingDays = input.workingDays ?? row.workingDays;
      let deadline: string;
      try {
        deadline = rectificationDeadline(issuedOn, workingDays, calendar);
      } catch (err) {
        if (err instanceof AppError && err.code === 'CALENDAR_NOT_COVERED') {
          throw new AppError(err.code, { message: err.message, field: 'issuedOn', details: err.details });
        }
        throw err;
      }
      stmt(
        db,
        'UPDATE rectifications SET issued_on = ?, working_days = ?, deadline = ?, updated_at = ? WHERE id = ?',
      ).run(issuedOn, workingDays, deadline, at, row.id);
      const detail = { issuedOn, workingDays, deadline };
      appendEvent(db, { rectificationId: row.id, at, actor: input.actor, action: 'issue', to: 'pending', detail });
      appendAudit(db, {
        actor: input.actor,
        at,
        entity: 'rectification',
        entityId: row.id,
        action: 'issue',
        after: detail,
      });
    }
    return { issuedOn, items: rows.map((r) => rectificationView(db, r.id, today)) };
  })();
}

export function moveRectification(
  db: Db,
  input: {
    id: number;
    action: RectificationAction;
    reason?: string | null | undefined;
    approverId?: number | undefined;
    on?: string | undefined;
    actor: string;
  },
  today: string,
): RectificationView {
  return db.transaction(() => {
    const row = itemRow(db, input.id);
    assertIssued(row, 'id');
    let actor = input.actor;
    let approver: { id: number; name: string } | null = null;
    if (input.action === 'approve' || input.action === 'reject') {
      if (input.approverId === undefined) {
        throw new AppError('VALIDATION', {
          detail: '验收须由法制机构人员办理 / approval needs a legal-office approver',
          field: 'approverId',
        });
      }
      const r = reviewerById(db, input.approverId, 'approverId');
      if (r.affiliation !== 'legal_office' || !r.active) {
        throw new AppError('CONFLICT', {
          detail: `${r.name}${r.unit ? `（${r.unit}）` : ''}不是法制机构在册人员，不能验收；整改单位不能验收本单位的整改 / only the legal office approves`,
          field: 'approverId',
        });
      }
      approver = r;
      actor = r.name;
    }
    const replyCount = (
      stmt(db, 'SELECT count(*) AS n FROM rectification_replies WHERE rectification_id = ?').get(row.id) as {
        n: number;
      }
    ).n;
    const move = planRectificationMove(row.status, input.action, { reason: input.reason, replies: replyCount });
    const on = input.on ?? today;
    if (row.issuedOn !== null && on < row.issuedOn) {
      throw new AppError('VALIDATION', { detail: `${on} 早于下发日期 ${row.issuedOn}`, field: 'on' });
    }
    const at = nowIso();
    stmt(
      db,
      `UPDATE rectifications SET status = ?,
         done_on = CASE WHEN ? = 'complete' THEN ? WHEN ? = 'reject' THEN NULL ELSE done_on END,
         accepted_on = CASE WHEN ? = 'approve' THEN ? ELSE accepted_on END,
         accepted_by = CASE WHEN ? = 'approve' THEN ? ELSE accepted_by END,
         accepted_by_id = CASE WHEN ? = 'approve' THEN ? ELSE accepted_by_id END,
         updated_at = ?
       WHERE id = ?`,
    ).run(
      move.to,
      input.action,
      on,
      input.action,
      input.action,
      on,
      input.action,
      approver?.name ?? null,
      input.action,
      approver?.id ?? null,
      at,
      row.id,
    );
    appendEvent(db, {
      rectificationId: row.id,
      at,
      actor,
      action: input.action,
      from: move.from,
      to: move.to,
      reason: move.reason,
      detail: { on, ...(approver ? { approverId: approver.id, recordedBy: input.actor } : {}) },
    });
    appendAudit(db, {
      actor,
      at,
      entity: 'rectification',
      entityId: row.id,
      action: input.action,
      before: { status: move.from },
      after: { status: move.to, reason: move.reason, on, approverId: approver?.id ?? null },
    });
    return rectificationView(db, row.id, today);
  })();
}
