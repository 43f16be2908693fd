/** The case list's filters and sort as the UI holds them, and their translation to `cases:list`. */
import type { CaseListInput } from '../../../../shared/api/contract.ts';

export interface CaseFilters {
  text: string;
  unit: string;
  caseType: string;
  procedure: string;
  evaluationStatus: string;
  grade: string;
  dateFrom: string;
  dateTo: string;
}

export const EMPTY_FILTERS: CaseFilters = {
  text: '',
  unit: '',
  caseType: '',
  procedure: '',
  evaluationStatus: '',
  grade: '',
  dateFrom: '',
  dateTo: '',
};

export type SortColumn = 'caseDate' | 'caseNumber' | 'unit' | 'fine' | 'total';
export type SortDirection = 'asc' | 'desc';

export interface CaseSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: CaseSort = { column: 'caseDate', direction: 'desc' };

/** The list query without paging; empty filters are left out so the server sees "no filter". */
export type CaseQuery = Omit<CaseListInput, 'offset' | 'limit'>;

export function toQuery(filters: CaseFilters, sort: CaseSort): CaseQuery {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    const trimmed = value.trim();
    if (trimmed) query[key] = trimmed;
  }
  return { ...(query as CaseQuery), sort: sort.column, direction: sort.direction };
}

export function hasFilters(filters: CaseFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}
