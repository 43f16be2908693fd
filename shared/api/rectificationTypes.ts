/**
 * Output types of the rectification operations (shared/api/ops/rectifications.ts).
 * Re-exported from types.ts.
 *
 * An item is drafted (not yet issued: `displayStatus` `draft`), then issued to its unit with a
 * deadline in working days and followed 待整改 → 整改中 → 已整改 → 已验收; `overdue` (逾期) is
 * computed from today and the holiday calendar, never stored.
 */
import type { RectificationDisplayStatus, RectificationStatus } from '../campaigns/rectification.ts';

export type { RectificationAction, RectificationStatus } from '../campaigns/rectification.ts';

/** The board's status: `draft` until issued, then the stored status or `overdue` in its place. */
export type RectificationBoardStatus = RectificationDisplayStatus | 'draft';
export type { RectificationDisplayStatus } from '../campaigns/rectification.ts';

export interface RectificationRepeatRef {
  id: number;
  campaignId: number;
  campaignTitle: string;
  caseNumber: string;
  status: RectificationStatus;
  issuedOn: string | null;
}

export interface RectificationView {
  id: number;
  campaignId: number;
  campaignTitle: string;
  evaluationId: number;
  caseId: number;
  caseNumber: string;
  unit: string;
  target: 'item' | 'veto';
  templateId: string;
  itemId: string;
  itemName: string;
  category: string | null;
  /** Points lost on the item; null for a veto. */
  deducted: number | null;
  /** 存在问题, 整改要求, 法律依据: drafted from the standard's wording, editable until issued. */
  problem: string;
  requirement: string;
  legalBasis: string | null;
  workingDays: number;
  status: RectificationStatus;
  displayStatus: RectificationBoardStatus;
  issuedOn: string | null;
  deadline: string | null;
  /** Working days past the deadline as of today (0 unless overdue; null when the calendar does not cover today). */
  workingDaysOverdue: number | null;
  doneOn: string | null;
  /** Reported done after the deadline. */
  completedLate: boolean;
  acceptedOn: string | null;
  acceptedBy: string | null;
  /** The same unit and standard item had an item in the previous campaign (重复发生). */
  repeatOf: RectificationRepeatRef | null;
  replies: number;
  attachments: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface RectificationListResult {
  total: number;
  rows: RectificationView[];
  /** Items per board status under the filters other than `status` (the board's column counts). */
  counts: Record<RectificationBoardStatus, number>;
}

export interface AttachmentView {
  id: number;
  replyId: number;
  fileName: string;
  size: number;
  mime: string;
  sha256: string;
}

export interface ReplyView {
  id: number;
  rectificationId: number;
  text: string;
  at: string;
  by: string;
  attachments: AttachmentView[];
}

export interface RectificationEventView {
  id: number;
  rectificationId: number;
  at: string;
  actor: string;
  /** draft, update, issue, start, complete, reject, approve, reply, redraft. */
  action: string;
  fromStatus: RectificationStatus | null;
  toStatus: RectificationStatus | null;
  reason: string | null;
  replyId: number | null;
  /** What changed (update: the fields before and after; issue: date, days, deadline). */
  detail: unknown;
}

export interface RectificationDetail {
  item: RectificationView;
  replies: ReplyView[];
  /** Newest first. */
  events: RectificationEventView[];
}

export interface RectificationDraftResult {
  campaignId: number;
  created: RectificationView[];
  /** Items that were already drafted for the same deduction and were left as they were. */
  existing: number;
  /** Unissued drafts whose deduction no longer exists (the evaluation was reopened and changed). */
  removed: number;
  repeats: number;
  /** Finalised evaluations that gave no items, and drawn cases not finalised yet. */
  skipped: { evaluationId: number; caseNumber: string; reason: string }[];
}

export interface RectificationIssueResult {
  issuedOn: string;
  items: RectificationView[];
}

export interface RectificationReplyResult {
  item: RectificationView;
  reply: ReplyView;
}

export interface RectificationHistory {
  total: number;
  rows: RectificationEventView[];
}
