/**
 * The evaluation status machine: 未开始 → 评查中 → 已提交 → 已复核 → 已定稿.
 *
 * `return` sends a submitted or reviewed evaluation back to its reviewer and `reopen` unlocks
 * a finalised one; both need a reason, because they undo a sign-off that others may already
 * rely on (a report, a rectification notice). Finalising needs the content hash of what is
 * being locked; the store computes it (sha256 over canonicalJson) and keeps it beside the lock.
 */
import type { EvaluationStatus } from '../api/types.ts';
import { AppError } from '../errors.ts';
import { isSha256Hex } from './canonical.ts';

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  not_started: '未开始',
  in_progress: '评查中',
  submitted: '已提交',
  reviewed: '已复核',
  finalized: '已定稿',
};

export const STATUS_ACTIONS = ['start', 'submit', 'return', 'review', 'finalize', 'reopen'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

interface TransitionRule {
  from: readonly EvaluationStatus[];
  to: EvaluationStatus;
  needsReason: boolean;
  label: string;
}

export const TRANSITIONS: Record<StatusAction, TransitionRule> = {
  start: { from: ['not_started'], to: 'in_progress', needsReason: false, label: '开始评查' },
  submit: { from: ['in_progress'], to: 'submitted', needsReason: false, label: '提交' },
  return: { from: ['submitted', 'reviewed'], to: 'in_progress', needsReason: true, label: '退回修改' },
  review: { from: ['submitted'], to: 'reviewed', needsReason: false, label: '复核' },
  finalize: { from: ['reviewed'], to: 'finalized', needsReason: false, label: '定稿' },
  reopen: { from: ['finalized'], to: 'in_progress', needsReason: true, label: '重新打开' },
};

export interface TransitionPlan {
  action: StatusAction;
  from: EvaluationStatus;
  to: EvaluationStatus;
  reason: string | null;
  contentHash: string | null;
}

export interface TransitionOptions {
  reason?: string | null | undefined;
  /** finalize only: sha256 (hex) of the canonical JSON of the evaluation. */
  contentHash?: string | null | undefined;
  /** submit only: items still unreviewed; submitting is refused while any are left. */
  unreviewed?: readonly string[] | undefined;
}

/** Finalised evaluations are read-only until reopened with a reason. */
export function assertEditable(status: EvaluationStatus, what = 'evaluation'): void {
  if (status === 'finalized') {
    throw new AppError('LOCKED', { detail: `${what} 已定稿`, field: 'status', details: { status } });
  }
}

export function allowedActions(status: EvaluationStatus): StatusAction[] {
  return STATUS_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

export function planTransition(
  from: EvaluationStatus,
  action: StatusAction,
  options: TransitionOptions = {},
): TransitionPlan {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    if (from === 'finalized') assertEditable(from);
    throw new AppError('CONFLICT', {
      detail: `「${STATUS_LABELS[from]}」的评查不能「${rule.label}」（可执行：${allowedActions(from)
        .map((a) => TRANSITIONS[a].label)
        .join('、')}）`,
      field: 'action',
      details: { from, action, allowed: allowedActions(from) },
    });
  }
  const reason = options.reason?.trim() || null;
  if (rule.needsReason && !reason) {
    throw new AppError('VALIDATION', { detail: `「${rule.label}」须说明理由`, field: 'reason' });
  }
  if (action === 'submit' && options.unreviewed && options.unreviewed.length > 0) {
    throw new AppError('VALIDATION', {
      detail: `尚有 ${options.unreviewed.length} 项未评：${options.unreviewed.slice(0, 10).join('、')}`,
      field: 'items',
      details: { unreviewed: options.unreviewed },
    });
  }
  const contentHash = options.contentHash ?? null;
  if (action === 'finalize' && (contentHash === null || !isSha256Hex(contentHash))) {
    throw new AppError('VALIDATION', { detail: '定稿须附内容哈希（sha256）', field: 'contentHash' });
  }
  return { action, from, to: rule.to, reason, contentHash: action === 'finalize' ? contentHash : null };
}
