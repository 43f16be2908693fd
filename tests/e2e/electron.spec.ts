/**
 * The desktop journey under real Electron (`_electron.launch`). The Electron binary cannot be
 * downloaded on every machine (it comes from outside the npm registry); where it is missing this
 * spec is skipped with the reason printed, and the same journey runs in browser mode
 * (journey.spec.ts) against the same renderer and handlers.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary, ensureElectronBuilt, PROJECT_ROOT } from '../../electron/cli/build.ts';

const binary = electronBinary();
if (!binary) {
  console.log(
    'electron.spec: skipped — the Electron binary is not installed (node_modules/electron/dist is missing; ' +
      'its download needs internet). The same journey runs in browser mode.',
  );
}

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'Electron binary not installed on this machine');

  test('opens the review desk on a fresh workspace with a hardened window', async () => {
    const main = ensureElectronBuilt((line) => console.log(line));
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [main],
      cwd: PROJECT_ROOT,
      env: { ...process.env, PINGCHA_USER_DATA: path.join(home, 'userData'), PINGCHA_WORKSPACE: path.join(home, 'ws') },
    });
    const window = await app.firstWindow();
    await expect(window.getByTestId('case-list')).toBeVisible();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      return { url: wc.getURL() };
    });
    expect(prefs.url.startsWith('app://pingcha/')).toBe(true);
    // The renderer has no Node: require and process are not defined in the page.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // Navigation away from the app is refused.
    await window.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url().startsWith('app://pingcha/')).toBe(true);
    await app.close();
  });
});
