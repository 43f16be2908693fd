/** Handlers: the working-day calendar as a profile sees it (coverage and one year's special days). */
import type { CalendarProfileRef } from '../../shared/api/calendarTypes.ts';
import type { ProfileDetail } from '../../shared/api/evaluationTypes.ts';
import { calendarCoverage, COVERAGE_HORIZON_DAYS } from '../../shared/calendar/coverage.ts';
import { packagedYears } from '../../shared/calendar/workdays.ts';
import { AppError } from '../../shared/errors.ts';
import { profileCalendar } from '../../shared/profiles/calendar.ts';
import type { Db } from '../store/db.ts';
import { activeProfileId, getProfile } from '../store/queries/profiles.ts';
import type { HandlerMap } from './registry.ts';

/** The named profile, else the active one. */
function profileFor(db: Db, profileId: string | undefined): ProfileDetail {
  const id = profileId ?? activeProfileId(db);
  if (id === null) {
    throw new AppError('NOT_FOUND', { detail: '工作区没有地区配置 / no region profile', field: 'profileId' });
  }
  return getProfile(db, id, 'profileId');
}

function refOf(detail: ProfileDetail): CalendarProfileRef {
  const { id, name, source, active } = detail.summary;
  return { id, name, source, active };
}

export const calendarHandlers = {
  'calendar:coverage': (ctx, input) => {
    const detail = profileFor(ctx.ws.db, input.profileId);
    const overrides = [...detail.profile.calendarOverrides].sort((a, b) => a.year - b.year);
    const coverage = calendarCoverage(overrides, ctx.today());
    return {
      profile: refOf(detail),
      packaged: coverage.packaged,
      overrides,
      years: coverage.years,
      today: coverage.today,
      horizonDays: COVERAGE_HORIZON_DAYS,
      horizonEnd: coverage.horizonEnd,
      uncoveredAhead: coverage.uncoveredAhead,
    };
  },
  'calendar:year': (ctx, input) => {
    const { profile } = profileFor(ctx.ws.db, input.profileId);
    const calendar = profileCalendar(profile);
    const override = profile.calendarOverrides.find((o) => o.year === input.year);
    const packaged = packagedYears();
    const inPackage = input.year >= packaged.firstYear && input.year <= packaged.lastYear;
    const covered = calendar.covers(input.year);
    return {
      year: input.year,
      covered,
      sources: [...(inPackage ? (['packaged'] as const) : []), ...(override ? (['override'] as const) : [])],
      overrideSource: override?.source ?? null,
      days: covered ? calendar.specialDays(input.year) : [],
    };
  },
} satisfies Partial<HandlerMap>;
