// Playwright drives the real renderer and handlers in browser mode (`pingcha serve`) in Debian's
// Chromium; each spec starts its own server on a fresh workspace (tests/e2e/support/server.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/e2e-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: './artifacts/playwright.json' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // On Linux Chromium takes its UI language from LANGUAGE (with chromium-l10n's packs); LANG
      // stays as it is, since a locale the system lacks would garble non-ASCII file names.
      env: { ...process.env, LANGUAGE: 'zh_CN' },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Date inputs follow the browser's UI language, not the page's: show them as on Chinese Windows.
        '--lang=zh-CN',
      ],
    },
  },
});
