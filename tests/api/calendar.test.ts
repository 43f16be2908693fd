import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileCalendarOverride } from '../../shared/profiles/schema.ts';
import { testApi, type TestApi } from './helpers.ts';

/** A made-up 2027 schedule (test data, not the State Council's). */
const OVERRIDE_2027: ProfileCalendarOverride = {
  year: 2027,
  source: '测试数据：2027年节假日安排',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-08', '2027-02-09'],
  workdays: ['2027-01-31', '2027-02-20'],
};

let api: TestApi;
afterEach(() => api.close());

/** Saves a user copy of Tianjin with the given overrides and makes it the active profile. */
async function activeCopy(calendarOverrides: ProfileCalendarOverride[]): Promise<void> {
  const tianjin = (await api.ok('profiles:get', { id: 'tianjin' })).profile;
  await api.ok('profiles:save', { json: JSON.stringify({ ...tianjin, id: 'mine', name: '本所', calendarOverrides }) });
  await api.ok('profiles:set-active', { id: 'mine' });
}

describe('calendar:coverage', () => {
  it('covers the packaged years for the active profile and looks 60 days ahead', async () => {
    api = await testApi('2025-06-30');
    const coverage = await api.ok('calendar:coverage', {});
    expect(coverage).toMatchObject({
      profile: { id: 'tianjin', source: 'bundled', active: true },
      packaged: { firstYear: 2004, lastYear: 2026 },
      overrides: [],
      today: '2025-06-30',
      horizonDays: 60,
      horizonEnd: '2025-08-29',
      uncoveredAhead: [],
    });
    expect(coverage.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('warns in December when the days ahead reach an uncovered year, until the profile covers it', async () => {
    api = await testApi('2026-12-06');
    expect(await api.ok('calendar:coverage', {})).toMatchObject({ horizonEnd: '2027-02-04', uncoveredAhead: [2027] });

    await activeCopy([OVERRIDE_2027]);
    const covered = await api.ok('calendar:coverage', {});
    expect(covered).toMatchObject({
      profile: { id: 'mine', name: '本所', source: 'user', active: true },
      overrides: [OVERRIDE_2027],
      uncoveredAhead: [],
    });
    expect(covered.years.at(-1)).toBe(2027);
    // Another profile's coverage on request: Tianjin still lacks 2027.
    expect(await api.ok('calendar:coverage', { profileId: 'tianjin' })).toMatchObject({
      profile: { id: 'tianjin', active: false },
      uncoveredAhead: [2027],
    });
  });

  it('refuses an unknown profile and bad input by field', async () => {
    api = await testApi();
    const unknown = await api.call('calendar:coverage', { profileId: 'nowhere' });
    expect(unknown.ok === false && unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'profileId' });
    const empty = await api.call('calendar:coverage', { profileId: '' });
    expect(empty.ok === false && empty.error).toMatchObject({ code: 'VALIDATION', field: 'profileId' });
  });
});

describe('calendar:year', () => {
  it('lists a packaged year’s holidays (weekends inside a holiday period too) and make-up working days', async () => {
    api = await testApi();
    const year = await api.ok('calendar:year', { year: 2026 });
    expect(year).toMatchObject({ year: 2026, covered: true, sources: ['packaged'], overrideSource: null });
    const byDate = new Map(year.days.map((d) => [d.date, d]));
    expect(byDate.get('2026-02-14')).toEqual({
      date: '2026-02-14',
      kind: 'workday',
      nameZh: '春节',
      nameEn: 'Spring Festival',
    });
    expect(byDate.get('2026-02-16')).toMatchObject({ kind: 'holiday', nameZh: '春节' });
    expect(byDate.get('2026-01-03')).toMatchObject({ kind: 'holiday', nameZh: '元旦' }); // a Saturday
    expect(byDate.has('2026-03-02')).toBe(false); // an ordinary Monday
    expect(year.days.map((d) => d.date)).toEqual([...year.days.map((d) => d.date)].sort());
  });

  it('gives nothing for an uncovered year, and the override’s days once the active profile has one', async () => {
    api = await testApi();
    expect(await api.ok('calendar:year', { year: 2027 })).toEqual({
      year: 2027,
      covered: false,
      sources: [],
      overrideSource: null,
      days: [],
    });
    await activeCopy([OVERRIDE_2027]);
    const year = await api.ok('calendar:year', { year: 2027 });
    expect(year).toMatchObject({ covered: true, sources: ['override'], overrideSource: OVERRIDE_2027.source });
    expect(year.days).toEqual([
      { date: '2027-01-01', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-01-02', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-01-03', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-01-31', kind: 'workday', nameZh: null, nameEn: null },
      { date: '2027-02-08', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-02-09', kind: 'holiday', nameZh: '节假日', nameEn: 'Holiday' },
      { date: '2027-02-20', kind: 'workday', nameZh: null, nameEn: null },
    ]);
    // The packaged year keeps its own source; the profile's other years are untouched.
    expect((await api.ok('calendar:year', { year: 2026, profileId: 'mine' })).sources).toEqual(['packaged']);
  });

  it('refuses a year outside 1949–2200 or not a whole number, naming the field', async () => {
    api = await testApi();
    for (const year of [1800, 2201, 2027.5, '2027', null]) {
      const result = await api.call('calendar:year', { year });
      expect(result.ok === false && result.error).toMatchObject({ code: 'VALIDATION', field: 'year' });
    }
    const unknown = await api.call('calendar:year', { year: 2026, profileId: 'nowhere' });
    expect(unknown.ok === false && unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'profileId' });
  });
});

describe('a calendar override saved with profiles:save', () => {
  it('is refused by field when a make-up day is a weekday, and nothing changes', async () => {
    api = await testApi('2026-12-06');
    await activeCopy([]);
    const before = await api.ok('profiles:get', { id: 'mine' });
    const bad = { ...before.profile, calendarOverrides: [{ ...OVERRIDE_2027, workdays: ['2027-02-01'] }] };
    const result = await api.call('profiles:save', { json: JSON.stringify(bad) });
    expect(result.ok === false && result.error).toMatchObject({
      code: 'VALIDATION',
      field: 'calendarOverrides[0].workdays',
    });
    expect((await api.ok('profiles:get', { id: 'mine' })).summary.contentHash).toBe(before.summary.contentHash);
    expect((await api.ok('calendar:coverage', {})).uncoveredAhead).toEqual([2027]);
  });
});
