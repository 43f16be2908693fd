import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { profileCalendar } from '../../shared/profiles/calendar.ts';
import { parseProfile, safeParseProfile } from '../../shared/profiles/parse.ts';
import type { ProfileInput } from '../../shared/profiles/schema.ts';
import { hearingThresholdAt, hearingThresholdFor, listAssumptions } from '../../shared/profiles/values.ts';

function readProfileText(name: string): string {
  return readFileSync(new URL(`../../resources/profiles/${name}.json`, import.meta.url), 'utf8');
}

function tianjinInput(): ProfileInput {
  return JSON.parse(readProfileText('tianjin')) as ProfileInput;
}

function issuesOf(input: unknown) {
  const result = safeParseProfile(input);
  if (result.ok) throw new Error('expected the profile to be refused');
  return result.issues;
}

describe('resources/profiles/tianjin.json', () => {
  const profile = parseProfile(readProfileText('tianjin'), 'tianjin.json');

  it('holds the README table values', () => {
    const t = hearingThresholdAt(profile, '2025-06-01');
    expect([t.individual, t.individual_business, t.organization]).toEqual([5000, 50000, 50000]);
    expect(profile.statementPeriodWorkingDays.value).toBe(3);
    expect(profile.hearingRequestPeriodWorkingDays.value).toBe(5);
    expect(profile.filingDeadlineWorkingDays.value).toBe(15);
    expect(profile.publicationDeadlineWorkingDays.value).toBe(7);
    expect(profile.simpleProcedureRequiresTwoOfficers.value).toBe(true);
    expect(profile.legalReviewScope.value).toBe('art58');
    expect(profile.compulsoryMeasureMaxDays.value).toBe(30);
    expect(profile.limitationYears.value).toBe(2);
    expect(profile.calendarOverrides).toEqual([]);
  });

  it('marks exactly the starred README values as assumed, each with a Chinese note', () => {
    const assumed = listAssumptions(profile);
    expect(assumed.map((a) => a.path)).toEqual([
      'hearingThresholds[0]',
      'statementPeriodWorkingDays',
      'filingDeadlineWorkingDays',
      'simpleProcedureRequiresTwoOfficers',
      'legalReviewScope',
      'documentOrder',
    ]);
    for (const a of assumed) expect(a.note).toMatch(/[\u4e00-\u9fff]/);
    expect(assumed[0]?.note).toContain('请核实');
  });

  it('orders documents as DOCUMENT_TYPES with cover/index first and the filing note last', () => {
    const order = profile.documentOrder.value;
    expect(order.slice(0, 2)).toEqual(['cover', 'index']);
    expect(order[order.length - 1]).toBe('filing_note');
    expect(order).not.toContain('media');
  });
});

describe('resources/profiles/national.json', () => {
  it('parses and keeps statutory values unassumed', () => {
    const profile = parseProfile(readProfileText('national'));
    expect(profile.id).toBe('national');
    expect(profile.hearingRequestPeriodWorkingDays).toMatchObject({ value: 5, assumed: false });
    expect(profile.limitationYears).toMatchObject({ value: 2, assumed: false });
    expect(profile.hearingThresholds[0]?.assumed).toBe(true);
  });
});

describe('parseProfile errors name the JSON path', () => {
  it('reports a bad number inside the thresholds', () => {
    const input = tianjinInput();
    const [first] = input.hearingThresholds;
    if (!first) throw new Error('fixture');
    first.organization = -5;
    expect(issuesOf(input).map((i) => i.path)).toEqual(['hearingThresholds[0].organization']);
  });

  it('reports a misspelt key at the key', () => {
    const input = { ...tianjinInput(), statmentPeriod: 3 };
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: 'statmentPeriod' })]);
  });

  it('requires a note on an assumed value', () => {
    const input = tianjinInput();
    input.filingDeadlineWorkingDays = { value: 10, assumed: true };
    expect(issuesOf(input).map((i) => i.path)).toEqual(['filingDeadlineWorkingDays.note']);
  });

  it('refuses unknown or repeated document types', () => {
    const input = tianjinInput();
    input.documentOrder.value = ['cover', 'cover'];
    expect(issuesOf(input).map((i) => i.path)).toEqual(['documentOrder.value']);
    const unknownType = tianjinInput();
    unknownType.documentOrder.value = ['cover', 'receipt' as 'cover'];
    expect(issuesOf(unknownType).map((i) => i.path)).toEqual(['documentOrder.value[1]']);
  });

  it('checks calendar overrides: dates in the year, workdays on weekends, one per year', () => {
    const input = tianjinInput();
    input.calendarOverrides = [
      { year: 2027, holidays: ['2026-12-31'], workdays: ['2027-01-05'] },
      { year: 2027, holidays: [], workdays: [] },
    ];
    expect(issuesOf(input).map((i) => i.path)).toEqual([
      'calendarOverrides[0].holidays',
      'calendarOverrides[0].workdays',
      'calendarOverrides',
    ]);
  });

  it('says what is wrong with a value in Chinese and English, for the form that edits it', () => {
    const input = tianjinInput() as unknown as Record<string, Record<string, unknown>>;
    input.statementPeriodWorkingDays!.value = 0;
    input.filingDeadlineWorkingDays!.value = 2.5;
    input.publicationDeadlineWorkingDays!.value = '七';
    delete input.limitationYears!.value;
    (input.hearingThresholds as unknown as Record<string, unknown>[])[0]!.effectiveFrom = '2021-13-01';
    input.name = '' as never;
    expect(issuesOf(input)).toEqual([
      { path: 'name', message: '不能为空 / must not be empty' },
      {
        path: 'hearingThresholds[0].effectiveFrom',
        message: '须为 YYYY-MM-DD 格式的有效日期 / must be a date written YYYY-MM-DD',
      },
      { path: 'statementPeriodWorkingDays.value', message: '须不小于 1 / must be at least 1' },
      { path: 'filingDeadlineWorkingDays.value', message: '须为整数 / must be a whole number' },
      { path: 'publicationDeadlineWorkingDays.value', message: '须为数字 / must be a number' },
      { path: 'limitationYears.value', message: '缺少此项 / required' },
    ]);
  });

  it('refuses invalid JSON text and a wrong format tag', () => {
    expect(issuesOf('{"format":')).toEqual([{ path: '(root)', message: expect.stringContaining('JSON') }]);
    expect(issuesOf({ ...tianjinInput(), format: 'pingcha-profile/9' }).map((i) => i.path)).toEqual(['format']);
  });

  it('throws AppError VALIDATION with the file and the first path', () => {
    const input = tianjinInput();
    input.limitationYears = { value: 0 };
    let caught: unknown;
    try {
      parseProfile(input, 'my-region.json');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const data = (caught as AppError).toData();
    expect(data).toMatchObject({ code: 'VALIDATION', file: 'my-region.json', field: 'limitationYears.value' });
    expect(data.message).toContain('limitationYears.value');
  });
});

describe('profile values', () => {
  const input = tianjinInput();
  input.hearingThresholds = [
    { effectiveFrom: '2024-01-01', individual: 10000, individual_business: 10000, organization: 100000 },
    { effectiveFrom: '2021-07-15', individual: 5000, individual_business: 50000, organization: 50000 },
  ];
  const profile = parseProfile(input);

  it('picks the hearing threshold in force on the date', () => {
    expect(hearingThresholdFor(profile, 'individual', '2023-12-31')).toBe(5000);
    expect(hearingThresholdFor(profile, 'individual', '2024-01-01')).toBe(10000);
    expect(hearingThresholdFor(profile, 'organization', '2025-05-05')).toBe(100000);
    // Before every entry: the earliest known; no date: the latest.
    expect(hearingThresholdFor(profile, 'individual_business', '2019-01-01')).toBe(50000);
    expect(hearingThresholdFor(profile, 'individual_business', null)).toBe(10000);
  });

  it('builds a calendar that uses the overrides', () => {
    const withOverride = tianjinInput();
    withOverride.calendarOverrides = [{ year: 2027, holidays: ['2027-01-01'], workdays: [] }];
    const calendar = profileCalendar(parseProfile(withOverride));
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isWorkday('2027-01-01')).toBe(false);
    expect(profileCalendar(profile).covers(2027)).toBe(false);
  });
});
