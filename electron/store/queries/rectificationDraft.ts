/**
 * Drafting rectification items from a campaign's finalised evaluations: one per deduction and
 * veto, in the standard's wording, flagged as a repeat when the unit had an item for the same
 * standard item in the previous campaign. Drafting again keeps what was drafted and drops the
 * unissued drafts whose deduction is gone (the evaluation was reopened and changed).
 */
import type { RectificationDraftResult } from '../../../shared/api/rectificationTypes.ts';
import { draftRectifications, type PreviousRectification } from '../../../shared/campaigns/rectification.ts';
import { deductionSources } from '../../../shared/campaigns/sources.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ScoreResult } from '../../../shared/scoring/types.ts';
import { itemIndex } from '../../../shared/templates/walk.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow, previousCampaign } from './campaigns.ts';
import { itemResults } from './itemResults.ts';
import { activeCalendar, rectificationView } from './rectificationViews.ts';
import { appendEvent } from './rectificationWrites.ts';
import { pinnedTemplate } from './templates.ts';

/** Separates standard and item in repeat keys: the same item id in two standards is two items. */
const KEY_SEP = '\u0000';

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
      const results = itemResults(db, e.evaluationId);
      const notes = Object.fromEntries(results.map((r) => [r.itemId, r.note]));
      // The option chosen names the problem: the draft states that one, not every wording of the item.
      const index = itemIndex(template);
      const chosen = Object.fromEntries(
        results.map((r) => [
          r.itemId,
          index.get(r.itemId)?.item.deductions.find((o) => o.id === r.deductions[0]?.optionId)?.label ?? null,
        ]),
      );
      const found = deductionSources(template, JSON.parse(e.scoreJson) as ScoreResult, notes, chosen);
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
