/** The one BrowserWindow factory: every webPreferences setting in one place. */
import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN } from './urlPolicy.ts';

export function createMainWindow(options: { devServerUrl: string | null; packaged: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '评查 Pingcha',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      // main is bundled to out/main/index.js, the preload to out/preload/index.cjs.
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !options.packaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_e, details) => {
    void win.loadURL(
      `data:text/plain;charset=utf-8,${encodeURIComponent(`界面进程异常退出（${details.reason}），请重新启动。`)}`,
    );
  });
  void win.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
