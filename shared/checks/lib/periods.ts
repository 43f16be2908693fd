/**
 * Deadline arithmetic shared by the period rules: compute the last allowed day from a start
 * date and a period (calendar days, working days or years), compare the actual date, and
 * phrase the computation so a reviewer can redo it by hand.
 */
import type { WorkdayCalendar } from '../../calendar/workdays.ts';
import { addDays, addYears, diffDays, weekday } from '../../calendar/dates.ts';
import type { DateKey } from '../../domain/bundle.ts';
import type { CheckContext, Computation, RuleOutcome } from '../types.ts';
import { datesEvidence } from './documents.ts';
import { DATE_LABELS, dateEn, dateZh, listZh } from './labels.ts';
import { fail, pass, unknown } from './outcome.ts';

export type PeriodKind = 'calendar' | 'working' | 'years';

export interface Period {
  kind: PeriodKind;
  amount: number;
}

export function periodZh(p: Period): string {
  if (p.kind === 'working') return `${p.amount}个工作日`;
  if (p.kind === 'years') return `${p.amount}年`;
  return `${p.amount}日`;
}

export function periodEn(p: Period): string {
  if (p.kind === 'working') return `${p.amount} working days`;
  if (p.kind === 'years') return `${p.amount} years`;
  return `${p.amount} days`;
}

/** The form used in Computation.rule, e.g. `90 个自然日`. */
function periodRule(p: Period): string {
  if (p.kind === 'working') return `${p.amount} 个工作日`;
  if (p.kind === 'years') return `${p.amount} 年`;
  return `${p.amount} 个自然日`;
}

/** The last day of the period starting after `start` (start itself not counted). */
export function periodEnd(calendar: WorkdayCalendar, start: string, p: Period): string {
  if (p.kind === 'working') return calendar.addWorkingDays(start, p.amount);
  if (p.kind === 'years') return addYears(start, p.amount);
  return addDays(start, p.amount);
}

/** Holidays and make-up working days in (from, to], so that a reason shows why a deadline moved. */
export function calendarNoteZh(calendar: WorkdayCalendar, from: string, to: string): string {
  const names = new Set<string>();
  const makeUp: string[] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const name = calendar.holidayName(d);
    if (name && !calendar.isWorkday(d)) names.add(name);
    const wd = weekday(d);
    if ((wd === 0 || wd === 6) && calendar.isWorkday(d)) makeUp.push(d);
  }
  const parts: string[] = [];
  if (names.size > 0) parts.push(`期间含${listZh([...names])}假期`);
  if (makeUp.length > 0) parts.push(`${listZh(makeUp)}为调休工作日`);
  return parts.length > 0 ? `，${parts.join('，')}` : '';
}

/** Working days in (from, to], or null when the calendar cannot count them (reason stays usable). */
function workingDaysOrNull(calendar: WorkdayCalendar, from: string, to: string): number | null {
  try {
    return calendar.workingDaysBetween(from, to);
  } catch {
    return null;
  }
}

export function computation(
  from: DateKey,
  start: string,
  p: Period,
  deadline: string,
  to?: { key: DateKey; date: string },
): Computation {
  const comp: Computation = {
    start: { event: DATE_LABELS[from].zh, date: start },
    rule: periodRule(p),
    calendar: p.kind === 'working' ? 'working' : 'calendar',
    deadline,
  };
  if (to) {
    comp.actual = { event: DATE_LABELS[to.key].zh, date: to.date };
    if (to.date > deadline) comp.daysOver = diffDays(deadline, to.date);
  }
  return comp;
}

export interface DeadlineSpec {
  from: DateKey;
  /** The event that must happen by the deadline; the first key with a date is used. */
  to: DateKey | readonly DateKey[];
  period: Period;
  /** e.g. `《行政处罚法》第六十条` and `APL art. 60`. */
  lawZh: string;
  lawEn: string;
  /** `法定期限` for statutory periods, `期限` for profile values. */
  termZh?: string;
}

/** `to` ≤ periodEnd(`from`); unknown when either date is missing. */
export function checkDeadline(ctx: CheckContext, spec: DeadlineSpec): RuleOutcome {
  const c = ctx.case;
  const toKeys: readonly DateKey[] = typeof spec.to === 'string' ? [spec.to] : spec.to;
  const start = c.dates[spec.from];
  const toKey = toKeys.find((k) => c.dates[k]);
  const actual = toKey ? c.dates[toKey] : undefined;
  if (!start || !toKey || !actual) {
    const missing = [spec.from, ...toKeys].filter((k) => !c.dates[k]).map((k) => `${DATE_LABELS[k].zh}日期`);
    return unknown(
      `未填写${listZh(missing)}，无法计算期限（${spec.lawZh}）`,
      `Missing date(s); cannot compute (${spec.lawEn})`,
      {
        evidence: datesEvidence(c, [spec.from, ...toKeys]),
      },
    );
  }
  const p = spec.period;
  const term = spec.termZh ?? '法定期限';
  const deadline = periodEnd(ctx.calendar, start, p);
  const ok = actual <= deadline;
  const evidence = datesEvidence(c, [spec.from, toKey]);
  const comp = computation(spec.from, start, p, deadline, { key: toKey, date: actual });
  const head = `${dateZh(spec.from, start)}，${dateZh(toKey, actual)}`;
  const headEn = `${dateEn(spec.from, start)}, ${dateEn(toKey, actual)}`;
  let zh: string;
  let en: string;
  if (p.kind === 'years') {
    zh = `${head}，${ok ? '未超过' : '超过'}${periodZh(p)}${term}（届满日${deadline}）`;
    en = `${headEn}: ${ok ? 'within' : 'beyond'} ${periodEn(p)} (last day ${deadline})`;
  } else if (p.kind === 'working') {
    const elapsed = actual > start ? workingDaysOrNull(ctx.calendar, start, actual) : 0;
    const gap = elapsed === null ? '' : `，间隔${elapsed}个工作日`;
    const note = calendarNoteZh(ctx.calendar, start, deadline);
    zh = `${head}${gap}，${ok ? '未超过' : '超过'}${periodZh(p)}${term}（届满日${deadline}${note}）`;
    en = `${headEn}: ${ok ? 'within' : 'beyond'} ${periodEn(p)} (last day ${deadline})`;
  } else {
    const elapsed = diffDays(start, actual);
    zh = `${head}，间隔${elapsed}日，${ok ? '未超过' : '超过'}${periodZh(p)}${term}`;
    en = `${headEn}: ${elapsed} days apart, ${ok ? 'within' : 'more than'} the ${periodEn(p)} limit (last day ${deadline})`;
  }
  zh += `（${spec.lawZh}）`;
  en += ` (${spec.lawEn})`;
  return ok ? pass(zh, en, { evidence, computation: comp }) : fail(zh, en, { evidence, computation: comp });
}

/**
 * The latest date d with at least `n` working days in (d, end] — the last day a notice could
 * be served for an event on `end` (APL 64: hearing notice 7 days before).
 */
export function latestStartBefore(calendar: WorkdayCalendar, end: string, n: number): string {
  let d = end;
  let count = 0;
  while (count < n) {
    if (calendar.isWorkday(d)) count += 1;
    d = addDays(d, -1);
  }
  return d;
}
