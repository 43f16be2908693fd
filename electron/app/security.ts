/**
 * Session- and window-level hardening: no navigation away from the app, no new windows, no
 * webviews, every permission request denied, and (offline means offline) no network requests
 * except our own app:// scheme and a dev server in development.
 */
import { app, session, type WebContents } from 'electron';
import { safeOpenExternal } from './safeOpenExternal.ts';
import { decideWindowOpen, isAllowedNavigation } from './urlPolicy.ts';

export function hardenSession(devServerOrigin: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed =
      url.startsWith('app://') ||
      url.startsWith('devtools://') ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      (devServerOrigin !== null && isAllowedNavigation(url, devServerOrigin));
    callback({ cancel: !allowed });
  });
}

export function hardenWebContents(contents: WebContents, devServerOrigin: string | null): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void safeOpenExternal(decision.openExternally);
    return { action: 'deny' };
  });
}

export function installGlobalGuards(devServerOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerOrigin));
}
