/** The case list's columns: header label, the server sort key behind it, and the shared grid track. */
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import type { SortColumn } from './caseQuery.ts';

export interface CaseColumn {
  id: 'caseNumber' | 'unit' | 'caseDate' | 'fine' | 'score';
  label: MessageKey;
  sort: SortColumn;
  align: 'start' | 'end';
}

export const CASE_COLUMNS: readonly CaseColumn[] = [
  { id: 'caseNumber', label: 'cases.columns.caseNumber', sort: 'caseNumber', align: 'start' },
  { id: 'unit', label: 'cases.columns.unit', sort: 'unit', align: 'start' },
  { id: 'caseDate', label: 'cases.columns.caseDate', sort: 'caseDate', align: 'start' },
  { id: 'fine', label: 'cases.columns.fine', sort: 'fine', align: 'end' },
  { id: 'score', label: 'cases.columns.score', sort: 'total', align: 'end' },
];

/** Row height in px; rows are fixed-height so the virtualizer never has to measure. */
export const ROW_HEIGHT = 42;
