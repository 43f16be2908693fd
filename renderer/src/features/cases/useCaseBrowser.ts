/**
 * The state of the case list as the whole desk sees it: filters, sort, the page cache, the row
 * under the keyboard cursor and the open case. The app uses it for J/K and "save & next"; the
 * case pane renders it.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CaseSummary } from '../../../../shared/api/types.ts';
import type { DocumentTarget } from '../document/viewerTypes.ts';
import { CasePageCache } from './casePageCache.ts';
import { DEFAULT_SORT, EMPTY_FILTERS, toQuery, type CaseFilters, type CaseQuery, type CaseSort } from './caseQuery.ts';

export interface OpenedCase {
  caseId: number;
  /** Position in the current list, when the case was opened from it. */
  index: number | null;
  target: DocumentTarget | null;
}

export interface CaseBrowser {
  filters: CaseFilters;
  setFilters(filters: CaseFilters): void;
  sort: CaseSort;
  setSort(sort: CaseSort): void;
  cache: CasePageCache;
  /** Bumped whenever the cache fetched something; read it to re-render with new rows. */
  version: number;
  activeIndex: number;
  setActiveIndex(index: number): void;
  opened: OpenedCase | null;
  openAt(index: number): Promise<void>;
  openCase(caseId: number, target?: DocumentTarget): void;
  openRelative(delta: number): Promise<void>;
  /** Re-reads the list (after an import). */
  refresh(): void;
}

export function useCaseBrowser(): CaseBrowser {
  const [filters, setFiltersState] = useState<CaseFilters>(EMPTY_FILTERS);
  const [sort, setSortState] = useState<CaseSort>(DEFAULT_SORT);
  const [generation, setGeneration] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [opened, setOpened] = useState<OpenedCase | null>(null);

  const queryKey = JSON.stringify([toQuery(filters, sort), generation]);
  const cache = useMemo(() => {
    const [query] = JSON.parse(queryKey) as [CaseQuery, number];
    return new CasePageCache(query);
  }, [queryKey]);
  useEffect(() => {
    cache.activate();
    return () => cache.deactivate();
  }, [cache]);
  const version = useSyncExternalStore(cache.subscribe, cache.getVersion);

  // A new query re-numbers the rows: the cursor goes to the top and the open case loses its index.
  const resetPositions = useCallback(() => {
    setActiveIndex(0);
    setOpened((current) => (current ? { ...current, index: null } : current));
  }, []);

  const setFilters = useCallback(
    (next: CaseFilters) => {
      setFiltersState(next);
      resetPositions();
    },
    [resetPositions],
  );
  const setSort = useCallback(
    (next: CaseSort) => {
      setSortState(next);
      resetPositions();
    },
    [resetPositions],
  );
  const refresh = useCallback(() => {
    setGeneration((g) => g + 1);
    resetPositions();
  }, [resetPositions]);

  const openRow = useCallback((row: CaseSummary, index: number) => {
    setActiveIndex(index);
    setOpened({ caseId: row.id, index, target: null });
  }, []);

  const openAt = useCallback(
    async (index: number) => {
      const row = await cache.rowAtAsync(index);
      if (row) openRow(row, index);
    },
    [cache, openRow],
  );

  const openCase = useCallback(
    (caseId: number, target?: DocumentTarget) => {
      const index = cache.indexOfCase(caseId);
      if (index !== null) setActiveIndex(index);
      setOpened({ caseId, index, target: target ?? null });
    },
    [cache],
  );

  const openRelative = useCallback(
    async (delta: number) => {
      const total = cache.total ?? 0;
      if (total === 0) return;
      const base = opened ? (opened.index ?? cache.indexOfCase(opened.caseId)) : null;
      const from = base ?? (opened ? activeIndex : delta > 0 ? -1 : total);
      const next = Math.min(total - 1, Math.max(0, from + delta));
      if (opened && base === next) return;
      await openAt(next);
    },
    [cache, opened, activeIndex, openAt],
  );

  return {
    filters,
    setFilters,
    sort,
    setSort,
    cache,
    version,
    activeIndex,
    setActiveIndex,
    opened,
    openAt,
    openCase,
    openRelative,
    refresh,
  };
}
