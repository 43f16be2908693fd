/**
 * One export job at a time from the dialog: `reports:export-batch` with a job id of our own, its
 * `reports:progress` events (only ours) while it runs, then the list of files to download.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationInput } from '../../../../shared/api/contract.ts';
import type { ExportJobResult, ReportProgress } from '../../../../shared/api/reportTypes.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { onEvent } from '../../api/events.ts';

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ReportProgress | null }
  | { kind: 'done'; result: ExportJobResult }
  | { kind: 'error'; error: ApiError };

export type ExportRequest = Omit<OperationInput<'reports:export-batch'>, 'jobId'>;

function newJobId(): string {
  return crypto.randomUUID();
}

export function useExportJob(onFinished?: (result: ExportJobResult) => void) {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('reports:progress', (progress) => {
        if (progress.jobId !== job.current) return;
        setPhase((current) => (current.kind === 'running' ? { kind: 'running', progress } : current));
      }),
    [],
  );

  const run = useCallback(
    async (request: ExportRequest) => {
      const jobId = newJobId();
      job.current = jobId;
      setPhase({ kind: 'running', progress: null });
      try {
        const result = await call('reports:export-batch', { ...request, jobId });
        if (job.current !== jobId) return;
        setPhase({ kind: 'done', result });
        onFinished?.(result);
      } catch (err) {
        if (job.current === jobId) setPhase({ kind: 'error', error: toApiError(err) });
      }
    },
    [onFinished],
  );

  const reset = useCallback(() => {
    job.current = null;
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, running: phase.kind === 'running', run, reset };
}
