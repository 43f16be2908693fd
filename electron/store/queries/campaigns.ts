/**
 * Campaigns (评查活动): their settings and summaries. A campaign is a period with a scope and a
 * draw rule; until it is drawn (campaignDraw.ts) every setting may change, afterwards only the
 * wording (title, organiser, notes), the previous campaign and the rectification deadline.
 */
import type { CampaignListResult, CampaignRef, CampaignSummary } from '../../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../../shared/api/types.ts';
import { EVALUATION_STATUSES } from '../../../shared/api/ops/cases.ts';
import { DEFAULT_RECTIFICATION_WORKING_DAYS } from '../../../shared/campaigns/rectification.ts';
import {
  campaignScopeSchema,
  describeDrawRule,
  drawRuleSchema,
  formatDrawRule,
  type CampaignPeriod,
  type CampaignScope,
  type DrawRule,
} from '../../../shared/campaigns/scope.ts';
import { AppError } from '../../../shared/errors.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';

export interface CampaignRow {
  id: number;
  title: string;
  organiser: string | null;
  periodFrom: string;
  periodTo: string;
  scopeJson: string;
  ruleJson: string;
  seed: string | null;
  previousCampaignId: number | null;
  previousAuto: number;
  rectificationDays: number;
  notes: string | null;
  drawnAt: string | null;
  drawnBy: string | null;
  drawJson: string | null;
  populationHash: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

const ROW_SQL = `SELECT id, title, organiser, period_from AS periodFrom, period_to AS periodTo, scope_json AS scopeJson,
    rule_json AS ruleJson, seed, previous_campaign_id AS previousCampaignId, previous_auto AS previousAuto,
    rectification_days AS rectificationDays, notes, drawn_at AS drawnAt, drawn_by AS drawnBy, draw_json AS drawJson,
    population_hash AS populationHash, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt
  FROM campaigns`;

export function campaignRow(db: Db, id: number, field = 'campaignId'): CampaignRow {
  const row = stmt(db, `${ROW_SQL} WHERE id = ?`).get(id) as CampaignRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `评查活动 campaign ${id}`, field });
  return row;
}

export const periodOf = (row: CampaignRow): CampaignPeriod => ({ from: row.periodFrom, to: row.periodTo });
export const scopeOf = (row: CampaignRow): CampaignScope => campaignScopeSchema.parse(JSON.parse(row.scopeJson));
export const ruleOf = (row: CampaignRow): DrawRule => drawRuleSchema.parse(JSON.parse(row.ruleJson));
export const refOf = (row: CampaignRow): CampaignRef => ({ id: row.id, title: row.title, period: periodOf(row) });

/** Refuses a change that only a campaign not yet drawn allows; names the field. */
export function assertNotDrawn(row: CampaignRow, field: string): void {
  if (row.drawnAt !== null) {
    throw new AppError('CONFLICT', {
      detail: `「${row.title}」已于 ${row.drawnAt.slice(0, 10)} 抽样，抽样范围和规则已冻结（如尚未开始评查，可先撤销抽样） / the campaign is drawn: its scope and rule are frozen`,
      field,
      details: { campaignId: row.id, drawnAt: row.drawnAt },
    });
  }
}

/**
 * The campaign repeats are compared with: the one set, or the latest drawn campaign ending
 * before this one starts (ties: the later start, then the later id).
 */
export function previousCampaign(db: Db, row: CampaignRow): CampaignRow | null {
  if (row.previousAuto === 0) return row.previousCampaignId === null ? null : campaignRow(db, row.previousCampaignId);
  const prev = stmt(
    db,
    `SELECT id FROM campaigns WHERE id <> ? AND drawn_at IS NOT NULL AND period_to < ?
      ORDER BY period_to DESC, period_from DESC, id DESC LIMIT 1`,
  ).get(row.id, row.periodFrom) as { id: number } | undefined;
  return prev ? campaignRow(db, prev.id) : null;
}

export function emptyStatusCounts(): Record<EvaluationStatus, number> {
  return Object.fromEntries(EVALUATION_STATUSES.map((s) => [s, 0])) as Record<EvaluationStatus, number>;
}

export function campaignSummary(db: Db, row: CampaignRow): CampaignSummary {
  const rule = ruleOf(row);
  const byStatus = emptyStatusCounts();
  for (const r of stmt(
    db,
    `SELECT e.status, count(*) AS n FROM campaign_cases cc JOIN evaluations e ON e.id = cc.evaluation_id
      WHERE cc.campaign_id = ? GROUP BY e.status`,
  ).all(row.id) as { status: EvaluationStatus; n: number }[])
    byStatus[r.status] = r.n;
  const counts = stmt(
    db,
    `SELECT (SELECT count(*) FROM campaign_cases WHERE campaign_id = :id) AS drawn,
            (SELECT count(*) FROM campaign_cases WHERE campaign_id = :id AND reviewer_id IS NOT NULL) AS assigned,
            (SELECT count(*) FROM rectifications WHERE campaign_id = :id) AS rectifications`,
  ).get({ id: row.id }) as { drawn: number; assigned: number; rectifications: number };
  const previous = previousCampaign(db, row);
  const draw = row.drawJson ? (JSON.parse(row.drawJson) as { populationSize: number }) : null;
  return {
    id: row.id,
    title: row.title,
    organiser: row.organiser,
    period: periodOf(row),
    scope: scopeOf(row),
    rule,
    ruleText: formatDrawRule(rule),
    ruleDescription: describeDrawRule(rule),
    seed: row.seed,
    previous: previous ? refOf(previous) : null,
    previousAuto: row.previousAuto === 1,
    rectificationDays: row.rectificationDays,
    notes: row.notes,
    phase:
      row.drawnAt === null ? 'draft' : counts.drawn > 0 && byStatus.finalized === counts.drawn ? 'complete' : 'drawn',
    drawnAt: row.drawnAt,
    drawnBy: row.drawnBy,
    populationSize: draw?.populationSize ?? null,
    drawnCount: counts.drawn,
    assignedCount: counts.assigned,
    byStatus,
    rectifications: counts.rectifications,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
  };
}

export function getCampaign(db: Db, id: number): CampaignSummary {
  return campaignSummary(db, campaignRow(db, id));
}

export function listCampaigns(db: Db, offset: number, limit: number): CampaignListResult {
  const total = (stmt(db, 'SELECT count(*) AS n FROM campaigns').get() as { n: number }).n;
  const ids = stmt(db, 'SELECT id FROM campaigns ORDER BY period_from DESC, id DESC LIMIT ? OFFSET ?').all(
    limit,
    offset,
  ) as { id: number }[];
  return { total, rows: ids.map((r) => getCampaign(db, r.id)) };
}

export interface CampaignSettings {
  title: string;
  organiser?: string | null | undefined;
  period: CampaignPeriod;
  scope: CampaignScope;
  rule: DrawRule;
  seed?: string | null | undefined;
  previousCampaignId?: number | null | undefined;
  rectificationDays?: number | undefined;
  notes?: string | null | undefined;
}

/** The audited shape of a campaign's settings. */
function settingsOf(row: CampaignRow) {
  return {
    title: row.title,
    organiser: row.organiser,
    period: periodOf(row),
    scope: JSON.parse(row.scopeJson) as unknown,
    rule: JSON.parse(row.ruleJson) as unknown,
    seed: row.seed,
    previous: row.previousAuto === 1 ? 'auto' : row.previousCampaignId,
    rectificationDays: row.rectificationDays,
    notes: row.notes,
  };
}

function checkPrevious(db: Db, previousId: number, selfId: number | null): void {
  if (previousId === selfId) {
    throw new AppError('VALIDATION', {
      detail: '上一期评查活动不能是本活动自身 / a campaign cannot be its own previous campaign',
      field: 'previousCampaignId',
    });
  }
  campaignRow(db, previousId, 'previousCampaignId');
}

/** Empty lists mean "no restriction"; stored as omitted so two equal scopes look the same. */
function normalScope(scope: CampaignScope): CampaignScope {
  const units = scope.units ? [...new Set(scope.units.map((u) => u.trim()))].sort() : undefined;
  return {
    ...(units && units.length > 0 ? { units } : {}),
    ...(scope.caseTypes ? { caseTypes: [...new Set(scope.caseTypes)].sort() } : {}),
    ...(scope.procedures ? { procedures: [...new Set(scope.procedures)].sort() } : {}),
  };
}

export function createCampaign(db: Db, input: CampaignSettings, actor: string): CampaignSummary {
  return db.transaction(() => {
    if (input.previousCampaignId != null) checkPrevious(db, input.previousCampaignId, null);
    const at = nowIso();
    const id = Number(
      stmt(
        db,
        `INSERT INTO campaigns (title, organiser, period_from, period_to, scope_json, rule_json, seed,
           previous_campaign_id, previous_auto, rectification_days, notes, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.title.trim(),
        input.organiser?.trim() || null,
        input.period.from,
        input.period.to,
        JSON.stringify(normalScope(input.scope)),
        JSON.stringify(input.rule),
        input.seed?.trim() || null,
        input.previousCampaignId ?? null,
        input.previousCampaignId === undefined ? 1 : 0,
        input.rectificationDays ?? DEFAULT_RECTIFICATION_WORKING_DAYS,
        input.notes?.trim() || null,
        at,
        actor,
        at,
      ).lastInsertRowid,
    );
    const row = campaignRow(db, id);
    appendAudit(db, { actor, at, entity: 'campaign', entityId: id, action: 'create', after: settingsOf(row) });
    return campaignSummary(db, row);
  })();
}

export interface CampaignUpdate {
  campaignId: number;
  title?: string | undefined;
  organiser?: string | null | undefined;
  period?: CampaignPeriod | undefined;
  scope?: CampaignScope | undefined;
  rule?: DrawRule | undefined;
  seed?: string | null | undefined;
  previousCampaignId?: number | null | 'auto' | undefined;
  rectificationDays?: number | undefined;
  notes?: string | null | undefined;
}

export function updateCampaign(db: Db, input: CampaignUpdate, actor: string): CampaignSummary {
  return db.transaction(() => {
    const row = campaignRow(db, input.campaignId);
    for (const field of ['period', 'scope', 'rule', 'seed'] as const) {
      if (input[field] !== undefined) assertNotDrawn(row, field);
    }
    const previous = input.previousCampaignId;
    if (typeof previous === 'number') checkPrevious(db, previous, row.id);
    const period = input.period ?? periodOf(row);
    const at = nowIso();
    stmt(
      db,
      `UPDATE campaigns SET title = ?, organiser = ?, period_from = ?, period_to = ?, scope_json = ?, rule_json = ?,
         seed = ?, previous_campaign_id = ?, previous_auto = ?, rectification_days = ?, notes = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      input.title?.trim() ?? row.title,
      input.organiser === undefined ? row.organiser : input.organiser?.trim() || null,
      period.from,
      period.to,
      input.scope ? JSON.stringify(normalScope(input.scope)) : row.scopeJson,
      input.rule ? JSON.stringify(input.rule) : row.ruleJson,
      input.seed === undefined ? row.seed : input.seed?.trim() || null,
      previous === undefined ? row.previousCampaignId : previous === 'auto' ? null : previous,
      previous === undefined ? row.previousAuto : previous === 'auto' ? 1 : 0,
      input.rectificationDays ?? row.rectificationDays,
      input.notes === undefined ? row.notes : input.notes?.trim() || null,
      at,
      row.id,
    );
    const after = campaignRow(db, row.id);
    appendAudit(db, {
      actor,
      at,
      entity: 'campaign',
      entityId: row.id,
      action: 'update',
      before: settingsOf(row),
      after: settingsOf(after),
    });
    return campaignSummary(db, after);
  })();
}

export function deleteCampaign(db: Db, id: number, actor: string): { id: number } {
  return db.transaction(() => {
    const row = campaignRow(db, id);
    assertNotDrawn(row, 'campaignId');
    stmt(db, 'DELETE FROM campaigns WHERE id = ?').run(id);
    appendAudit(db, { actor, entity: 'campaign', entityId: id, action: 'delete', before: settingsOf(row) });
    return { id };
  })();
}
