/**
 * Operations of rectification items (整改事项): drafted from a campaign's finalised evaluations,
 * edited, issued to units with a deadline in working days, moved through their lifecycle,
 * answered by the unit with text and evidence files, and approved by the legal office.
 */
import { z } from 'zod';
import { RECTIFICATION_ACTIONS } from '../../campaigns/rectification.ts';
import { isoDate } from '../../domain/bundle.ts';
import type {
  RectificationDetail,
  RectificationDraftResult,
  RectificationHistory,
  RectificationIssueResult,
  RectificationListResult,
  RectificationReplyResult,
  RectificationView,
} from '../rectificationTypes.ts';
import { id, out } from './common.ts';

const actor = z.string().trim().min(1).max(100).optional();
const workingDays = z.number().int().min(1).max(120);

export const RECTIFICATION_BOARD_STATUSES = ['draft', 'pending', 'in_progress', 'done', 'accepted', 'overdue'] as const;
export const RECTIFICATION_SORTS = ['deadline', 'unit', 'caseNumber', 'status', 'createdAt', 'itemId'] as const;

/** A staging id made by a door (browser upload or Electron's stageFiles), as import:start takes. */
export const stagingId = z.string().regex(/^[a-z0-9-]{8,64}$/);

export const rectificationListInput = z.strictObject({
  campaignId: id.optional(),
  unit: z.string().optional(),
  /** The board status: draft, pending, in_progress, done, accepted or overdue (as of today). */
  status: z.enum(RECTIFICATION_BOARD_STATUSES).optional(),
  /** true: only repeats of an item of the previous campaign; false: only first occurrences. */
  repeat: z.boolean().optional(),
  evaluationId: id.optional(),
  caseId: id.optional(),
  itemId: z.string().max(64).optional(),
  /** Case number, problem text or item name (substring). */
  text: z.string().max(200).optional(),
  sort: z.enum(RECTIFICATION_SORTS).default('deadline'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type RectificationListInput = z.input<typeof rectificationListInput>;

export const rectificationOps = {
  'rectifications:list': { input: rectificationListInput, output: out<RectificationListResult>() },
  'rectifications:get': { input: z.strictObject({ id }), output: out<RectificationDetail>() },
  /**
   * Drafts items from every deduction and veto of the campaign's finalised evaluations (or the
   * ones named), in the standard's wording; already drafted deductions are kept as they are.
   */
  'rectifications:draft': {
    input: z.strictObject({
      campaignId: id,
      evaluationIds: z.array(id).min(1).max(10_000).optional(),
      workingDays: workingDays.optional(),
      actor,
    }),
    output: out<RectificationDraftResult>(),
  },
  /** Edits the wording or the deadline's working days; only before the item is issued. */
  'rectifications:update': {
    input: z
      .strictObject({
        id,
        problem: z.string().trim().min(1).max(4000).optional(),
        requirement: z.string().trim().min(1).max(4000).optional(),
        legalBasis: z.string().trim().max(2000).nullable().optional(),
        workingDays: workingDays.optional(),
        actor,
      })
      .refine(
        (v) =>
          v.problem !== undefined ||
          v.requirement !== undefined ||
          v.legalBasis !== undefined ||
          v.workingDays !== undefined,
        { message: '没有要修改的内容 / nothing to change', path: ['problem'] },
      ),
    output: out<RectificationView>(),
  },
  /** Deletes a draft that should not be issued (the reason is logged). */
  'rectifications:discard': {
    input: z.strictObject({ id, reason: z.string().trim().min(1).max(2000), actor }),
    output: out<{ id: number }>(),
  },
  /**
   * Issues the campaign's drafts (all, one unit's, or the ids given): sets the issue date
   * (default today) and the deadline, that many working days later by the holiday calendar.
   */
  'rectifications:issue': {
    input: z.strictObject({
      campaignId: id,
      unit: z.string().min(1).optional(),
      ids: z.array(id).min(1).max(10_000).optional(),
      issuedOn: isoDate.optional(),
      /** Overrides each item's own working days. */
      workingDays: workingDays.optional(),
      actor,
    }),
    output: out<RectificationIssueResult>(),
  },
  /**
   * start / complete (the unit's moves; complete needs a reply first) and reject / approve
   * (the legal office's: `approverId` must be a legal-office reviewer; reject needs a reason).
   */
  'rectifications:move': {
    input: z
      .strictObject({
        id,
        action: z.enum(RECTIFICATION_ACTIONS),
        reason: z.string().trim().max(2000).nullable().optional(),
        approverId: id.optional(),
        /** The date of the move (default today): the unit's report date for `complete`. */
        on: isoDate.optional(),
        actor,
      })
      .refine((v) => (v.action !== 'approve' && v.action !== 'reject') || v.approverId !== undefined, {
        message: '验收须由法制机构人员办理，请给出 approverId / approval needs a legal-office approverId',
        path: ['approverId'],
      }),
    output: out<RectificationView>(),
  },
  /**
   * The unit's reply: text, and evidence files staged by a door (browser mode: POST /api/upload,
   * then PUT /api/upload/<stagingId> per file; Electron: stageFiles). Bytes go to the
   * workspace's content-addressed file store.
   */
  'rectifications:reply': {
    input: z.strictObject({
      id,
      text: z.string().trim().min(1).max(8000),
      stagingId: stagingId.optional(),
      actor,
    }),
    output: out<RectificationReplyResult>(),
    staged: true,
  },
  /** The bytes of one reply attachment. */
  'rectifications:attachment': {
    input: z.strictObject({ attachmentId: id }),
    output: out<Uint8Array>(),
    binary: true,
  },
  /** The item's timeline (every change, reply and move), newest first. */
  'rectifications:history': {
    input: z.strictObject({
      id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: out<RectificationHistory>(),
  },
} as const;
