/**
 * Electron entry: paths, single-instance lock, security, the API worker, the window.
 * Everything else (store, import, reports) runs in plain Node services shared with the CLI and
 * the browser-mode bridge.
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { isAppError } from '../shared/errors.ts';
import { startApiHost, type ApiHost } from './api/host.ts';
import { registerIpc } from './app/ipc.ts';
import { createElectronPdfPrinter } from './app/pdfPrinter.ts';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app/protocol.ts';
import { hardenSession, installGlobalGuards } from './app/security.ts';
import { createMainWindow } from './app/window.ts';
import { defaultWorkspaceDir, userDataDir } from './store/paths.ts';

// userData first: the single-instance lock is keyed on it, and tests point it at a temp folder.
app.setPath('userData', process.env.PINGCHA_USER_DATA ?? userDataDir());
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : null;

registerAppSchemeAsPrivileged();
installGlobalGuards(devServerOrigin);

let host: ApiHost | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(async () => {
    hardenSession(devServerOrigin);
    serveRenderer(path.join(app.getAppPath(), 'out', 'renderer'));
    const workspace = process.env.PINGCHA_WORKSPACE ?? defaultWorkspaceDir();
    try {
      // PDF exports print in main (printToPDF in a hidden sandboxed window); the API worker asks
      // for each document over the worker protocol, so it never depends on Electron.
      host = await startApiHost(workspace, { openPrinter: createElectronPdfPrinter });
    } catch (err) {
      const message = isAppError(err) ? err.message : String(err);
      dialog.showErrorBox('评查 Pingcha', `无法打开工作区 / cannot open the workspace\n${workspace}\n\n${message}`);
      app.exit(1);
      return;
    }
    registerIpc(host, devServerOrigin);
    createMainWindow({ devServerUrl, packaged: app.isPackaged });
  });

  app.on('window-all-closed', () => {
    void host?.close().finally(() => app.quit());
  });
}
