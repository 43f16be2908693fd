import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { localIsoDate, weekday } from '../../shared/calendar/dates.ts';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import { AppError } from '../../shared/errors.ts';
import { profileCalendar } from '../../shared/profiles/calendar.ts';
import { parseProfile } from '../../shared/profiles/parse.ts';
import type { ProfileInput } from '../../shared/profiles/schema.ts';

const calendar = createWorkdayCalendar();

/** Make-up working days (weekend days worked) and holidays per year, from the State Council notices. */
const KNOWN: Record<number, { workdays: string[]; holidays: string[] }> = {
  2021: { workdays: ['2021-02-07', '2021-02-20', '2021-10-09'], holidays: ['2021-02-12', '2021-02-17', '2021-10-05'] },
  2022: { workdays: ['2022-01-29', '2022-01-30', '2022-10-08'], holidays: ['2022-02-01', '2022-10-07', '2022-12-31'] },
  2023: { workdays: ['2023-01-28', '2023-04-23', '2023-06-25'], holidays: ['2023-01-23', '2023-06-23', '2023-10-06'] },
  2024: { workdays: ['2024-02-04', '2024-02-18', '2024-10-12'], holidays: ['2024-02-12', '2024-02-16', '2024-10-07'] },
  2025: {
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    holidays: ['2025-01-28', '2025-02-04', '2025-10-08'],
  },
  2026: { workdays: ['2026-01-04', '2026-02-14', '2026-02-28'], holidays: ['2026-02-16', '2026-02-20', '2026-02-23'] },
};

function calendarError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected CALENDAR_NOT_COVERED');
}

describe('the expectations come from the packaged data', () => {
  // Guards against expectations typed from memory: each one must be in chinese-days' own file.
  const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  it.each(Object.entries(KNOWN))('%s', (_year, known) => {
    for (const d of known.workdays) expect(data.workdays[d], d).toBeDefined();
    for (const d of known.holidays) expect(data.holidays[d], d).toBeDefined();
  });
});

describe.each(Object.entries(KNOWN))('year %s', (_year, known) => {
  it('make-up weekend days are working days', () => {
    for (const d of known.workdays) {
      expect([0, 6], d).toContain(weekday(d));
      expect(calendar.isWorkday(d), d).toBe(true);
    }
  });
  it('holidays are days off and carry their name', () => {
    for (const d of known.holidays) {
      expect(calendar.isWorkday(d), d).toBe(false);
      expect(calendar.holidayName(d), d).toMatch(/元旦|春节|清明|劳动节|端午|中秋|国庆/);
    }
  });
});

describe('named days', () => {
  it('knows the festival of each day off', () => {
    expect(calendar.holidayName('2025-10-08')).toBe('国庆节');
    expect(calendar.holidayName('2026-02-20')).toBe('春节');
    expect(calendar.holidayName('2025-10-09')).toBeNull();
  });
  it('treats ordinary weekends as days off and ordinary weekdays as working days', () => {
    expect(calendar.isWorkday('2025-03-08')).toBe(false); // Saturday
    expect(calendar.isWorkday('2025-03-10')).toBe(true); // Monday
  });
});

describe('addWorkingDays', () => {
  it('crosses the 2025 Spring Festival, counting the Sunday make-up day', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(calendar.addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
  });
  it('crosses the 2025 National Day and Mid-Autumn holiday', () => {
    expect(calendar.addWorkingDays('2025-09-30', 7)).toBe('2025-10-16');
  });
  it('crosses the 2024 National Day and the 2026 Spring Festival', () => {
    expect(calendar.addWorkingDays('2024-09-30', 3)).toBe('2024-10-10');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
  });
  it('returns the day itself for n = 0', () => {
    expect(calendar.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to] over holidays', () => {
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-16')).toBe(7);
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-05')).toBe(3);
  });
  it('is 0 for the same or an earlier day', () => {
    expect(calendar.workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-03')).toBe(0);
  });
  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2021-02-05', '2022-09-30', '2023-01-20', '2024-02-08', '2025-04-30', '2026-02-12']) {
      for (const n of [1, 3, 5, 7, 15]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)), `${start}+${n}`).toBe(n);
      }
    }
  });
});

describe('years outside the data', () => {
  it.each([
    ['2027', '2027-01-04'],
    ['2003', '2003-06-02'],
  ])('refuses %s with CALENDAR_NOT_COVERED naming the year', (year, date) => {
    const err = calendarError(() => calendar.isWorkday(date));
    expect(err.code).toBe('CALENDAR_NOT_COVERED');
    expect(err.message).toContain(year);
    expect(err.message).toContain('节假日数据未覆盖');
  });
  it('refuses a count that runs into 2027', () => {
    const err = calendarError(() => calendar.addWorkingDays('2026-12-30', 3));
    expect(err.code).toBe('CALENDAR_NOT_COVERED');
    expect(err.message).toContain('2027');
  });
  it('computes 2027 once a profile supplies its schedule', () => {
    const input = JSON.parse(
      readFileSync(new URL('../../resources/profiles/tianjin.json', import.meta.url), 'utf8'),
    ) as ProfileInput;
    input.calendarOverrides = [
      { year: 2027, holidays: ['2027-01-01'], workdays: [], source: '测试用：假设的2027年安排' },
    ];
    const withOverride = profileCalendar(parseProfile(input));
    expect(withOverride.isWorkday('2027-01-01')).toBe(false); // a Friday made a holiday
    expect(withOverride.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(withOverride.workingDaysBetween('2026-12-30', '2027-01-05')).toBe(3);
  });
});

describe('localIsoDate', () => {
  it('is the date on the local wall clock, whatever the UTC date', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      // 2026-03-02 07:30 in Tianjin is 2026-03-01 23:30 UTC.
      const morning = new Date(2026, 2, 2, 7, 30);
      expect(morning.toISOString().slice(0, 10)).toBe('2026-03-01');
      expect(localIsoDate(morning)).toBe('2026-03-02');
      expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
