/**
 * Output types of the holiday-calendar operations (shared/api/ops/calendar.ts): which years the
 * working-day calendar covers for a profile, and one year's holidays and 调休 working days.
 * Re-exported from types.ts.
 */
import type { SpecialDay } from '../calendar/workdays.ts';
import type { ProfileCalendarOverride } from '../profiles/schema.ts';
import type { ResourceSource } from './evaluationTypes.ts';

export type { SpecialDay } from '../calendar/workdays.ts';

export interface CalendarProfileRef {
  id: string;
  name: string;
  source: ResourceSource;
  active: boolean;
}

export interface CalendarCoverage {
  /** The profile whose overrides count (the active one unless another was asked for). */
  profile: CalendarProfileRef;
  /** The years of the packaged holiday data (chinese-days). */
  packaged: { firstYear: number; lastYear: number };
  /** The profile's `calendarOverrides`, by year. */
  overrides: ProfileCalendarOverride[];
  /** Every covered year, ascending. */
  years: number[];
  today: string;
  horizonDays: number;
  /** today + horizonDays. */
  horizonEnd: string;
  /** Years from today to horizonEnd that are not covered: deadlines there are refused. */
  uncoveredAhead: number[];
}

export interface CalendarYear {
  year: number;
  covered: boolean;
  /** Where the year's schedule comes from; both when an override adds to packaged data. */
  sources: ('packaged' | 'override')[];
  /** The override's notice, when the profile has one for this year. */
  overrideSource: string | null;
  /** Holidays (also those on weekends inside a holiday period) and weekend days worked. */
  days: SpecialDay[];
}
