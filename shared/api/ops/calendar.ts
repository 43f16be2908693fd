/**
 * Operations of the working-day calendar: coverage (packaged years plus the profile's overrides,
 * and any uncovered year in the days ahead) and one year's special days for the month grid.
 * Overrides are written with `profiles:save` — they are part of the profile.
 */
import { z } from 'zod';
import type { CalendarCoverage, CalendarYear } from '../calendarTypes.ts';
import { out } from './common.ts';

/** Omitted: the active profile. */
const profileId = z.string().min(1).max(64).optional();

export const calendarOps = {
  'calendar:coverage': { input: z.strictObject({ profileId }), output: out<CalendarCoverage>() },
  'calendar:year': {
    input: z.strictObject({ year: z.number().int().min(1949).max(2200), profileId }),
    output: out<CalendarYear>(),
  },
} as const;
