/** The reviewer's edits of an evaluation: item results and evidence citations, each audited. */
import type { EvidenceResult, RemoveEvidenceResult, SaveItemResult } from '../../../shared/api/evaluationTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { writeEvaluation } from './evaluations.ts';
import { checkCitation, deleteEvidence, evidenceById, insertEvidence } from './evidence.ts';
import { itemResult, kindOf, putItemResult, storedOf, validateItemInput, type ItemInput } from './itemResults.ts';

export function saveItem(
  db: Db,
  input: ItemInput & { evaluationId: number; actor?: string | undefined },
): SaveItemResult {
  const { value, ...write } = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: true },
    (ctx) => {
      const { kind, choices } = validateItemInput(ctx.template, input);
      const before = itemResult(db, ctx.row.id, input.itemId);
      const note = input.note === undefined ? (before?.note ?? null) : input.note?.trim() || null;
      const after = putItemResult(
        db,
        ctx.row.id,
        input.itemId,
        { kind, status: input.status, choices, note },
        ctx.actor,
        ctx.at,
      );
      appendAudit(db, {
        actor: ctx.actor,
        at: ctx.at,
        entity: 'item_result',
        entityId: input.itemId,
        evaluationId: ctx.row.id,
        action: after ? (before ? 'update' : 'create') : 'delete',
        before: storedOf(before),
        after: storedOf(after),
      });
      return after;
    },
  );
  return { ...write, item: value };
}

export function addEvidence(
  db: Db,
  input: {
    evaluationId: number;
    itemId: string;
    documentId: number;
    pageNo?: number | null | undefined;
    quote?: string | null | undefined;
    actor?: string | undefined;
  },
): EvidenceResult {
  const { value, ...write } = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: true },
    (ctx) => {
      if (!kindOf(ctx.template, input.itemId)) {
        throw new AppError('VALIDATION', {
          detail: `${input.itemId}: 评查标准中没有此项 / no such item in the template`,
          field: 'itemId',
        });
      }
      const pageNo = input.pageNo ?? null;
      checkCitation(db, ctx.row.caseId, input.documentId, pageNo);
      const id = insertEvidence(
        db,
        {
          evaluationId: ctx.row.id,
          itemId: input.itemId,
          documentId: input.documentId,
          pageNo,
          quote: input.quote?.trim() || null,
        },
        ctx.actor,
        ctx.at,
      );
      const evidence = evidenceById(db, ctx.row.id, id);
      appendAudit(db, {
        actor: ctx.actor,
        at: ctx.at,
        entity: 'evidence',
        entityId: id,
        evaluationId: ctx.row.id,
        action: 'create',
        after: evidence,
      });
      return evidence;
    },
  );
  return { ...write, evidence: value };
}

export function removeEvidence(
  db: Db,
  input: { evaluationId: number; evidenceId: number; actor?: string | undefined },
): RemoveEvidenceResult {
  const { value: _value, ...write } = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: true },
    (ctx) => {
      const before = evidenceById(db, ctx.row.id, input.evidenceId);
      deleteEvidence(db, input.evidenceId);
      appendAudit(db, {
        actor: ctx.actor,
        at: ctx.at,
        entity: 'evidence',
        entityId: input.evidenceId,
        evaluationId: ctx.row.id,
        action: 'delete',
        before,
      });
    },
  );
  return { ...write, removedId: input.evidenceId };
}
