/**
 * Full-text search as the user types: waits for a pause, cancels the previous request, and
 * keeps the last answer on screen until the next one arrives.
 */
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { isAbortError, toApiError, type ApiError } from '../../api/errors.ts';

const DELAY_MS = 250;
const LIMIT = 100;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string; previous: SearchResult | null }
  | { status: 'done'; query: string; result: SearchResult }
  | { status: 'error'; query: string; error: ApiError };

export function useSearch(rawQuery: string): SearchState {
  const query = rawQuery.trim().slice(0, 200);
  const [state, setState] = useState<SearchState>({ status: 'idle' });

  useEffect(() => {
    if (!query) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setState((current) => ({
        status: 'loading',
        query,
        previous: current.status === 'done' ? current.result : current.status === 'loading' ? current.previous : null,
      }));
      call('cases:search', { query, limit: LIMIT }, { signal: controller.signal })
        .then((result) => setState({ status: 'done', query, result }))
        .catch((err: unknown) => {
          if (!isAbortError(err) && !controller.signal.aborted) {
            setState({ status: 'error', query, error: toApiError(err) });
          }
        });
    }, DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return query ? state : { status: 'idle' };
}
