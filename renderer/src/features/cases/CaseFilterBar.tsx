/**
 * Filters above the case list: free text (debounced), unit, case type, procedure, evaluation
 * status, grade, and a case-date range — or, in a campaign's list, the assigned reviewer. Each
 * change re-queries from the first page.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CASE_TYPES, PROCEDURES } from '../../../../shared/domain/bundle.ts';
import type { ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { EMPTY_FILTERS, hasFilters, type CaseFilters } from './caseQuery.ts';
import { caseTypeLabel, GRADE_KEYS, gradeValue, procedureLabel, statusLabel } from './enumLabels.ts';

interface CaseFilterBarProps {
  filters: CaseFilters;
  units: readonly string[];
  /** Set in a campaign's list: the reviewers to filter by. */
  reviewers: readonly ReviewerView[] | null;
  onChange(filters: CaseFilters): void;
}

const TEXT_DELAY_MS = 300;

function Select({
  label,
  value,
  onChange,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <select
      className="filter-select"
      aria-label={label}
      title={label}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    >
      {children}
    </select>
  );
}

export function CaseFilterBar({ filters, units, reviewers, onChange }: CaseFilterBarProps) {
  const { t } = useI18n();
  const [text, setText] = useState(filters.text);
  const latest = useRef({ filters, onChange });
  useEffect(() => {
    latest.current = { filters, onChange };
  });

  // Typing is debounced; the other filters apply at once.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const current = latest.current;
      if (current.filters.text !== text) current.onChange({ ...current.filters, text });
    }, TEXT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const set = (key: keyof CaseFilters) => (value: string) => onChange({ ...filters, text, [key]: value });

  return (
    <div className="filter-bar" role="search" aria-label={t('cases.filters')} data-testid="case-filters">
      <input
        type="search"
        className="filter-text"
        placeholder={t('cases.textPlaceholder')}
        aria-label={t('cases.textLabel')}
        value={text}
        data-testid="filter-text"
        onChange={(event) => setText(event.target.value)}
      />
      <button
        type="button"
        className="link-button"
        disabled={!hasFilters({ ...filters, text })}
        data-testid="filter-clear"
        onClick={() => {
          setText('');
          onChange(EMPTY_FILTERS);
        }}
      >
        {t('cases.clearFilters')}
      </button>
      <Select label={t('cases.unit')} value={filters.unit} onChange={set('unit')} testId="filter-unit">
        <option value="">{t('cases.allUnits')}</option>
        {units.map((unit) => (
          <option key={unit} value={unit}>
            {unit}
          </option>
        ))}
      </Select>
      <Select label={t('cases.caseType')} value={filters.caseType} onChange={set('caseType')} testId="filter-case-type">
        <option value="">{t('cases.allCaseTypes')}</option>
        {CASE_TYPES.map((value) => (
          <option key={value} value={value}>
            {caseTypeLabel(value, t)}
          </option>
        ))}
      </Select>
      <Select
        label={t('cases.procedure')}
        value={filters.procedure}
        onChange={set('procedure')}
        testId="filter-procedure"
      >
        <option value="">{t('cases.allProcedures')}</option>
        {PROCEDURES.map((value) => (
          <option key={value} value={value}>
            {procedureLabel(value, t)}
          </option>
        ))}
      </Select>
      <Select
        label={t('cases.evaluationStatus')}
        value={filters.evaluationStatus}
        onChange={set('evaluationStatus')}
        testId="filter-status"
      >
        <option value="">{t('cases.allStatuses')}</option>
        {EVALUATION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(value, t)}
          </option>
        ))}
      </Select>
      <Select label={t('cases.grade')} value={filters.grade} onChange={set('grade')} testId="filter-grade">
        <option value="">{t('cases.allGrades')}</option>
        {GRADE_KEYS.map((key) => (
          <option key={key} value={gradeValue(key)}>
            {t(`enums.grade.${key}`)}
          </option>
        ))}
      </Select>
      {reviewers ? (
        <Select
          label={t('cases.reviewer')}
          value={filters.reviewerId}
          onChange={set('reviewerId')}
          testId="filter-reviewer"
        >
          <option value="">{t('cases.allReviewers')}</option>
          <option value="none">{t('cases.unassigned')}</option>
          {reviewers.map((r) => (
            <option key={r.id} value={String(r.id)}>
              {r.name}
            </option>
          ))}
        </Select>
      ) : (
        <div className="filter-dates" role="group" aria-label={t('cases.dateRange')}>
          <input
            type="date"
            className="filter-date"
            aria-label={t('cases.dateFrom')}
            title={t('cases.dateFrom')}
            value={filters.dateFrom}
            max={filters.dateTo || undefined}
            data-testid="filter-date-from"
            onChange={(event) => set('dateFrom')(event.target.value)}
          />
          <span aria-hidden="true">–</span>
          <input
            type="date"
            className="filter-date"
            aria-label={t('cases.dateTo')}
            title={t('cases.dateTo')}
            value={filters.dateTo}
            min={filters.dateFrom || undefined}
            data-testid="filter-date-to"
            onChange={(event) => set('dateTo')(event.target.value)}
          />
        </div>
      )}
    </div>
  );
}
