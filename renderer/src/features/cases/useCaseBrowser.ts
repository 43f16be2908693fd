/**
 * The state of the case list as the whole app sees it: scope (workspace or a campaign), filters,
 * sort, the page cache, the row under the keyboard cursor and the open case. The desk uses it for
 * J/K and "save & next"; the case pane renders it; other views open cases through it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { PageCache } from '../../data/pageCache.ts';
import { prefetchCase } from '../document/useCaseDetail.ts';
import type { DocumentTarget } from '../document/viewerTypes.ts';
import {
  defaultSort,
  deskFetcher,
  EMPTY_FILTERS,
  WORKSPACE_SCOPE,
  type CaseFilters,
  type CaseSort,
  type DeskScope,
} from './caseQuery.ts';
import type { DeskRow } from './deskRow.ts';

export interface OpenedCase {
  caseId: number;
  /** The evaluation to open (a campaign's); null opens the case's current evaluation. */
  evaluationId: number | null;
  /** Position in the current list, when the case was opened from it. */
  index: number | null;
  target: DocumentTarget | null;
}

export interface CaseBrowser {
  scope: DeskScope;
  setScope(scope: DeskScope): void;
  filters: CaseFilters;
  setFilters(filters: CaseFilters): void;
  sort: CaseSort;
  setSort(sort: CaseSort): void;
  cache: PageCache<DeskRow>;
  /** Bumped whenever the cache fetched something; read it to re-render with new rows. */
  version: number;
  activeIndex: number;
  setActiveIndex(index: number): void;
  opened: OpenedCase | null;
  openAt(index: number): Promise<void>;
  openCase(caseId: number, target?: DocumentTarget): void;
  /** Opens a campaign's case (its campaign evaluation) with the list scoped to the campaign. */
  openCampaignCase(campaignId: number, caseId: number, evaluationId: number): void;
  openRelative(delta: number): Promise<void>;
  /** Re-reads the list (after an import). */
  refresh(): void;
}

export function useCaseBrowser(): CaseBrowser {
  const [scope, setScopeState] = useState<DeskScope>(WORKSPACE_SCOPE);
  const [filters, setFiltersState] = useState<CaseFilters>(EMPTY_FILTERS);
  const [sort, setSortState] = useState<CaseSort>(defaultSort(WORKSPACE_SCOPE));
  const [generation, setGeneration] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [opened, setOpened] = useState<OpenedCase | null>(null);
  const openedIdRef = useRef<number | null>(null);
  useEffect(() => {
    openedIdRef.current = opened?.caseId ?? null;
  }, [opened]);

  const queryKey = JSON.stringify([scope, filters, sort, generation]);
  const cache = useMemo(() => {
    const [s, f, o] = JSON.parse(queryKey) as [DeskScope, CaseFilters, CaseSort, number];
    return new PageCache<DeskRow>(deskFetcher(s, f, o), (row) => row.caseId);
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

  const setScope = useCallback(
    (next: DeskScope) => {
      setScopeState(next);
      setFiltersState(EMPTY_FILTERS);
      setSortState(defaultSort(next));
      resetPositions();
    },
    [resetPositions],
  );
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

  const openRow = useCallback((row: DeskRow, index: number) => {
    // Read before React draws the choice (the desk takes the read when it opens the case).
    if (row.caseId !== openedIdRef.current) prefetchCase(row.caseId);
    setActiveIndex(index);
    setOpened({ caseId: row.caseId, evaluationId: row.evaluationId, index, target: null });
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
      const index = cache.indexOfKey(caseId);
      if (index !== null) setActiveIndex(index);
      setOpened((current) => ({
        caseId,
        // Showing another page of the open case keeps its evaluation; another case opens its current one.
        evaluationId:
          current?.caseId === caseId
            ? current.evaluationId
            : ((index !== null ? cache.rowAt(index)?.evaluationId : null) ?? null),
        index,
        target: target ?? null,
      }));
    },
    [cache],
  );

  const openCampaignCase = useCallback(
    (campaignId: number, caseId: number, evaluationId: number) => {
      if (scope.kind !== 'campaign' || scope.campaignId !== campaignId) {
        const next: DeskScope = { kind: 'campaign', campaignId };
        setScopeState(next);
        setSortState(defaultSort(next));
      }
      setFiltersState(EMPTY_FILTERS);
      setActiveIndex(0);
      setOpened({ caseId, evaluationId, index: null, target: null });
    },
    [scope],
  );

  const openRelative = useCallback(
    async (delta: number) => {
      const total = cache.total ?? 0;
      if (total === 0) return;
      const base = opened ? (opened.index ?? cache.indexOfKey(opened.caseId)) : null;
      const from = base ?? (opened ? activeIndex : delta > 0 ? -1 : total);
      const next = Math.min(total - 1, Math.max(0, from + delta));
      if (opened && base === next) return;
      await openAt(next);
    },
    [cache, opened, activeIndex, openAt],
  );

  return {
    scope,
    setScope,
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
    openCampaignCase,
    openRelative,
    refresh,
  };
}
