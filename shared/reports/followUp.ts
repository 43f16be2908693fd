/**
 * 上期整改落实情况: how the previous campaign's rectification items stand on the report date,
 * and which of this campaign's items repeat them. Overdue is reckoned in working days with the
 * holiday calendar as of the report date (never stored: it depends on the date), exactly as
 * the rectification board reckons it for today.
 */
import type { WorkdayCalendar } from '../calendar/workdays.ts';
import { isOverdue, workingDaysOverdue, type RectificationStatus } from '../campaigns/rectification.ts';
import type { FollowUp } from './model.ts';

/** An issued item of the previous campaign, as the store keeps it. */
export interface PreviousItem {
  unit: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  problem: string;
  status: RectificationStatus;
  deadline: string;
}

/** An item of this campaign that repeats one of the previous campaign. */
export interface RepeatItem {
  unit: string;
  itemId: string;
  itemName: string;
}

type Counts = { total: number; accepted: number; rectified: number; inProgress: number; overdue: number };

function zero(): Counts {
  return { total: 0, accepted: 0, rectified: 0, inProgress: 0, overdue: 0 };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function followUpOf(input: {
  previous: FollowUp['previous'];
  items: readonly PreviousItem[];
  repeats: readonly RepeatItem[];
  asOf: string;
  calendar: WorkdayCalendar;
}): FollowUp {
  const totals = zero();
  const byUnit = new Map<string, Counts>();
  const overdueItems: FollowUp['overdueItems'] = [];
  for (const item of input.items) {
    const unit = byUnit.get(item.unit) ?? zero();
    byUnit.set(item.unit, unit);
    // Reported done counts as 已整改 even when late; only open items can be overdue.
    const key: keyof Counts =
      item.status === 'accepted'
        ? 'accepted'
        : item.status === 'done'
          ? 'rectified'
          : isOverdue(item, input.asOf)
            ? 'overdue'
            : 'inProgress';
    for (const c of [totals, unit]) {
      c.total += 1;
      c[key] += 1;
    }
    if (key === 'overdue') {
      overdueItems.push({
        unit: item.unit,
        caseNumber: item.caseNumber,
        problem: item.problem,
        deadline: item.deadline,
        workingDaysOverdue: workingDaysOverdue(item, input.asOf, input.calendar),
      });
    }
  }
  const repeated = new Map<string, FollowUp['repeated'][number]>();
  for (const r of input.repeats) {
    const key = JSON.stringify([r.unit, r.itemId]);
    const row = repeated.get(key) ?? { unit: r.unit, itemId: r.itemId, itemName: r.itemName, count: 0 };
    row.count += 1;
    repeated.set(key, row);
  }
  return {
    previous: input.previous,
    checkedOn: input.asOf,
    ...totals,
    byUnit: [...byUnit.entries()].sort(([a], [b]) => compareText(a, b)).map(([unit, counts]) => ({ unit, ...counts })),
    overdueItems: overdueItems.sort((a, b) => compareText(a.unit, b.unit) || compareText(a.caseNumber, b.caseNumber)),
    repeated: [...repeated.values()].sort(
      (a, b) => b.count - a.count || compareText(a.unit, b.unit) || compareText(a.itemId, b.itemId),
    ),
  };
}
