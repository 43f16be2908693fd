/**
 * What the Electron preload exposes on `window.pingcha` (absent in browser mode). The preload is
 * written on the Node side; this declaration is the renderer's view of it, kept deliberately
 * loose on operation names (the client narrows them through the contract).
 */
import type { Result } from '../../../shared/api/result.ts';
import type { ImportSummary } from '../../../shared/api/types.ts';

export type ConflictPolicy = 'skip' | 'replace' | 'version';

export interface PingchaBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on(event: string, callback: (payload: unknown) => void): () => void;
  /**
   * Opens the native open dialog in main, stages what the user picked and imports it.
   * Resolves to `null` in `value` when the user cancels the dialog.
   */
  pickAndImport?(options: {
    onConflict: ConflictPolicy;
    kind: 'folder' | 'zip';
  }): Promise<Result<ImportSummary | null>>;
  /** Stages files dropped on the window (main resolves their paths); returns a staging id. */
  stageFiles?(files: File[]): Promise<Result<{ stagingId: string }>>;
  /**
   * Saves a file of a finished export job (no index: the zip of all) where the user chooses in
   * main's save dialog, pre-filled with `fileName`; `value: null` when cancelled.
   */
  saveExport?(request: { jobId: string; index?: number; fileName: string }): Promise<Result<{ path: string } | null>>;
}

declare global {
  interface Window {
    pingcha?: PingchaBridge;
  }
}

/** The preload bridge when running inside Electron, else `null` (browser mode). */
export function getBridge(): PingchaBridge | null {
  return typeof window !== 'undefined' && window.pingcha ? window.pingcha : null;
}
