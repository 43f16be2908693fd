/**
 * How each single-valued profile setting reads: numbers carry a unit that says how they are
 * counted (working days follow the holiday calendar and 调休; calendar days and years do not);
 * the other two are a yes/no and the legal-review scope.
 */
import type { ProfileValueKey } from '../../../../../shared/profiles/schema.ts';

export type Unit = 'workingDays' | 'calendarDays' | 'years';

export const NUMBER_UNIT = {
  statementPeriodWorkingDays: 'workingDays',
  hearingRequestPeriodWorkingDays: 'workingDays',
  filingDeadlineWorkingDays: 'workingDays',
  publicationDeadlineWorkingDays: 'workingDays',
  compulsoryMeasureMaxDays: 'calendarDays',
  limitationYears: 'years',
} as const satisfies Partial<Record<ProfileValueKey, Unit>>;

export type NumberValueKey = keyof typeof NUMBER_UNIT;

/** The settings in the order the page and the form show them (the document order is shown apart). */
export const SHOWN_VALUE_KEYS = [
  ...(Object.keys(NUMBER_UNIT) as NumberValueKey[]),
  'simpleProcedureRequiresTwoOfficers',
  'legalReviewScope',
] as const;

export type EditableValueKey = NumberValueKey | 'simpleProcedureRequiresTwoOfficers' | 'legalReviewScope';

export function isNumberKey(key: EditableValueKey): key is NumberValueKey {
  return key in NUMBER_UNIT;
}
