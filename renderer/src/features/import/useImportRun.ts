/**
 * One import run through whichever door this window has: upload to the loopback bridge then
 * `import:start` (browser mode), files staged by the preload, or the native dialog in main
 * (`pickAndImport`). Progress comes from `import:progress` events, listened to while mounted.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportSummary } from '../../../../shared/api/types.ts';
import { getBridge, type ConflictPolicy } from '../../api/bridge.ts';
import { call, unwrap } from '../../api/client.ts';
import { isAbortError, toApiError, type ApiError } from '../../api/errors.ts';
import { onEvent } from '../../api/events.ts';
import { uploadFiles, type UploadFile, type UploadProgress } from '../../api/upload.ts';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'uploading'; upload: UploadProgress }
  | { kind: 'importing'; progress: ImportProgress | null }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; error: ApiError };

export interface ImportRun {
  phase: ImportPhase;
  busy: boolean;
  /** Browser mode (or preload staging): send the selected files, then import them. */
  importFiles(files: readonly UploadFile[], onConflict: ConflictPolicy): Promise<void>;
  /** Electron: let main show its open dialog and import what the user picks. */
  pickAndImport(kind: 'folder' | 'zip', onConflict: ConflictPolicy): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useImportRun(onImported: (summary: ImportSummary) => void): ImportRun {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Progress events arrive while `import:start` is pending; only an importing phase takes them.
  useEffect(
    () =>
      onEvent('import:progress', (progress) =>
        setPhase((current) => (current.kind === 'importing' ? { kind: 'importing', progress } : current)),
      ),
    [],
  );

  const finish = useCallback(
    (summary: ImportSummary) => {
      setPhase({ kind: 'done', summary });
      onImported(summary);
    },
    [onImported],
  );

  const fail = useCallback((err: unknown) => {
    if (isAbortError(err)) setPhase({ kind: 'idle' });
    else setPhase({ kind: 'error', error: toApiError(err) });
  }, []);

  const importFiles = useCallback(
    async (files: readonly UploadFile[], onConflict: ConflictPolicy) => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        const bridge = getBridge();
        let stagingId: string;
        if (bridge?.stageFiles) {
          setPhase({ kind: 'importing', progress: null });
          stagingId = unwrap<{ stagingId: string }>(await bridge.stageFiles(files.map((f) => f.file))).stagingId;
        } else {
          const totalBytes = files.reduce((n, f) => n + f.file.size, 0);
          setPhase({
            kind: 'uploading',
            upload: { doneFiles: 0, totalFiles: files.length, doneBytes: 0, totalBytes },
          });
          stagingId = await uploadFiles(files, (upload) => setPhase({ kind: 'uploading', upload }), abort.signal);
        }
        setPhase({ kind: 'importing', progress: null });
        finish(await call('import:start', { stagingId, onConflict }));
      } catch (err) {
        fail(err);
      } finally {
        controller.current = null;
      }
    },
    [finish, fail],
  );

  const pickAndImport = useCallback(
    async (kind: 'folder' | 'zip', onConflict: ConflictPolicy) => {
      const bridge = getBridge();
      if (!bridge?.pickAndImport) return;
      try {
        setPhase({ kind: 'importing', progress: null });
        const summary = unwrap<ImportSummary | null>(await bridge.pickAndImport({ onConflict, kind }));
        if (summary) finish(summary);
        else setPhase({ kind: 'idle' });
      } catch (err) {
        fail(err);
      }
    },
    [finish, fail],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setPhase({ kind: 'idle' }), []);

  const busy = phase.kind === 'uploading' || phase.kind === 'importing';
  return { phase, busy, importFiles, pickAndImport, cancel, reset };
}
