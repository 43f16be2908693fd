/**
 * Rectification items (整改事项): drafted from each deduction and veto of a finalised
 * evaluation in the template's standard wording, issued to the case's unit with a deadline in
 * working days, and followed 待整改 → 整改中 → 已整改 → 已验收.
 *
 * 逾期 (overdue) is computed, never stored: it depends on today, and a stored flag would be
 * wrong by tomorrow. Closure (已验收) is the legal office's approval, recorded with its actor;
 * a unit cannot close its own item.
 */
import type { WorkdayCalendar } from '../calendar/workdays.ts';
import { AppError } from '../errors.ts';

export const RECTIFICATION_STATUSES = ['pending', 'in_progress', 'done', 'accepted'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
/** What a board shows: the stored status, or `overdue` in its place while it is overdue. */
export type RectificationDisplayStatus = RectificationStatus | 'overdue';

export const RECTIFICATION_LABELS: Record<RectificationDisplayStatus, string> = {
  pending: '待整改',
  in_progress: '整改中',
  done: '已整改',
  accepted: '已验收',
  overdue: '逾期',
};

export const DEFAULT_RECTIFICATION_WORKING_DAYS = 15;

/** `approve` is a separate operation (it records the approver); these are the unit-side moves. */
export const RECTIFICATION_ACTIONS = ['start', 'complete', 'reject', 'approve'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

const MOVES: Record<
  RectificationAction,
  { from: readonly RectificationStatus[]; to: RectificationStatus; label: string }
> = {
  start: { from: ['pending'], to: 'in_progress', label: '开始整改' },
  complete: { from: ['pending', 'in_progress'], to: 'done', label: '报告已整改' },
  reject: { from: ['done'], to: 'in_progress', label: '验收不通过' },
  approve: { from: ['done'], to: 'accepted', label: '验收通过' },
};

export interface RectificationState {
  status: RectificationStatus;
  deadline: string;
  /** Date (ISO) the unit reported it done; null while open. */
  doneOn: string | null;
}

export function isOverdue(item: Pick<RectificationState, 'status' | 'deadline'>, today: string): boolean {
  return (item.status === 'pending' || item.status === 'in_progress') && today > item.deadline;
}

export function displayStatus(
  item: Pick<RectificationState, 'status' | 'deadline'>,
  today: string,
): RectificationDisplayStatus {
  return isOverdue(item, today) ? 'overdue' : item.status;
}

/** Reported done after the deadline (for follow-up tables: closed, but late). */
export function completedLate(item: RectificationState): boolean {
  return item.doneOn !== null && item.doneOn > item.deadline;
}

/** Working days past the deadline as of today (0 when not overdue). */
export function workingDaysOverdue(
  item: Pick<RectificationState, 'status' | 'deadline'>,
  today: string,
  calendar: WorkdayCalendar,
): number {
  return isOverdue(item, today) ? calendar.workingDaysBetween(item.deadline, today) : 0;
}

export function rectificationDeadline(issuedOn: string, workingDays: number, calendar: WorkdayCalendar): string {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 120) {
    throw new AppError('VALIDATION', { detail: `整改期限应为 1–120 个工作日：${workingDays}`, field: 'workingDays' });
  }
  return calendar.addWorkingDays(issuedOn, workingDays);
}

export interface RectificationMove {
  from: RectificationStatus;
  to: RectificationStatus;
  reason: string | null;
}

/**
 * Checks a move. Reporting done needs at least one reply from the unit (what was done, with
 * evidence); rejecting needs a reason, which goes back to the unit.
 */
export function planRectificationMove(
  from: RectificationStatus,
  action: RectificationAction,
  options: { reason?: string | null | undefined; replies?: number } = {},
): RectificationMove {
  const move = MOVES[action];
  if (!move.from.includes(from)) {
    throw new AppError(from === 'accepted' ? 'LOCKED' : 'CONFLICT', {
      detail: `「${RECTIFICATION_LABELS[from]}」的整改事项不能「${move.label}」`,
      field: 'action',
      details: { from, action },
    });
  }
  const reason = options.reason?.trim() || null;
  if (action === 'reject' && !reason) {
    throw new AppError('VALIDATION', { detail: '验收不通过须说明理由', field: 'reason' });
  }
  if (action === 'complete' && (options.replies ?? 0) === 0) {
    throw new AppError('VALIDATION', {
      detail: '报告已整改前须先提交整改情况回复（说明和佐证材料）',
      field: 'replies',
    });
  }
  return { from, to: move.to, reason };
}

/** One deduction or veto hit of a finalised evaluation, with the template's texts for it. */
export interface DeductionSource {
  target: 'item' | 'veto';
  itemId: string;
  itemName: string;
  /** Category path, e.g. 程序 / 告知; null for a veto. */
  category: string | null;
  /** Points lost on the item; null for a veto. */
  deducted: number | null;
  findings: readonly string[];
  rectification: string | null;
  /** Formatted law references (《…》第…条), or null. */
  law: string | null;
  /** The reviewer's note on the item, if any. */
  note: string | null;
}

export interface PreviousRectification {
  id: number;
  unit: string;
  templateItemId: string;
  campaignId: number | null;
  /** Orders previous items: the latest one is the one a repeat points at. */
  periodEnd: string;
}

export interface RectificationDraft {
  target: 'item' | 'veto';
  templateItemId: string;
  itemName: string;
  category: string | null;
  deducted: number | null;
  problem: string;
  requirement: string;
  legalBasis: string | null;
  unit: string;
  issuedOn: string;
  workingDays: number;
  deadline: string;
  repeatOf: number | null;
}

function problemText(s: DeductionSource): string {
  const lead = s.target === 'veto' ? `【否决项】${s.itemName}` : s.itemName;
  const detail = s.note?.trim() || s.findings.join('；');
  const points = s.deducted !== null ? `（扣 ${Number(s.deducted.toFixed(2))} 分）` : '';
  return detail ? `${lead}：${detail}${points}` : `${lead}${points}`;
}

export const DEFAULT_REQUIREMENT = '针对上述问题查找原因，完善相关制度和文书，并书面报送整改情况。';

/**
 * Drafts the items of one evaluation. `previous` are earlier campaigns' items; a draft whose
 * unit and template item match one of them is a repeat and points at the latest match.
 */
export function draftRectifications(input: {
  unit: string | null;
  sources: readonly DeductionSource[];
  issuedOn: string;
  workingDays?: number | undefined;
  calendar: WorkdayCalendar;
  previous: readonly PreviousRectification[];
}): RectificationDraft[] {
  const unit = input.unit?.trim();
  if (!unit) {
    throw new AppError('VALIDATION', { detail: '案卷未注明承办单位，无法下发整改事项', field: 'unit' });
  }
  const workingDays = input.workingDays ?? DEFAULT_RECTIFICATION_WORKING_DAYS;
  const deadline = rectificationDeadline(input.issuedOn, workingDays, input.calendar);
  return input.sources.map((s) => {
    const repeat = input.previous
      .filter((p) => p.unit === unit && p.templateItemId === s.itemId)
      .sort((a, b) => (a.periodEnd < b.periodEnd ? 1 : a.periodEnd > b.periodEnd ? -1 : b.id - a.id))[0];
    return {
      target: s.target,
      templateItemId: s.itemId,
      itemName: s.itemName,
      category: s.category,
      deducted: s.deducted,
      problem: problemText(s),
      requirement: s.rectification?.trim() || DEFAULT_REQUIREMENT,
      legalBasis: s.law,
      unit,
      issuedOn: input.issuedOn,
      workingDays,
      deadline,
      repeatOf: repeat?.id ?? null,
    };
  });
}
