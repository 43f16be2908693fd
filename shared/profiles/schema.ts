/**
 * Region profiles (地区配置): the values that differ by place — hearing thresholds, the
 * statement and filing periods, whether simple procedure needs two officers, which general
 * cases need 法制审核, the expected document order, and holiday schedules the calendar package
 * does not cover yet. Every value carries its provenance: `assumed: true` marks a value nobody
 * has verified against the region's own rules, and then a note must say what to check.
 *
 * Profiles are JSON files (resources/profiles/*.json, and user copies in the workspace), so the
 * schema is strict: a misspelt key is an error, not a silently ignored setting.
 */
import { z } from 'zod';
import { PARTY_TYPES, isoDate } from '../domain/bundle.ts';
import { DOCUMENT_TYPES } from '../domain/documentTypes.ts';

export const PROFILE_FORMAT = 'pingcha-profile/1';

/** `art58`: review only for APL art. 58 cases (flag or hearing held); `all_general`: every general case. */
export const LEGAL_REVIEW_SCOPES = ['art58', 'all_general'] as const;
export type LegalReviewScope = (typeof LEGAL_REVIEW_SCOPES)[number];

const text = z.string().trim().min(1);

const provenance = {
  /** True while the value is a guess that a reviewer must verify against the region's rules. */
  assumed: z.boolean().default(false),
  /** What the value rests on or what to verify (Chinese, shown to the user). */
  note: text.nullable().optional(),
  /** The rule or document the value comes from, e.g. 《中华人民共和国行政处罚法》第六十四条. */
  source: text.nullable().optional(),
};

const assumedNeedsNote = {
  check: (v: { assumed: boolean; note?: string | null | undefined }) => !v.assumed || Boolean(v.note),
  params: {
    message: '标记为 assumed 的值须在 note 中说明待核实的内容 / an assumed value needs a note saying what to verify',
    path: ['note'],
  },
};

function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, ...provenance }).refine(assumedNeedsNote.check, assumedNeedsNote.params);
}

const workingDays = z.number().int().min(1).max(60);
const yuan = z.number().nonnegative();

export const hearingThresholdSchema = z
  .strictObject({
    /** First day the amounts apply (compared with the decision date, see hearingThresholdFor). */
    effectiveFrom: isoDate,
    /** A fine at or above the amount gives the party the right to a hearing (APL 63). */
    ...(Object.fromEntries(PARTY_TYPES.map((t) => [t, yuan])) as Record<(typeof PARTY_TYPES)[number], typeof yuan>),
    ...provenance,
  })
  .refine(assumedNeedsNote.check, assumedNeedsNote.params);

function sameYear(year: number, dates: readonly string[]): boolean {
  return dates.every((d) => Number(d.slice(0, 4)) === year);
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export const calendarOverrideSchema = z
  .strictObject({
    year: z.number().int().min(1949).max(2200),
    /** Days off that would otherwise be working days (holidays, in-lieu days). */
    holidays: z.array(isoDate).default([]),
    /** Weekend days that are working days (调休上班). */
    workdays: z.array(isoDate).default([]),
    /** The State Council notice the dates come from. */
    source: text.nullable().optional(),
  })
  .refine((o) => sameYear(o.year, o.holidays), {
    message: '节假日日期须在 year 所指年份内 / every holiday must fall in the override year',
    path: ['holidays'],
  })
  .refine((o) => sameYear(o.year, o.workdays), {
    message: '调休日期须在 year 所指年份内 / every make-up working day must fall in the override year',
    path: ['workdays'],
  })
  .refine((o) => !o.holidays.some((d) => o.workdays.includes(d)), {
    message: '同一日期不能既是假日又是调休工作日 / a date cannot be both a holiday and a make-up working day',
  })
  .refine((o) => o.workdays.every(isWeekend), {
    message: '调休工作日 workdays 只应列周六、周日 / make-up working days must be Saturdays or Sundays',
    path: ['workdays'],
  });

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

export const profileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PROFILE_FORMAT),
  /** File-name-safe identifier, e.g. `tianjin`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, {
    message: 'id 只能由小写字母、数字、- 和 _ 组成 / id: lower-case letters, digits, - and _',
  }),
  name: text,
  nameEn: text.nullable().optional(),
  description: text.nullable().optional(),
  hearingThresholds: z
    .array(hearingThresholdSchema)
    .min(1)
    .refine((list) => unique(list.map((t) => t.effectiveFrom)), {
      message: '各听证标准的 effectiveFrom 不能重复 / effectiveFrom dates must differ',
    }),
  /** 陈述申辩 period after the prior notice when the party has no hearing right. */
  statementPeriodWorkingDays: sourced(workingDays),
  /** Period to request a hearing after the prior notice (APL 64: 5 days, working days by art. 85). */
  hearingRequestPeriodWorkingDays: sourced(workingDays),
  /** 立案 after discovery of the violation. */
  filingDeadlineWorkingDays: sourced(workingDays),
  /** Publication of the penalty decision after it is made (国办发〔2018〕118号: 7 working days). */
  publicationDeadlineWorkingDays: sourced(workingDays),
  simpleProcedureRequiresTwoOfficers: sourced(z.boolean()),
  legalReviewScope: sourced(z.enum(LEGAL_REVIEW_SCOPES)),
  /** 查封扣押 maximum in calendar days (行政强制法 25). */
  compulsoryMeasureMaxDays: sourced(z.number().int().min(1).max(365)),
  /** APL 36: penalty barred when not discovered within this many years. */
  limitationYears: sourced(z.number().int().min(1).max(20)),
  /** Expected order of document types in the file; types not listed may stand anywhere. */
  documentOrder: sourced(
    z
      .array(z.enum(DOCUMENT_TYPES))
      .min(1)
      .refine(unique, { message: '文书类型不能重复 / a document type is listed twice' }),
  ),
  calendarOverrides: z
    .array(calendarOverrideSchema)
    .default([])
    .refine((list) => unique(list.map((o) => o.year)), {
      message: '同一年份只能有一条节假日补充 / one override per year',
    }),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type HearingThreshold = z.infer<typeof hearingThresholdSchema>;
export type ProfileCalendarOverride = z.infer<typeof calendarOverrideSchema>;

/** Keys of the single-valued settings (each `{ value, assumed, note, source }`). */
export const PROFILE_VALUE_KEYS = [
  'statementPeriodWorkingDays',
  'hearingRequestPeriodWorkingDays',
  'filingDeadlineWorkingDays',
  'publicationDeadlineWorkingDays',
  'simpleProcedureRequiresTwoOfficers',
  'legalReviewScope',
  'compulsoryMeasureMaxDays',
  'limitationYears',
  'documentOrder',
] as const satisfies readonly (keyof Profile)[];
export type ProfileValueKey = (typeof PROFILE_VALUE_KEYS)[number];
