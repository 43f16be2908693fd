/**
 * The filter dropdowns of the case list, a campaign's case table and the rectification board:
 * one select shape (labelled, its first option "all"), and the unit, reviewer, status and grade
 * filters the three lists share.
 */
import type { ReactNode } from 'react';
import type { ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { GRADE_KEYS, gradeValue, statusLabel } from './enumLabels.ts';

interface FilterSelectProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  /** The first option, value "": no filter. */
  allLabel: string;
  children: ReactNode;
}

export function FilterSelect({ label, value, onChange, testId, allLabel, children }: FilterSelectProps) {
  return (
    <select
      className="filter-select"
      aria-label={label}
      title={label}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{allLabel}</option>
      {children}
    </select>
  );
}

type Filter = Pick<FilterSelectProps, 'value' | 'onChange' | 'testId'>;

export function UnitFilter({ units, ...props }: Filter & { units: readonly string[] }) {
  const { t } = useI18n();
  return (
    <FilterSelect label={t('cases.unit')} allLabel={t('cases.allUnits')} {...props}>
      {units.map((unit) => (
        <option key={unit} value={unit}>
          {unit}
        </option>
      ))}
    </FilterSelect>
  );
}

/** By assigned reviewer, or 未分配 ("none"). */
export function ReviewerFilter({ reviewers, ...props }: Filter & { reviewers: readonly ReviewerView[] }) {
  const { t } = useI18n();
  return (
    <FilterSelect label={t('cases.reviewer')} allLabel={t('cases.allReviewers')} {...props}>
      <option value="none">{t('cases.unassigned')}</option>
      {reviewers.map((r) => (
        <option key={r.id} value={String(r.id)}>
          {r.name}
        </option>
      ))}
    </FilterSelect>
  );
}

export function StatusFilter(props: Filter) {
  const { t } = useI18n();
  return (
    <FilterSelect label={t('cases.evaluationStatus')} allLabel={t('cases.allStatuses')} {...props}>
      {EVALUATION_STATUSES.map((value) => (
        <option key={value} value={value}>
          {statusLabel(value, t)}
        </option>
      ))}
    </FilterSelect>
  );
}

export function GradeFilter(props: Filter) {
  const { t } = useI18n();
  return (
    <FilterSelect label={t('cases.grade')} allLabel={t('cases.allGrades')} {...props}>
      {GRADE_KEYS.map((key) => (
        <option key={key} value={gradeValue(key)}>
          {t(`enums.grade.${key}`)}
        </option>
      ))}
    </FilterSelect>
  );
}
