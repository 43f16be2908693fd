/**
 * Loads one thing from the API for a key (a campaign id, a filter set) and reloads it on demand.
 * A new key aborts the previous request; data of another key is never shown. While a reload of
 * the same key runs, the previous data stays on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, toApiError, type ApiError } from '../api/errors.ts';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

interface Settled<T> {
  key: string;
  round: number;
  data: T | null;
  error: ApiError | null;
}

/** `load` null: nothing to load for now (e.g. no campaign chosen). */
export function useLoad<T>(key: string, load: ((signal: AbortSignal) => Promise<T>) | null): Loaded<T> {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  const enabled = load !== null;

  useEffect(() => {
    const run = latest.current;
    if (!enabled || !run) return undefined;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, round, data, error: null });
      },
      (err: unknown) => {
        if (controller.signal.aborted || isAbortError(err)) return;
        setSettled((previous) => ({
          key,
          round,
          data: previous?.key === key ? previous.data : null,
          error: toApiError(err),
        }));
      },
    );
    return () => controller.abort();
  }, [key, round, enabled]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const mine = enabled && settled?.key === key ? settled : null;
  return {
    data: mine?.data ?? null,
    error: mine?.error ?? null,
    loading: enabled && (mine === null || mine.round !== round),
    reload,
  };
}
