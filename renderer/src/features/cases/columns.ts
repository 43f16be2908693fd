/**
 * The case list's columns: header label, the server sort key behind it, and the shared grid
 * track. A campaign's list shows the assigned reviewer where the workspace list shows the fine.
 */
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import type { DeskScope, SortColumn } from './caseQuery.ts';

export interface CaseColumn {
  id: 'caseNumber' | 'unit' | 'caseDate' | 'fine' | 'reviewer' | 'score';
  label: MessageKey;
  sort: SortColumn;
  align: 'start' | 'end';
}

const CASE_COLUMNS: readonly CaseColumn[] = [
  { id: 'caseNumber', label: 'cases.columns.caseNumber', sort: 'caseNumber', align: 'start' },
  { id: 'unit', label: 'cases.columns.unit', sort: 'unit', align: 'start' },
  { id: 'caseDate', label: 'cases.columns.caseDate', sort: 'caseDate', align: 'start' },
  { id: 'fine', label: 'cases.columns.fine', sort: 'fine', align: 'end' },
  { id: 'score', label: 'cases.columns.score', sort: 'total', align: 'end' },
];

const CAMPAIGN_COLUMNS: readonly CaseColumn[] = CASE_COLUMNS.map((column) =>
  column.id === 'fine' ? { id: 'reviewer', label: 'cases.columns.reviewer', sort: 'reviewer', align: 'start' } : column,
);

export function columnsFor(scope: DeskScope): readonly CaseColumn[] {
  return scope.kind === 'campaign' ? CAMPAIGN_COLUMNS : CASE_COLUMNS;
}

/** Row height in px; rows are fixed-height so the virtualizer never has to measure. */
export const ROW_HEIGHT = 42;
