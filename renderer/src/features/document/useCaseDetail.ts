/** The open case with its documents (`cases:get`); a newer request always wins over an older one. */
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { isAbortError, toApiError, type ApiError } from '../../api/errors.ts';
import { prefetchByCase, prefetchFirstDocument } from './viewerPrefetch.ts';

type Loaded = { caseId: number; detail: CaseDetail; error: null } | { caseId: number; detail: null; error: ApiError };

export interface CaseDetailState {
  detail: CaseDetail | null;
  loading: boolean;
  error: ApiError | null;
}

/** A press's read of a case is used by the opening that follows it within this long. */
const PRESS_FRESH_MS = 3000;

let pressed: { caseId: number; at: number; detail: Promise<CaseDetail> } | null = null;

/** Reads a case, and then asks for its first document's first reads (viewerPrefetch.ts). */
function readCase(caseId: number, signal?: AbortSignal): Promise<CaseDetail> {
  return call('cases:get', { caseId }, signal ? { signal } : {}).then((detail) => {
    // The viewer's first reads leave now, while React builds the case's screen.
    prefetchFirstDocument(detail);
    return detail;
  });
}

/**
 * Starts reading a case the reviewer is opening — on the press of its row, or as it is chosen,
 * before React has drawn the choice — for useCaseDetail to take when the case opens. Reading
 * is all it does: a press that is not followed by an opening changes nothing.
 */
export function prefetchCase(caseId: number): void {
  const now = performance.now();
  if (pressed && pressed.caseId === caseId && now - pressed.at < PRESS_FRESH_MS) return;
  const detail = readCase(caseId);
  detail.catch(() => undefined); // heard by whoever takes it; never reported unhandled
  // The page the case opens at, beside the case itself.
  prefetchByCase(caseId);
  pressed = { caseId, at: now, detail };
}

function takePressed(caseId: number): Promise<CaseDetail> | null {
  const found = pressed && pressed.caseId === caseId && performance.now() - pressed.at < PRESS_FRESH_MS;
  const detail = found ? pressed!.detail : null;
  pressed = null;
  return detail;
}

export function useCaseDetail(caseId: number | null, reloadKey = 0): CaseDetailState {
  const [loaded, setLoaded] = useState<(Loaded & { reloadKey: number }) | null>(null);

  useEffect(() => {
    if (caseId === null) return undefined;
    const controller = new AbortController();
    // A reload reads afresh; an opening takes what its press started reading.
    const reading = (reloadKey === 0 && takePressed(caseId)) || readCase(caseId, controller.signal);
    reading
      .then((detail) => {
        if (controller.signal.aborted) return;
        setLoaded({ caseId, detail, error: null, reloadKey });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err) && !controller.signal.aborted) {
          setLoaded({ caseId, detail: null, error: toApiError(err), reloadKey });
        }
      });
    return () => controller.abort();
  }, [caseId, reloadKey]);

  if (caseId === null) return { detail: null, loading: false, error: null };
  const current = loaded && loaded.caseId === caseId && loaded.reloadKey === reloadKey ? loaded : null;
  return { detail: current?.detail ?? null, loading: current === null, error: current?.error ?? null };
}
