/**
 * Filters above the case list: free text (debounced), unit, case type, procedure, evaluation
 * status, grade, and a case-date range — or, in a campaign's list, the assigned reviewer. Each
 * change re-queries from the first page.
 */
import { useEffect, useRef, useState } from 'react';
import { CASE_TYPES, PROCEDURES } from '../../../../shared/domain/bundle.ts';
import type { ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { EMPTY_FILTERS, hasFilters, type CaseFilters } from './caseQuery.ts';
import { caseTypeLabel, procedureLabel } from './enumLabels.ts';
import { FilterSelect, GradeFilter, ReviewerFilter, StatusFilter, UnitFilter } from './FilterSelects.tsx';

interface CaseFilterBarProps {
  filters: CaseFilters;
  units: readonly string[];
  /** Set in a campaign's list: the reviewers to filter by. */
  reviewers: readonly ReviewerView[] | null;
  onChange(filters: CaseFilters): void;
}

const TEXT_DELAY_MS = 300;

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
      <UnitFilter units={units} value={filters.unit} onChange={set('unit')} testId="filter-unit" />
      <FilterSelect
        label={t('cases.caseType')}
        allLabel={t('cases.allCaseTypes')}
        value={filters.caseType}
        onChange={set('caseType')}
        testId="filter-case-type"
      >
        {CASE_TYPES.map((value) => (
          <option key={value} value={value}>
            {caseTypeLabel(value, t)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('cases.procedure')}
        allLabel={t('cases.allProcedures')}
        value={filters.procedure}
        onChange={set('procedure')}
        testId="filter-procedure"
      >
        {PROCEDURES.map((value) => (
          <option key={value} value={value}>
            {procedureLabel(value, t)}
          </option>
        ))}
      </FilterSelect>
      <StatusFilter value={filters.evaluationStatus} onChange={set('evaluationStatus')} testId="filter-status" />
      <GradeFilter value={filters.grade} onChange={set('grade')} testId="filter-grade" />
      {reviewers ? (
        <ReviewerFilter
          reviewers={reviewers}
          value={filters.reviewerId}
          onChange={set('reviewerId')}
          testId="filter-reviewer"
        />
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
