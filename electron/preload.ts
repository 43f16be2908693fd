/**
 * The sandboxed preload: exposes `window.pingcha` with named functions only — never
 * ipcRenderer itself. Operation names are checked against the contract's list here too.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { OPERATION_NAMES } from '../shared/api/contract.ts';

const names = new Set<string>(OPERATION_NAMES);

type ConflictPolicy = 'skip' | 'replace' | 'version';

const api = {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!names.has(name)) return Promise.reject(new Error(`unknown operation ${name}`));
    return ipcRenderer.invoke('pingcha:invoke', name, input);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    const wrapped = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('pingcha:event', wrapped);
    return () => ipcRenderer.removeListener('pingcha:event', wrapped);
  },
  /** Main shows the open dialog, stages the choice and imports it; `value: null` when cancelled. */
  pickAndImport(options: { onConflict: ConflictPolicy; kind: 'folder' | 'zip' }): Promise<unknown> {
    return ipcRenderer.invoke('pingcha:pick-and-import', options);
  },
  /** Files dropped on the window: main stages their paths and returns a one-time staging id. */
  stageFiles(files: File[]): Promise<unknown> {
    const paths = files.map((f) => webUtils.getPathForFile(f)).filter((p) => p.length > 0);
    return ipcRenderer.invoke('pingcha:stage', paths);
  },
  /**
   * Saves a file of a finished export job (or, without `index`, the zip of all of them): main
   * shows the save dialog pre-filled with `fileName` and writes the bytes it fetches itself.
   * Resolves to `value: null` when the user cancels.
   */
  saveExport(request: { jobId: string; index?: number; fileName: string }): Promise<unknown> {
    return ipcRenderer.invoke('pingcha:save-export', {
      jobId: String(request.jobId),
      ...(request.index !== undefined ? { index: Number(request.index) } : {}),
      fileName: String(request.fileName),
    });
  },
};

contextBridge.exposeInMainWorld('pingcha', api);

export type PingchaBridge = typeof api;
