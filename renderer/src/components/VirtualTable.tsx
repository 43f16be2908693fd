/**
 * A virtualized, sortable table over a PageCache: only the rows on screen exist in the DOM and
 * their pages are fetched as they scroll into view. Like the desk's case list, the grid holds
 * focus and points at the cursor row with aria-activedescendant: ↑/↓/Home/End/PageUp/PageDown
 * move, Enter (or a double click) opens, a click selects.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import type { PageCache } from '../data/pageCache.ts';
import { useI18n } from '../i18n/i18nContext.ts';
import './table.css';

export interface TableColumn<Row> {
  id: string;
  label: string;
  /** A CSS grid track, e.g. `120px` or `minmax(0, 2fr)`. */
  width: string;
  align?: 'start' | 'end';
  /** The server sort key; absent: not sortable. */
  sort?: string;
  render(row: Row): ReactNode;
  title?(row: Row): string;
}

export interface TableSort {
  column: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps<Row> {
  label: string;
  columns: readonly TableColumn<Row>[];
  cache: PageCache<Row>;
  rowKey(row: Row): number;
  sort?: TableSort;
  onSort?(sort: TableSort): void;
  /** Enter or double click. */
  onOpen(row: Row, index: number): void;
  /** Click or cursor move. */
  onSelect?(row: Row, index: number): void;
  selectedKey?: number | null;
  emptyText: string;
  rowClass?(row: Row): string;
  testId?: string;
  rowTestId?: string;
  rowData?(row: Row): Record<string, string | number>;
  rowHeight?: number;
}

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { columns, cache, rowKey, sort, onSort, onOpen, onSelect, selectedKey, rowHeight = 34 } = props;
  const { t, formatNumber } = useI18n();
  const version = useSyncExternalStore(cache.subscribe, cache.getVersion);
  const [active, setActive] = useState({ cache, index: 0 });
  const activeIndex = active.cache === cache ? active.index : 0;
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const total = cache.total ?? 0;
  const template = columns.map((c) => c.width).join(' ');

  useEffect(() => {
    cache.activate();
    return () => cache.deactivate();
  }, [cache]);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) cache.ensureRange(first, last);
  }, [cache, first, last, total]);
  useEffect(() => {
    if (total > 0 && activeIndex < total) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, total, virtualizer]);

  const moveTo = (index: number) => {
    const next = Math.min(total - 1, Math.max(0, index));
    setActive({ cache, index: next });
    const row = cache.rowAt(next);
    if (row && onSelect) onSelect(row, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey || total === 0) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      void cache.rowAtAsync(activeIndex).then((row) => row && onOpen(row, activeIndex));
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const rowId = (index: number) => `${idPrefix}-row-${index}`;
  return (
    <div
      ref={gridRef}
      role="grid"
      className="vtable"
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={total > 0 && activeIndex < total ? rowId(activeIndex) : undefined}
      data-testid={props.testId}
      data-total={cache.total ?? ''}
      data-version={version}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const sorted = sort?.column === column.sort && column.sort !== undefined;
            return (
              <div
                key={column.id}
                role="columnheader"
                className={`vtable-cell align-${column.align ?? 'start'}`}
                aria-sort={sorted ? (sort?.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.sort && onSort ? (
                  <button
                    type="button"
                    className={sorted ? 'sort-button is-sorted' : 'sort-button'}
                    title={t('table.sortBy', { column: column.label })}
                    onClick={() =>
                      onSort({
                        column: column.sort!,
                        direction: sorted && sort?.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort?.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="vtable-body">
        {cache.total === 0 ? (
          <div className="vtable-empty" data-testid={props.testId ? `${props.testId}-empty` : undefined}>
            {props.emptyText}
          </div>
        ) : null}
        {cache.total === null && !cache.error ? <div className="vtable-empty">{t('app.loading')}</div> : null}
        <div className="vtable-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = cache.rowAt(item.index);
            const key = row ? rowKey(row) : null;
            const className = [
              'vtable-row',
              item.index === activeIndex ? 'is-active' : '',
              key !== null && key === selectedKey ? 'is-selected' : '',
              row && props.rowClass ? props.rowClass(row) : '',
            ]
              .filter(Boolean)
              .join(' ');
            const data = row && props.rowData ? props.rowData(row) : {};
            return (
              <div
                key={item.key}
                id={rowId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={key !== null && key === selectedKey}
                className={className}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight, gridTemplateColumns: template }}
                data-testid={row ? props.rowTestId : undefined}
                {...Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, String(v)]))}
                onClick={() => {
                  gridRef.current?.focus({ preventScroll: true });
                  setActive({ cache, index: item.index });
                  if (row && onSelect) onSelect(row, item.index);
                }}
                onDoubleClick={() => row && onOpen(row, item.index)}
              >
                {row ? (
                  columns.map((column) => (
                    <div
                      key={column.id}
                      role="gridcell"
                      className={`vtable-cell align-${column.align ?? 'start'}`}
                      title={column.title ? column.title(row) : undefined}
                    >
                      {column.render(row)}
                    </div>
                  ))
                ) : (
                  <div role="gridcell" className="vtable-cell skeleton">
                    {t('cases.rowLoading')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div className="vtable-foot" role="status">
        {cache.total === null ? '' : t('table.count', { total: formatNumber(cache.total) })}
      </div>
    </div>
  );
}
