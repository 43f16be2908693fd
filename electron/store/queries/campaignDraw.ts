/**
 * Drawing a campaign (抽样): the population is frozen row by row, the seeded stratified draw
 * (shared/campaigns/draw.ts) picks the sample, and every drawn case gets its campaign
 * evaluation, pinned to the standard chosen by its case type and procedure, its checks run.
 * All of it is one transaction: a draw either happens whole or not at all.
 *
 * An ad-hoc evaluation of the same case and standard that nobody has started is taken over
 * (linked) instead of duplicated; one with work in it stays outside — it may be the unit's
 * own self-check (自查), which a cross-reviewed campaign must not inherit.
 *
 * A draw is frozen: drawing again is refused; `resetDraw` undoes it only while no campaign
 * evaluation has started, and logs the reason.
 */
import crypto from 'node:crypto';
import type { DrawRecord, DrawResultView, PopulationRow } from '../../../shared/api/campaignTypes.ts';
import { canonicalJson } from '../../../shared/campaigns/canonical.ts';
import { drawCampaign, stratumKey, validateSeed, type DrawResult } from '../../../shared/campaigns/draw.ts';
import type { PopulationCase } from '../../../shared/campaigns/scope.ts';
import { AppError } from '../../../shared/errors.ts';
import { pickTemplate, type Template } from '../../../shared/templates/index.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import {
  assertNotDrawn,
  campaignRow,
  campaignSummary,
  periodOf,
  refOf,
  ruleOf,
  scopeOf,
  type CampaignRow,
} from './campaigns.ts';
import { createEvaluation } from './evaluations.ts';
import { populationOf } from './population.ts';
import { sha256Text, allTemplates } from './templates.ts';

/** What draw_json keeps: the record without its case lists (those are population rows). */
type StoredDraw = Omit<DrawResult, 'drawn' | 'caseIds'>;

/** A seed chosen for the user: eight digits, easy to read out and to type into a re-run. */
function randomSeed(): string {
  return String(crypto.randomInt(10_000_000, 100_000_000));
}

export function populationHash(population: readonly PopulationCase[]): string {
  const rows = [...population]
    .sort((a, b) => a.caseId - b.caseId)
    .map((c) => [c.caseId, c.caseNumber, c.unit, c.caseType, c.procedure, c.caseDate]);
  return sha256Text(canonicalJson(rows));
}

function templatesFor(db: Db, drawn: readonly PopulationCase[]): Map<number, Template> {
  const templates = allTemplates(db);
  const chosen = new Map<number, Template>();
  const missing: string[] = [];
  for (const c of drawn) {
    const template = pickTemplate(templates, { caseType: c.caseType, procedure: c.procedure });
    if (template) chosen.set(c.caseId, template);
    else missing.push(`${c.caseNumber}（${c.caseType}${c.procedure ? `/${c.procedure}` : ''}）`);
  }
  if (missing.length > 0) {
    throw new AppError('DRAW_INVALID', {
      detail: `没有适用于以下案卷的评查标准，请先导入：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ` 等 ${missing.length} 件` : ''} / no standard applies to these cases`,
      field: 'templateId',
      details: { cases: missing },
    });
  }
  return chosen;
}

/** The campaign's evaluation of a drawn case: an unstarted ad-hoc one taken over, or a new one. */
function evaluationFor(
  db: Db,
  campaignId: number,
  c: PopulationCase,
  template: Template,
  actor: string,
  today: string,
): { evaluationId: number; origin: 'created' | 'linked' } {
  const adHoc = stmt(
    db,
    `SELECT id FROM evaluations WHERE case_id = ? AND template_id = ? AND template_version = ?
       AND campaign_id IS NULL AND status = 'not_started'`,
  ).get(c.caseId, template.id, template.version) as { id: number } | undefined;
  if (!adHoc) {
    return {
      evaluationId: createEvaluation(db, { caseId: c.caseId, template, campaignId, actor, today }),
      origin: 'created',
    };
  }
  stmt(db, 'UPDATE evaluations SET is_current = 0 WHERE case_id = ? AND is_current = 1 AND id <> ?').run(
    c.caseId,
    adHoc.id,
  );
  stmt(db, 'UPDATE evaluations SET campaign_id = ?, is_current = 1, updated_at = ? WHERE id = ?').run(
    campaignId,
    nowIso(),
    adHoc.id,
  );
  appendAudit(db, {
    actor,
    entity: 'evaluation',
    entityId: adHoc.id,
    evaluationId: adHoc.id,
    action: 'link-campaign',
    before: { campaignId: null },
    after: { campaignId },
  });
  return { evaluationId: adHoc.id, origin: 'linked' };
}

export function drawCampaignInStore(
  db: Db,
  input: { campaignId: number; seed?: string | undefined; actor: string },
  today: string,
): DrawResultView {
  return db.transaction(() => {
    const row = campaignRow(db, input.campaignId);
    assertNotDrawn(row, 'campaignId');
    const seed = validateSeed(input.seed ?? row.seed ?? randomSeed());
    const population = populationOf(db, periodOf(row), scopeOf(row));
    const result = drawCampaign(population, ruleOf(row), seed);
    const templates = templatesFor(db, result.drawn);
    const at = nowIso();

    const picks = new Map(result.drawn.map((d) => [d.caseId, d]));
    const insertPopulation = stmt(
      db,
      `INSERT INTO campaign_population (campaign_id, case_id, case_number, unit, case_type, procedure, case_date, stratum, pick)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of population) {
      insertPopulation.run(
        row.id,
        c.caseId,
        c.caseNumber,
        c.unit,
        c.caseType,
        c.procedure,
        c.caseDate,
        stratumKey(c.unit, c.procedure),
        picks.get(c.caseId)?.pick ?? null,
      );
    }
    let created = 0;
    let linked = 0;
    const insertCase = stmt(
      db,
      'INSERT INTO campaign_cases (campaign_id, case_id, evaluation_id, origin) VALUES (?, ?, ?, ?)',
    );
    for (const c of result.drawn) {
      const { evaluationId, origin } = evaluationFor(db, row.id, c, templates.get(c.caseId)!, input.actor, today);
      if (origin === 'created') created += 1;
      else linked += 1;
      insertCase.run(row.id, c.caseId, evaluationId, origin);
    }
    const { drawn: _drawn, caseIds: _ids, ...stored } = result;
    const hash = populationHash(population);
    stmt(
      db,
      'UPDATE campaigns SET seed = ?, drawn_at = ?, drawn_by = ?, draw_json = ?, population_hash = ?, updated_at = ? WHERE id = ?',
    ).run(seed, at, input.actor, JSON.stringify(stored satisfies StoredDraw), hash, at, row.id);
    appendAudit(db, {
      actor: input.actor,
      at,
      entity: 'campaign',
      entityId: row.id,
      action: 'draw',
      after: {
        seed,
        rule: result.ruleText,
        method: result.method,
        populationSize: result.populationSize,
        populationHash: hash,
        drawnCount: result.drawnCount,
        caseIds: result.caseIds,
      },
    });
    const after = campaignRow(db, row.id);
    return {
      campaign: campaignSummary(db, after),
      record: drawRecord(db, row.id, false),
      evaluationsCreated: created,
      evaluationsLinked: linked,
    };
  })();
}

/** After deleting a case's current evaluation, its newest remaining one becomes current again. */
function restoreCurrent(db: Db, caseId: number): void {
  const current = stmt(db, 'SELECT 1 FROM evaluations WHERE case_id = ? AND is_current = 1').get(caseId);
  if (current) return;
  stmt(
    db,
    `UPDATE evaluations SET is_current = 1
      WHERE id = (SELECT id FROM evaluations WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT 1)`,
  ).run(caseId);
}

export function resetDraw(db: Db, input: { campaignId: number; reason: string; actor: string }) {
  return db.transaction(() => {
    const row = campaignRow(db, input.campaignId);
    if (row.drawnAt === null) {
      throw new AppError('CONFLICT', { detail: `「${row.title}」尚未抽样 / not drawn`, field: 'campaignId' });
    }
    const started = stmt(
      db,
      `SELECT c.case_number AS caseNumber, e.status FROM campaign_cases cc JOIN evaluations e ON e.id = cc.evaluation_id
         JOIN cases c ON c.id = cc.case_id WHERE cc.campaign_id = ? AND e.status <> 'not_started' ORDER BY c.case_number`,
    ).all(row.id) as { caseNumber: string; status: string }[];
    if (started.length > 0) {
      throw new AppError('CONFLICT', {
        detail: `已有 ${started.length} 件案卷开始评查（${started
          .slice(0, 5)
          .map((s) => s.caseNumber)
          .join('、')}），抽样不能撤销 / evaluations have started: the draw can no longer be undone`,
        field: 'campaignId',
        details: { started },
      });
    }
    const reason = input.reason.trim();
    if (!reason) throw new AppError('VALIDATION', { detail: '撤销抽样须说明理由 / give a reason', field: 'reason' });
    const cases = stmt(
      db,
      'SELECT case_id AS caseId, evaluation_id AS evaluationId, origin FROM campaign_cases WHERE campaign_id = ?',
    ).all(row.id) as { caseId: number; evaluationId: number; origin: 'created' | 'linked' }[];
    stmt(db, 'DELETE FROM campaign_cases WHERE campaign_id = ?').run(row.id);
    for (const c of cases) {
      if (c.origin === 'created') {
        stmt(db, 'DELETE FROM evaluations WHERE id = ?').run(c.evaluationId);
        restoreCurrent(db, c.caseId);
      } else stmt(db, 'UPDATE evaluations SET campaign_id = NULL WHERE id = ?').run(c.evaluationId);
    }
    stmt(db, 'DELETE FROM campaign_population WHERE campaign_id = ?').run(row.id);
    const at = nowIso();
    stmt(
      db,
      'UPDATE campaigns SET drawn_at = NULL, drawn_by = NULL, draw_json = NULL, population_hash = NULL, updated_at = ? WHERE id = ?',
    ).run(at, row.id);
    appendAudit(db, {
      actor: input.actor,
      at,
      entity: 'campaign',
      entityId: row.id,
      action: 'reset-draw',
      before: { seed: row.seed, drawnAt: row.drawnAt, drawnBy: row.drawnBy, populationHash: row.populationHash },
      after: {
        reason,
        evaluationsDeleted: cases.filter((c) => c.origin === 'created').map((c) => c.evaluationId),
        evaluationsUnlinked: cases.filter((c) => c.origin === 'linked').map((c) => c.evaluationId),
      },
    });
    return campaignSummary(db, campaignRow(db, row.id));
  })();
}

const POPULATION_SQL = `SELECT case_id AS caseId, case_number AS caseNumber, unit, case_type AS caseType, procedure,
    case_date AS caseDate, stratum, pick FROM campaign_population WHERE campaign_id = ?`;

function byUnitProcedureNumber(a: PopulationRow, b: PopulationRow): number {
  const text = (x: string | null) => (x === null ? '\uffff' : x);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    cmp(text(a.unit), text(b.unit)) ||
    cmp(text(a.procedure), text(b.procedure)) ||
    cmp(a.caseNumber, b.caseNumber) ||
    a.caseId - b.caseId
  );
}

export function drawRecord(db: Db, campaignId: number, includePopulation: boolean): DrawRecord {
  const row: CampaignRow = campaignRow(db, campaignId);
  if (row.drawnAt === null || row.drawJson === null) {
    throw new AppError('CONFLICT', {
      detail: `「${row.title}」尚未抽样，没有抽样记录 / not drawn yet`,
      field: 'campaignId',
    });
  }
  const stored = JSON.parse(row.drawJson) as StoredDraw;
  const population = (stmt(db, POPULATION_SQL).all(row.id) as PopulationRow[]).sort(byUnitProcedureNumber);
  const drawn = population.filter((p) => p.pick !== null);
  // Re-run from the frozen population: the record proves itself, whatever happened to the cases since.
  const frozen = population.map(({ stratum: _s, pick: _p, ...c }) => c);
  const rerun = new Set(drawCampaign(frozen, stored.rule, stored.seed).caseIds);
  const reproduced =
    populationHash(frozen) === row.populationHash &&
    rerun.size === drawn.length &&
    drawn.every((d) => rerun.has(d.caseId));
  return {
    campaign: { ...refOf(row), organiser: row.organiser, scope: scopeOf(row) },
    method: stored.method,
    rule: stored.rule,
    ruleText: stored.ruleText,
    ruleDescription: stored.ruleDescription,
    seed: stored.seed,
    drawnAt: row.drawnAt,
    drawnBy: row.drawnBy ?? '',
    populationSize: stored.populationSize,
    populationHash: row.populationHash ?? '',
    drawnCount: stored.drawnCount,
    strata: stored.strata,
    byUnit: stored.byUnit,
    byProcedure: stored.byProcedure,
    drawn,
    population: includePopulation ? population : null,
    reproduced,
  };
}
