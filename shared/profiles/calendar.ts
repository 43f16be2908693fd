/** The working-day calendar a profile implies: the packaged holidays plus its overrides. */
import { createWorkdayCalendar } from '../calendar/workdays.ts';
import type { WorkdayCalendar } from '../calendar/workdays.ts';
import type { Profile } from './schema.ts';

export function profileCalendar(profile: Profile): WorkdayCalendar {
  return createWorkdayCalendar(profile.calendarOverrides);
}
