/**
 * The only file that calls ipcMain.handle. Every call is checked to come from our own top-level
 * frame, and its input is parsed by the contract's schema inside the API worker (dispatch).
 */
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isOperationName } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/api/result.ts';
import { errorMessage } from '../../shared/errors.ts';
import type { ApiHost } from '../api/host.ts';
import { isTrustedSender } from './urlPolicy.ts';

export const IPC = {
  invoke: 'pingcha:invoke',
  pickAndImport: 'pingcha:pick-and-import',
  importPaths: 'pingcha:import-dropped',
  event: 'pingcha:event',
} as const;

function refused(): Result<never> {
  return { ok: false, error: { code: 'UNAUTHORIZED', message: errorMessage('UNAUTHORIZED', 'IPC sender') } };
}

export function registerIpc(host: ApiHost, devServerOrigin: string | null): void {
  const trusted = (event: IpcMainInvokeEvent) =>
    isTrustedSender(event.senderFrame?.url, event.senderFrame === event.sender.mainFrame, devServerOrigin);

  ipcMain.handle(IPC.invoke, async (event, name: unknown, input: unknown) => {
    if (!trusted(event)) return refused();
    if (typeof name !== 'string' || !isOperationName(name) || name === 'import:start') {
      // import:start takes a staging id that only main creates (dialog or drop), never the renderer.
      return { ok: false, error: { code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', String(name)) } };
    }
    return host.call(name, input);
  });

  const importStaged = async (paths: string[], onConflict: unknown) => {
    const stagingId = await host.stage(paths);
    return host.call('import:start', { stagingId, onConflict });
  };

  ipcMain.handle(IPC.pickAndImport, async (event, onConflict: unknown) => {
    if (!trusted(event)) return refused();
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: '选择案卷包（文件夹或 .zip） / choose bundles',
      properties: ['openFile', 'openDirectory', 'multiSelections'],
      filters: [{ name: '案卷包 bundles', extensions: ['zip'] }],
    };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (picked.canceled || picked.filePaths.length === 0) return { ok: true, value: null };
    return importStaged(picked.filePaths, onConflict);
  });

  // Paths of files the user dropped on the window (preload reads them with webUtils).
  ipcMain.handle(IPC.importPaths, async (event, paths: unknown, onConflict: unknown) => {
    if (!trusted(event)) return refused();
    if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p.length === 0)) {
      return { ok: false, error: { code: 'VALIDATION', message: errorMessage('VALIDATION', 'paths'), field: 'paths' } };
    }
    return importStaged(paths as string[], onConflict);
  });

  host.onEvent((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC.event, name, payload);
  });
}
