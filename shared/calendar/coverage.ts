/**
 * Which years the working-day calendar covers — the packaged data plus a profile's overrides —
 * and whether the days ahead leave it. Deadlines issued today reach weeks ahead (a 15-working-day
 * rectification deadline issued in December ends in January), so the settings page warns while
 * there is still time to add next year's schedule.
 */
import { addDays, yearOf } from './dates.ts';
import { createWorkdayCalendar, packagedYears, type CalendarYearOverride } from './workdays.ts';

/** How far ahead the coverage warning looks: long enough for any deadline a reviewer sets. */
export const COVERAGE_HORIZON_DAYS = 60;

export interface CoverageSummary {
  packaged: { firstYear: number; lastYear: number };
  /** Every year the calendar covers, ascending. */
  years: number[];
  /** Years with an override (which may also be packaged: the override adds to the data). */
  overrideYears: number[];
  today: string;
  /** The last day the warning looks at: today + COVERAGE_HORIZON_DAYS. */
  horizonEnd: string;
  /** Years between today and horizonEnd (both included) that are not covered. */
  uncoveredAhead: number[];
}

export function calendarCoverage(overrides: readonly CalendarYearOverride[], today: string): CoverageSummary {
  const calendar = createWorkdayCalendar(overrides);
  const years: number[] = [];
  for (let y = calendar.firstYear; y <= calendar.lastYear; y++) if (calendar.covers(y)) years.push(y);
  const horizonEnd = addDays(today, COVERAGE_HORIZON_DAYS);
  const uncoveredAhead: number[] = [];
  for (let y = yearOf(today); y <= yearOf(horizonEnd); y++) if (!calendar.covers(y)) uncoveredAhead.push(y);
  return {
    packaged: packagedYears(),
    years,
    overrideYears: [...new Set(overrides.map((o) => o.year))].sort((a, b) => a - b),
    today,
    horizonEnd,
    uncoveredAhead,
  };
}
