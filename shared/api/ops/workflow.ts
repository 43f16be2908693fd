/**
 * Operations of the evaluation workflow: status transitions (未开始 → 评查中 → 已提交 → 已复核 →
 * 已定稿, return and reopen with a reason), the 复核 reviewer's changes recorded as overturns,
 * and the check of a finalised evaluation's content hash.
 *
 * Which edits a status allows: not started / in progress — the ordinary checklist writes
 * (evaluations:save-item …); submitted / reviewed — only `evaluations:review-change`;
 * finalised — nothing (LOCKED) until reopened.
 */
import { z } from 'zod';
import { STATUS_ACTIONS } from '../../campaigns/status.ts';
import type { OverturnList, ReviewChangeResult, TransitionResult, VerifyResult } from '../campaignTypes.ts';
import { id, out } from './common.ts';
import { optionChoiceInput } from './evaluations.ts';
import { ITEM_STATUSES } from '../../scoring/types.ts';

const ref = z.string().min(1).max(64);
const reason = z.string().trim().max(2000);

/** An item's result after review (null: back to unreviewed). */
const itemAfter = z.strictObject({
  status: z.enum(ITEM_STATUSES),
  deductions: z.array(optionChoiceInput).max(50).default([]),
  awards: z.array(optionChoiceInput).max(50).default([]),
  note: z.string().max(4000).optional(),
});

export const reviewChangeInput = z.strictObject({
  evaluationId: id,
  /** The 复核 reviewer: recorded on every overturn. */
  actor: z.string().trim().min(1).max(100),
  changes: z
    .array(
      z.discriminatedUnion('target', [
        z.strictObject({ target: z.literal('item'), id: ref, result: itemAfter.nullable(), reason: reason.min(1) }),
        z.strictObject({
          target: z.literal('veto'),
          id: ref,
          result: z.strictObject({ hit: z.boolean(), note: z.string().max(4000).optional() }).nullable(),
          reason: reason.min(1),
        }),
      ]),
    )
    .min(1)
    .max(200),
});

export const workflowOps = {
  /**
   * start, submit (refused while items are unreviewed), return (reason), review, finalize
   * (locks and records the content hash), reopen (reason). `actor` is who acts: the reviewer
   * submitting, the 复核 reviewer reviewing, the legal office finalising.
   */
  'evaluations:transition': {
    input: z.strictObject({
      evaluationId: id,
      action: z.enum(STATUS_ACTIONS),
      reason: reason.nullable().optional(),
      actor: z.string().trim().min(1).max(100),
    }),
    output: out<TransitionResult>(),
  },
  /** The 复核 reviewer's changes to a submitted (or reviewed) evaluation, each a recorded overturn. */
  'evaluations:review-change': { input: reviewChangeInput, output: out<ReviewChangeResult>() },
  /** Overturns of one evaluation or of a campaign, newest first. */
  'evaluations:overturns': {
    input: z
      .strictObject({
        evaluationId: id.optional(),
        campaignId: id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .refine((v) => (v.evaluationId === undefined) !== (v.campaignId === undefined), {
        message: '需要 evaluationId 或 campaignId 之一 / give evaluationId or campaignId',
        path: ['evaluationId'],
      }),
    output: out<OverturnList>(),
  },
  /** Recomputes a finalised evaluation's content hash and compares it with the stored one. */
  'evaluations:verify': { input: z.strictObject({ evaluationId: id }), output: out<VerifyResult>() },
} as const;
