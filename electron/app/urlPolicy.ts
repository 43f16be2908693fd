/**
 * Pure URL rules of the Electron shell (unit-tested without Electron):
 * the window may only show our own app:// origin; nothing opens new windows; the one external
 * opener accepts http(s) links only.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'pingcha';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Navigation inside the window is allowed only to our own origin (parsed, not a prefix test). */
export function isAllowedNavigation(target: string, devServerOrigin: string | null = null): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '')
    return true;
  if (devServerOrigin !== null) {
    const dev = new URL(devServerOrigin);
    return url.protocol === dev.protocol && url.host === dev.host && url.username === '' && url.password === '';
  }
  return false;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/** window.open and target=_blank never create windows; http(s) links go to the system browser. */
export function decideWindowOpen(target: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(target) ? target : null };
}

export function isSafeExternalUrl(target: string): boolean {
  try {
    const url = new URL(target);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** IPC is accepted only from our own top-level frame. */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  devServerOrigin: string | null = null,
): boolean {
  return isMainFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl, devServerOrigin);
}
