/** `workspace:info` (name, counts, units), re-read when `reloadKey` changes (after an import). */
import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';

export function useWorkspaceInfo(reloadKey: number): { info: WorkspaceInfo | null; error: ApiError | null } {
  const [state, setState] = useState<{ info: WorkspaceInfo | null; error: ApiError | null }>({
    info: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    call('workspace:info', {})
      .then((info) => live && setState({ info, error: null }))
      .catch((err: unknown) => live && setState((s) => ({ info: s.info, error: toApiError(err) })));
    return () => {
      live = false;
    };
  }, [reloadKey]);
  return state;
}

/** The workspace folder's own name, from a POSIX or Windows path. */
export function workspaceName(dir: string): string {
  const parts = dir.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? dir;
}
