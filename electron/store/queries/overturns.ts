/**
 * 复核 (second-level review) changes: the 复核 reviewer changes results of a submitted
 * evaluation, each with a reason; every change of a decision (shared/campaigns/overturns.ts
 * says which changes count) is stored as an overturn with the item's points before and after,
 * in the same transaction as the change and the new score.
 */
import type { OverturnList, OverturnView, ReviewChangeResult } from '../../../shared/api/campaignTypes.ts';
import { computeOverturns, type ReviewChange } from '../../../shared/campaigns/overturns.ts';
import { AppError } from '../../../shared/errors.ts';
import { scoreEvaluation, type ItemResult, type ScoreResult, type VetoResult } from '../../../shared/scoring/index.ts';
import { itemIndex, type Template } from '../../../shared/templates/index.ts';
import { stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow } from './campaigns.ts';
import { evaluationRow, writeEvaluation } from './evaluations.ts';
import {
  itemResult,
  putItemResult,
  resultsForScoring,
  storedOf,
  validateItemInput,
  itemResults,
} from './itemResults.ts';
import { checkSecondReviewer } from './workflow.ts';

export interface ReviewChangeInput {
  evaluationId: number;
  actor: string;
  changes: readonly (
    | {
        target: 'item';
        id: string;
        result: {
          status: ItemResult['status'];
          deductions: NonNullable<ItemResult['deductions']>;
          awards: NonNullable<ItemResult['awards']>;
          note?: string | undefined;
        } | null;
        reason: string;
      }
    | { target: 'veto'; id: string; result: { hit: boolean; note?: string | undefined } | null; reason: string }
  )[];
}

function knownIds(template: Template) {
  return {
    items: new Set([...itemIndex(template).keys(), ...(template.bonus?.items.map((b) => b.id) ?? [])]),
    vetoes: new Set(template.vetoes.map((v) => v.id)),
  };
}

function nameOf(template: Template, target: 'item' | 'veto', id: string): string {
  if (target === 'veto') return template.vetoes.find((v) => v.id === id)?.name ?? id;
  return itemIndex(template).get(id)?.item.name ?? template.bonus?.items.find((b) => b.id === id)?.name ?? id;
}

const deductedOn = (score: ScoreResult | null, id: string): number | null =>
  score?.items.find((i) => i.id === id)?.deducted ?? null;

export function reviewChange(db: Db, input: ReviewChangeInput): ReviewChangeResult {
  const write = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: false, phase: 'review' },
    (ctx) => {
      checkSecondReviewer(db, ctx.row, ctx.actor);
      const current = resultsForScoring(itemResults(db, ctx.row.id), ctx.kind);
      const overturns = computeOverturns(
        { items: current.items, vetoes: current.vetoes ?? {} },
        input.changes as readonly ReviewChange[],
        ctx.actor,
        knownIds(ctx.template),
      );
      input.changes.forEach((change, i) => {
        const before = itemResult(db, ctx.row.id, change.id);
        let after;
        if (change.target === 'veto') {
          after = putItemResult(
            db,
            ctx.row.id,
            change.id,
            change.result && {
              kind: 'veto',
              status: change.result.hit ? 'hit' : 'clear',
              choices: [],
              note: change.result.note?.trim() || before?.note || null,
            },
            ctx.actor,
            ctx.at,
          );
        } else {
          let checked;
          try {
            checked = change.result && validateItemInput(ctx.template, { itemId: change.id, ...change.result });
          } catch (err) {
            // Name the change the problem is in, not just the item's own field.
            if (err instanceof AppError) {
              throw new AppError(err.code, {
                message: err.message,
                field: `changes[${i}].result${err.field && err.field !== 'itemId' ? `.${err.field}` : ''}`,
                details: err.details,
              });
            }
            throw err;
          }
          after = putItemResult(
            db,
            ctx.row.id,
            change.id,
            change.result &&
              checked && {
                kind: checked.kind,
                status: change.result.status,
                choices: checked.choices,
                note: change.result.note === undefined ? (before?.note ?? null) : change.result.note.trim() || null,
              },
            ctx.actor,
            ctx.at,
          );
        }
        appendAudit(db, {
          actor: ctx.actor,
          at: ctx.at,
          entity: 'item_result',
          entityId: change.id,
          evaluationId: ctx.row.id,
          action: 'review',
          before: storedOf(before),
          after: { ...storedOf(after), reason: change.reason.trim() },
        });
      });
      const scoreBefore = ctx.row.scoreJson ? (JSON.parse(ctx.row.scoreJson) as ScoreResult) : null;
      const scoreAfter = scoreEvaluation(ctx.template, resultsForScoring(itemResults(db, ctx.row.id), ctx.kind));
      const insert = stmt(
        db,
        `INSERT INTO overturns (evaluation_id, target, item_id, item_name, before_json, after_json, deducted_before,
           deducted_after, reviewer, original_reviewer, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      return overturns.map((o) =>
        Number(
          insert.run(
            ctx.row.id,
            o.target,
            o.itemId,
            nameOf(ctx.template, o.target, o.itemId),
            o.before === null ? null : JSON.stringify(o.before),
            o.after === null ? null : JSON.stringify(o.after),
            o.target === 'item' ? deductedOn(scoreBefore, o.itemId) : null,
            o.target === 'item' ? deductedOn(scoreAfter, o.itemId) : null,
            o.reviewer,
            ctx.row.reviewer,
            o.reason,
            ctx.at,
          ).lastInsertRowid,
        ),
      );
    },
  );
  const ids = new Set(write.value);
  return {
    evaluation: write.evaluation,
    overturns: listOverturns(db, { evaluationId: input.evaluationId, offset: 0, limit: 1000 }).rows.filter((o) =>
      ids.has(o.id),
    ),
    total: write.score.total,
    grade: write.score.grade?.name ?? null,
  };
}

interface OverturnRow {
  id: number;
  evaluationId: number;
  campaignId: number | null;
  caseId: number;
  caseNumber: string;
  unit: string | null;
  target: 'item' | 'veto';
  itemId: string;
  itemName: string;
  beforeJson: string | null;
  afterJson: string | null;
  deductedBefore: number | null;
  deductedAfter: number | null;
  reviewer: string;
  originalReviewer: string | null;
  reason: string;
  at: string;
}

const SELECT = `SELECT o.id, o.evaluation_id AS evaluationId, e.campaign_id AS campaignId, e.case_id AS caseId,
    c.case_number AS caseNumber, c.unit AS unit, o.target, o.item_id AS itemId, o.item_name AS itemName,
    o.before_json AS beforeJson, o.after_json AS afterJson, o.deducted_before AS deductedBefore,
    o.deducted_after AS deductedAfter, o.reviewer, o.original_reviewer AS originalReviewer, o.reason, o.at
  FROM overturns o JOIN evaluations e ON e.id = o.evaluation_id JOIN cases c ON c.id = e.case_id`;

function viewOf(row: OverturnRow): OverturnView {
  const { beforeJson, afterJson, ...rest } = row;
  return {
    ...rest,
    before: beforeJson === null ? null : (JSON.parse(beforeJson) as ItemResult | VetoResult),
    after: afterJson === null ? null : (JSON.parse(afterJson) as ItemResult | VetoResult),
  };
}

export function listOverturns(
  db: Db,
  input: { evaluationId?: number | undefined; campaignId?: number | undefined; offset: number; limit: number },
): OverturnList {
  if (input.evaluationId !== undefined) evaluationRow(db, input.evaluationId);
  if (input.campaignId !== undefined) campaignRow(db, input.campaignId);
  const where = `WHERE (:evaluationId IS NULL OR o.evaluation_id = :evaluationId)
    AND (:campaignId IS NULL OR e.campaign_id = :campaignId)`;
  const params = { evaluationId: input.evaluationId ?? null, campaignId: input.campaignId ?? null };
  const total = (
    stmt(db, `SELECT count(*) AS n FROM overturns o JOIN evaluations e ON e.id = o.evaluation_id ${where}`).get(
      params,
    ) as { n: number }
  ).n;
  const rows = stmt(db, `${SELECT} ${where} ORDER BY o.id DESC LIMIT :limit OFFSET :offset`).all({
    ...params,
    limit: input.limit,
    offset: input.offset,
  }) as OverturnRow[];
  return { total, rows: rows.map(viewOf) };
}
