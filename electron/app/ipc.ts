/**
 * The only file that calls ipcMain.handle. Every call is checked to come from our own top-level
 * frame, and its input is parsed by the contract's schema inside the API worker (dispatch).
 */
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isOperationName } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/api/result.ts';
import { errorMessage } from '../../shared/errors.ts';
import type { ApiHost } from '../api/host.ts';
import { parseSaveRequest, saveFilter } from './saveRequest.ts';
import { isTrustedSender } from './urlPolicy.ts';

export const IPC = {
  invoke: 'pingcha:invoke',
  pickAndImport: 'pingcha:pick-and-import',
  stage: 'pingcha:stage',
  saveExport: 'pingcha:save-export',
  event: 'pingcha:event',
} as const;

function refused(): Result<never> {
  return { ok: false, error: { code: 'UNAUTHORIZED', message: errorMessage('UNAUTHORIZED', 'IPC sender') } };
}

export function registerIpc(host: ApiHost, devServerOrigin: string | null): void {
  const trusted = (event: IpcMainInvokeEvent) =>
    isTrustedSender(event.senderFrame?.url, event.senderFrame === event.sender.mainFrame, devServerOrigin);

  // import:start takes only staging ids, which exist only when main staged paths itself (the
  // dialog, or files the user dropped); the renderer never names a path on disk.
  ipcMain.handle(IPC.invoke, async (event, name: unknown, input: unknown) => {
    if (!trusted(event)) return refused();
    if (typeof name !== 'string' || !isOperationName(name)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', String(name)) } };
    }
    return host.call(name, input);
  });

  ipcMain.handle(IPC.pickAndImport, async (event, options: unknown) => {
    if (!trusted(event)) return refused();
    const { onConflict, kind } = (options ?? {}) as { onConflict?: unknown; kind?: unknown };
    const win = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions: Electron.OpenDialogOptions =
      kind === 'zip'
        ? {
            title: '选择案卷压缩包 / choose .zip bundles',
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: '案卷包 bundles', extensions: ['zip'] }],
          }
        : { title: '选择案卷文件夹 / choose bundle folders', properties: ['openDirectory', 'multiSelections'] };
    const picked = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    if (picked.canceled || picked.filePaths.length === 0) return { ok: true, value: null };
    const stagingId = await host.stage(picked.filePaths);
    return host.call('import:start', { stagingId, onConflict });
  });

  ipcMain.handle(IPC.stage, async (event, paths: unknown) => {
    if (!trusted(event)) return refused();
    if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p.length === 0)) {
      return { ok: false, error: { code: 'VALIDATION', message: errorMessage('VALIDATION', 'paths'), field: 'paths' } };
    }
    return { ok: true, value: { stagingId: await host.stage(paths as string[]) } };
  });

  // An exported file is saved where the user chooses in the native dialog; the renderer names
  // only the job, the file's index and the proposed name, never a path or the bytes.
  ipcMain.handle(IPC.saveExport, async (event, raw: unknown) => {
    if (!trusted(event)) return refused();
    const request = parseSaveRequest(raw);
    if ('error' in request) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: errorMessage('VALIDATION', request.error), field: request.field },
      };
    }
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = {
      title: '保存报告 / save the report',
      defaultPath: path.join(app.getPath('downloads'), request.fileName),
      filters: [saveFilter(request.extension)],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return { ok: true, value: null };
    const bytes = await host.call('reports:download', {
      jobId: request.jobId,
      ...(request.index !== null ? { index: request.index } : {}),
    });
    if (!bytes.ok) return bytes;
    await fs.writeFile(picked.filePath, bytes.value as Uint8Array);
    return { ok: true, value: { path: picked.filePath } };
  });

  host.onEvent((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC.event, name, payload);
  });
}
