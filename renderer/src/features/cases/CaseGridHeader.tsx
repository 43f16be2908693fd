/** Column headers of the case list; each is a button that sorts by it (again to reverse). */
import { useI18n } from '../../i18n/i18nContext.ts';
import type { CaseSort } from './caseQuery.ts';
import type { CaseColumn } from './columns.ts';

interface CaseGridHeaderProps {
  columns: readonly CaseColumn[];
  sort: CaseSort;
  onSort(sort: CaseSort): void;
}

export function CaseGridHeader({ columns, sort, onSort }: CaseGridHeaderProps) {
  const { t } = useI18n();
  return (
    <div role="rowgroup" className="case-grid-head">
      <div role="row" aria-rowindex={1} className="case-row case-row-head">
        {columns.map((column) => {
          const active = sort.column === column.sort;
          const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          const label = t(column.label);
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={ariaSort}
              className={`case-cell case-head-${column.id} align-${column.align}`}
            >
              <button
                type="button"
                className={active ? 'sort-button is-sorted' : 'sort-button'}
                data-testid={`sort-${column.id}`}
                title={t('cases.sortBy', { column: label })}
                onClick={() =>
                  onSort({
                    column: column.sort,
                    // A new column starts descending (newest, largest first), as reviewers expect.
                    direction: active && sort.direction === 'desc' ? 'asc' : 'desc',
                  })
                }
              >
                {label}
                <span className="sort-mark" aria-hidden="true">
                  {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
