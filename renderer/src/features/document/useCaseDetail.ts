/** The open case with its documents (`cases:get`); a newer request always wins over an older one. */
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { isAbortError, toApiError, type ApiError } from '../../api/errors.ts';
import { prefetchFirstDocument } from './viewerPrefetch.ts';

type Loaded = { caseId: number; detail: CaseDetail; error: null } | { caseId: number; detail: null; error: ApiError };

export interface CaseDetailState {
  detail: CaseDetail | null;
  loading: boolean;
  error: ApiError | null;
}

export function useCaseDetail(caseId: number | null, reloadKey = 0): CaseDetailState {
  const [loaded, setLoaded] = useState<(Loaded & { reloadKey: number }) | null>(null);

  useEffect(() => {
    if (caseId === null) return undefined;
    const controller = new AbortController();
    call('cases:get', { caseId }, { signal: controller.signal })
      .then((detail) => {
        // The viewer's first reads leave now, while React builds the case's screen.
        prefetchFirstDocument(detail);
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
