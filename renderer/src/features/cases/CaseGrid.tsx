/**
 * The virtualized case list. Only the rows on screen (plus a margin) exist in the DOM; their
 * pages are fetched as they come into view. The grid itself holds focus and points at the
 * cursor row with aria-activedescendant, so ↑/↓/Home/End/PageUp/PageDown/Enter work without
 * moving DOM focus through rows that may not exist yet.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { prefetchCase } from '../document/useCaseDetail.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { CaseGridHeader } from './CaseGridHeader.tsx';
import { CaseRow } from './CaseRow.tsx';
import { columnsFor, ROW_HEIGHT } from './columns.ts';
import type { CaseBrowser } from './useCaseBrowser.ts';

const rowId = (index: number) => `case-row-${index}`;

export function CaseGrid({ browser, emptyText }: { browser: CaseBrowser; emptyText: string }) {
  const { t, formatNumber } = useI18n();
  const { cache, activeIndex, setActiveIndex, opened, openAt } = browser;
  const total = cache.total ?? 0;
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  // The build does not use the React Compiler, so the virtualizer's unmemoizable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) cache.ensureRange(first, last);
  }, [cache, first, last, total]);

  // Keep the cursor row on screen when it moves by keyboard or by J/K.
  useEffect(() => {
    if (total > 0 && activeIndex < total) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, total, virtualizer]);

  const onRowClick = useCallback(
    (index: number) => {
      gridRef.current?.focus({ preventScroll: true });
      void openAt(index);
    },
    [openAt],
  );

  // The case starts loading on the press, not the click that follows it (a press lasts about a
  // tenth of a second): what the reviewer waits for is read meanwhile.
  const openedCaseId = opened?.caseId ?? null;
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      const row = (event.target as Element).closest<HTMLElement>('[data-testid="case-row"]');
      const caseId = Number(row?.dataset.caseId);
      if (Number.isInteger(caseId) && caseId !== openedCaseId) prefetchCase(caseId);
    },
    [openedCaseId],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed on the header's sort buttons belong to the buttons.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (total === 0) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = activeIndex + 1;
        break;
      case 'ArrowUp':
        next = activeIndex - 1;
        break;
      case 'PageDown':
        next = activeIndex + pageRows;
        break;
      case 'PageUp':
        next = activeIndex - pageRows;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = total - 1;
        break;
      case 'Enter':
        event.preventDefault();
        void openAt(activeIndex);
        return;
      default:
        return;
    }
    event.preventDefault();
    setActiveIndex(Math.min(total - 1, Math.max(0, next)));
  };

  const showActive = total > 0 && activeIndex < total;
  return (
    <div
      ref={gridRef}
      role="grid"
      className="case-grid"
      tabIndex={0}
      aria-label={t('cases.listLabel', { total: formatNumber(total) })}
      aria-rowcount={total + 1}
      aria-colcount={5}
      aria-activedescendant={showActive ? rowId(activeIndex) : undefined}
      data-testid="case-list"
      onKeyDown={onKeyDown}
    >
      <CaseGridHeader columns={columnsFor(browser.scope)} sort={browser.sort} onSort={browser.setSort} />
      <div role="rowgroup" ref={scrollRef} className="case-grid-body" onPointerDown={onPointerDown}>
        {cache.total === 0 ? (
          <div className="case-grid-empty" data-testid="case-list-empty">
            {emptyText}
          </div>
        ) : null}
        <div className="case-grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = cache.rowAt(item.index);
            return (
              <CaseRow
                key={item.key}
                id={rowId(item.index)}
                index={item.index}
                row={row}
                top={item.start}
                active={item.index === activeIndex}
                open={row !== undefined && row.caseId === opened?.caseId}
                campaign={browser.scope.kind === 'campaign'}
                onClick={onRowClick}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
