/**
 * China's working-day calendar: statutory holidays and make-up working days (调休), from the
 * chinese-days data set (2004 to its last published year) plus user overrides for years the
 * package does not cover yet (the State Council publishes next year's schedule in Nov–Dec).
 *
 * chinese-days itself silently treats years after its data as plain weekdays; this module
 * refuses them instead (CALENDAR_NOT_COVERED), because a wrong deadline is worse than none.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { AppError } from '../errors.ts';
import { addDays, weekday, yearOf } from './dates.ts';

export interface CalendarYearOverride {
  year: number;
  /** Days off that would otherwise be working days (holidays, in-lieu days). */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
}

export interface WorkdayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  covers(year: number): boolean;
  isWorkday(date: string): boolean;
  /** The date `n` working days after `date` (the day itself not counted); n ≥ 0. */
  addWorkingDays(date: string, n: number): string;
  /** Working days in (from, to]; 0 when `to` ≤ `from`. */
  workingDaysBetween(from: string, to: string): number;
  /** Holiday name (Chinese) of a day off, if any. */
  holidayName(date: string): string | null;
  /** The days of `year` that are not an ordinary weekday or weekend day, in date order. */
  specialDays(year: number): SpecialDay[];
}

/**
 * A day off on the holiday schedule (which may fall on a weekend inside a holiday period) or a
 * weekend day worked (调休上班). Names are the festival's, when the data gives one.
 */
export interface SpecialDay {
  date: string;
  kind: 'holiday' | 'workday';
  nameZh: string | null;
  nameEn: string | null;
}

interface DayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const packaged = data as unknown as DayData;

function yearsIn(days: Record<string, string>): number[] {
  return [...new Set(Object.keys(days).map(yearOf))];
}

/** The years the packaged data covers (it has holidays in every year it covers). */
export function packagedYears(): { firstYear: number; lastYear: number } {
  const years = yearsIn(packaged.holidays).sort((a, b) => a - b);
  return { firstYear: years[0] ?? 0, lastYear: years[years.length - 1] ?? 0 };
}

/** Entries read `English name,中文名,n`; an override gives no festival names. */
const OVERRIDE_HOLIDAY = 'Holiday,节假日';
const OVERRIDE_WORKDAY = '';

function names(entry: string): { nameZh: string | null; nameEn: string | null } {
  const [en, zh] = entry.split(',');
  return { nameZh: zh || null, nameEn: en || null };
}

export function createWorkdayCalendar(overrides: readonly CalendarYearOverride[] = []): WorkdayCalendar {
  const holidays = new Map<string, string>(Object.entries(packaged.holidays));
  const workdays = new Map<string, string>(Object.entries(packaged.workdays));
  const years = new Set<number>(yearsIn(packaged.holidays));
  for (const o of overrides) {
    for (const d of o.holidays) holidays.set(d, holidays.get(d) ?? OVERRIDE_HOLIDAY);
    for (const d of o.workdays) workdays.set(d, workdays.get(d) ?? OVERRIDE_WORKDAY);
    years.add(o.year);
  }
  const sorted = [...years].sort((a, b) => a - b);
  const firstYear = sorted[0] ?? 0;
  const lastYear = sorted[sorted.length - 1] ?? 0;

  const covers = (year: number) => year >= firstYear && year <= lastYear && years.has(year);
  const require = (date: string) => {
    const year = yearOf(date);
    if (!covers(year)) {
      throw new AppError('CALENDAR_NOT_COVERED', {
        detail: `${year}（已覆盖 ${firstYear}–${lastYear}；可在地区配置中补充该年节假日安排）`,
        field: 'calendar',
        details: { year, firstYear, lastYear },
      });
    }
  };
  const isWorkday = (date: string): boolean => {
    require(date);
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  };
  return {
    firstYear,
    lastYear,
    covers,
    isWorkday,
    addWorkingDays(date, n) {
      let current = date;
      let left = n;
      while (left > 0) {
        current = addDays(current, 1);
        if (isWorkday(current)) left -= 1;
      }
      return current;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkday(d)) count += 1;
      return count;
    },
    holidayName(date) {
      const entry = holidays.get(date);
      return entry === undefined ? null : names(entry).nameZh;
    },
    specialDays(year) {
      const prefix = `${year}-`;
      const days: SpecialDay[] = [];
      for (const [date, entry] of holidays) {
        if (date.startsWith(prefix) && !workdays.has(date)) days.push({ date, kind: 'holiday', ...names(entry) });
      }
      for (const [date, entry] of workdays) {
        if (date.startsWith(prefix)) days.push({ date, kind: 'workday', ...names(entry) });
      }
      return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    },
  };
}
