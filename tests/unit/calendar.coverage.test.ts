import { describe, expect, it } from 'vitest';
import { calendarCoverage } from '../../shared/calendar/coverage.ts';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';

const override = (year: number) => ({ year, holidays: [`${year}-01-01`], workdays: [] });

describe('calendarCoverage', () => {
  it('sees nothing to warn about while the next 60 days stay in covered years', () => {
    expect(calendarCoverage([], '2026-10-01')).toMatchObject({
      packaged: { firstYear: 2004, lastYear: 2026 },
      horizonEnd: '2026-11-30',
      uncoveredAhead: [],
      overrideYears: [],
    });
  });

  it('names the uncovered year the next 60 days reach, and every uncovered year when today is past the data', () => {
    expect(calendarCoverage([], '2026-11-01')).toMatchObject({ horizonEnd: '2026-12-31', uncoveredAhead: [] });
    expect(calendarCoverage([], '2026-11-02')).toMatchObject({ horizonEnd: '2027-01-01', uncoveredAhead: [2027] });
    expect(calendarCoverage([], '2027-12-15').uncoveredAhead).toEqual([2027, 2028]);
  });

  it('counts an override year as covered, but not the gap before it', () => {
    const later = calendarCoverage([override(2028)], '2026-12-06');
    expect(later.years).toContain(2028);
    expect(later.years).not.toContain(2027);
    expect(later.uncoveredAhead).toEqual([2027]);
    expect(later.overrideYears).toEqual([2028]);
    expect(calendarCoverage([override(2027)], '2026-12-06').uncoveredAhead).toEqual([]);
  });
});

describe('specialDays', () => {
  it('lists a year’s holidays and weekend working days in date order, and nothing for another year', () => {
    const calendar = createWorkdayCalendar([{ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-31'] }]);
    expect(calendar.specialDays(2027)).toEqual([
      { date: '2027-01-01', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-01-31', kind: 'workday', nameZh: null, nameEn: null },
    ]);
    // 2025: National Day and the Mid-autumn Festival (10-06) share one holiday period.
    const national = calendar.specialDays(2025).filter((d) => d.date >= '2025-09-28' && d.date <= '2025-10-11');
    expect(national.map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2025-09-28:workday',
      '2025-10-01:holiday',
      '2025-10-02:holiday',
      '2025-10-03:holiday',
      '2025-10-04:holiday',
      '2025-10-05:holiday',
      '2025-10-06:holiday',
      '2025-10-07:holiday',
      '2025-10-08:holiday',
      '2025-10-11:workday',
    ]);
    expect(calendar.specialDays(2030)).toEqual([]);
  });
});
