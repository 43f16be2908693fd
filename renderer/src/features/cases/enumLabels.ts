/** Labels for the case enums, from the i18n catalogues; stored grade values are the Chinese words. */
import type { CaseType, Procedure } from '../../../../shared/domain/bundle.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import type { Translate } from '../../../../shared/i18n/index.ts';
import { zh } from '../../../../shared/i18n/zh.ts';

export const GRADE_KEYS = ['excellent', 'good', 'pass', 'fail'] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

/** The value a grade is stored and filtered by (the standards' own Chinese word). */
export function gradeValue(key: GradeKey): string {
  return zh.enums.grade[key];
}

export function gradeLabel(value: string | null, t: Translate): string {
  const key = GRADE_KEYS.find((k) => gradeValue(k) === value);
  return key ? t(`enums.grade.${key}`) : (value ?? '');
}

export function caseTypeLabel(value: CaseType, t: Translate): string {
  return t(`enums.caseType.${value}`);
}

export function procedureLabel(value: Procedure | null, t: Translate): string {
  return value ? t(`enums.procedure.${value}`) : '';
}

export function statusLabel(value: EvaluationStatus, t: Translate): string {
  return t(`enums.evaluationStatus.${value}`);
}
