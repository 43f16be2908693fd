/**
 * Writing rectification items: drafting them from a campaign's finalised evaluations (with
 * repeat detection against the previous campaign), editing drafts, issuing them with a
 * deadline in working days, and the lifecycle moves. Each write is one transaction that also
 * appends the item's timeline event and the audit entry (who, when, before, after).
 */
import type {
  RectificationDraftResult,
  RectificationIssueResult,
  RectificationView,
} from '../../../shared/api/rectificationTypes.ts';
import {
  draftRectifications,
  planRectificationMove,
  rectificationDeadline,
  type PreviousRectification,
  type RectificationAction,
  type RectificationStatus,
} from '../../../shared/campaigns/rectification.ts';
import { deductionSources } from '../../../shared/campaigns/sources.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ScoreResult } from '../../../shared/scoring/types.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow, previousCampaign } from './campaigns.ts';
import { itemResults } from './itemResults.ts';
import { activeCalendar, rectificationView } from './rectificationViews.ts';
import { reviewerById } from './reviewers.ts';
import { pinnedTemplate } from './templates.ts';

/** Separates standard and item in repeat keys: the same item id in two standards is two items. */
const KEY_SEP = '\u0000';

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

interface SourceEvaluation {
  evaluationId: number;
  caseId: number;
  caseNumber: string;
  unit: string | null;
  status: string;
  templateId: string;
  templateVersion: string;
  scoreJson: string | null;
}

function previousItems(db: Db, campaignId: number): PreviousRectification[] {
  const previous = previousCampaign(db, campaignRow(db, campaignId));
  if (!previous) return [];
  return (
    stmt(
      db,
      `SELECT id, unit, template_id AS templateId, item_id AS itemId FROM rectifications WHERE campaign_id = ?`,
    ).all(previous.id) as { id: number; unit: string; templateId: string; itemId: string }[]
  ).map((r) => ({
    id: r.id,
    unit: r.unit,
    templateItemId: `${r.templateId}${KEY_SEP}${r.itemId}`,
    campaignId: previous.id,
    periodEnd: previous.periodTo,
  }));
}

export function draftCampaignRectifications(
  db: Db,
  input: {
    campaignId: number;
    evaluationIds?: readonly number[] | undefined;
    workingDays?: number | undefined;
    actor: string;
  },
  today: string,
): RectificationDraftResult {
  return db.transaction(() => {
    const campaign = campaignRow(db, input.campaignId);
    if (campaign.drawnAt === null) {
      throw new AppError('CONFLICT', { detail: `「${campaign.title}」尚未抽样 / not drawn`, field: 'campaignId' });
    }
    const all = stmt(
      db,
      `SELECT cc.evaluation_id AS evaluationId, cc.case_id AS caseId, cp.case_number AS caseNumber, cp.unit AS unit,
              e.status, e.template_id AS templateId, e.template_version AS templateVersion, e.score_json AS scoreJson
         FROM campaign_cases cc
         JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
         JOIN evaluations e ON e.id = cc.evaluation_id
        WHERE cc.campaign_id = ? ORDER BY cp.case_number`,
    ).all(campaign.id) as SourceEvaluation[];
    let sources = all;
    if (input.evaluationIds) {
      const byId = new Map(all.map((e) => [e.evaluationId, e]));
      sources = input.evaluationIds.map((id, i) => {
        const found = byId.get(id);
        if (!found) {
          throw new AppError('NOT_FOUND', {
            detail: `评查 #${id} 不属于「${campaign.title}」 / not an evaluation of this campaign`,
            field: `evaluationIds[${i}]`,
          });
        }
        return found;
      });
    }
    // Drafts get their deadline when issued; the provisional one the pure function computes is
    // dropped, so drafting never depends on the holiday data reaching past today.
    const calendar = { ...activeCalendar(db), addWorkingDays: (date: string) => date };
    const previous = previousItems(db, campaign.id);
    const workingDays = input.workingDays ?? campaign.rectificationDays;
    const at = nowIso();
    const result: RectificationDraftResult = {
      campaignId: campaign.id,
      created: [],
      existing: 0,
      removed: 0,
      repeats: 0,
      skipped: [],
    };
    const insert = stmt(
      db,
      `INSERT INTO rectifications (campaign_id, evaluation_id, case_id, case_number, unit, target, template_id, item_id,
         item_name, category, deducted, problem, requirement, legal_basis, working_days, repeat_of_id,
         created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const createdIds: number[] = [];
    for (const e of sources) {
      if (e.status !== 'finalized' || e.scoreJson === null) {
        result.skipped.push({
          evaluationId: e.evaluationId,
          caseNumber: e.caseNumber,
          reason: '尚未定稿 / not finalised',
        });
        continue;
      }
      const template = pinnedTemplate(db, e.templateId, e.templateVersion).template;
      const notes = Object.fromEntries(itemResults(db, e.evaluationId).map((r) => [r.itemId, r.note]));
      const found = deductionSources(template, JSON.parse(e.scoreJson) as ScoreResult, notes);
      if (found.length === 0) {
        result.skipped.push({
          evaluationId: e.evaluationId,
          caseNumber: e.caseNumber,
          reason: '无扣分项 / no deductions',
        });
      }
      if (!e.unit && found.length > 0) {
        result.skipped.push({
          evaluationId: e.evaluationId,
          caseNumber: e.caseNumber,
          reason: '案卷未注明承办单位 / the case names no unit',
        });
        continue;
      }
      const keyed = found.map((s) => ({ ...s, itemId: `${template.id}${KEY_SEP}${s.itemId}` }));
      const drafts =
        found.length === 0
          ? []
          : draftRectifications({ unit: e.unit, sources: keyed, issuedOn: today, workingDays, calendar, previous });
      const existing = stmt(
        db,
        `SELECT id, target, item_id AS itemId, issued_on AS issuedOn FROM rectifications WHERE evaluation_id = ?`,
      ).all(e.evaluationId) as { id: number; target: string; itemId: string; issuedOn: string | null }[];
      const have = new Set(existing.map((x) => `${x.target}:${x.itemId}`));
      const wanted = new Set(found.map((s) => `${s.target}:${s.itemId}`));
      // Unissued drafts whose deduction is gone (the evaluation was reopened and changed) go too.
      for (const x of existing) {
        if (x.issuedOn !== null || wanted.has(`${x.target}:${x.itemId}`)) continue;
        const before = rectificationView(db, x.id, today);
        stmt(db, 'DELETE FROM rectifications WHERE id = ?').run(x.id);
        appendAudit(db, {
          actor: input.actor,
          at,
          entity: 'rectification',
          entityId: x.id,
          action: 'redraft-remove',
          before,
          after: { reason: '扣分已不存在 / the deduction no longer exists' },
        });
        result.removed += 1;
      }
      drafts.forEach((d, i) => {
        const itemId = found[i]!.itemId;
        if (have.has(`${d.target}:${itemId}`)) {
          result.existing += 1;
          return;
        }
        const id = Number(
          insert.run(
            campaign.id,
            e.evaluationId,
            e.caseId,
            e.caseNumber,
            d.unit,
            d.target,
            template.id,
            itemId,
            d.itemName,
            d.category,
            d.deducted,
            d.problem,
            d.requirement,
            d.legalBasis,
            d.workingDays,
            d.repeatOf,
            at,
            input.actor,
            at,
          ).lastInsertRowid,
        );
        if (d.repeatOf !== null) result.repeats += 1;
        appendEvent(db, {
          rectificationId: id,
          at,
          actor: input.actor,
          action: 'draft',
          to: 'pending',
          detail: { evaluationId: e.evaluationId, repeatOf: d.repeatOf },
        });
        createdIds.push(id);
      });
    }
    result.created = createdIds.map((id) => rectificationView(db, id, today));
    for (const item of result.created) {
      appendAudit(db, {
        actor: input.actor,
        at,
        entity: 'rectification',
        entityId: item.id,
        action: 'draft',
        after: item,
      });
    }
    return result;
  })();
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
