/**
 * Importing through the UI in browser mode: the files are uploaded to the bridge, staged and
 * imported by the same importer as the CLI; the dialog shows progress and per-file results,
 * including broken inputs with their code.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateFixtures, type FixtureManifest } from '../fixtures/generate.ts';
import { artifactPath, startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;
let fixtures: FixtureManifest;

test.beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-imp-'));
  fixtures = await generateFixtures({
    count: 4,
    seed: 12,
    outDir: out,
    zipRate: 1,
    shapes: ['structured'],
    broken: true,
  });
  server = await startServe();
});
test.afterAll(async () => {
  await server?.stop();
});

test('bundles dropped into the import dialog are imported; broken ones are listed with their reason', async ({
  page,
}) => {
  const slip = fixtures.broken.find((b) => b.expectedCode === 'ZIP_PATH_ESCAPE' && b.path.endsWith('.zip'));
  expect(slip, 'the generator writes a zip-slip archive').toBeTruthy();
  await page.goto(server.launchUrl);
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.screenshot({ path: artifactPath('01-empty-desk.png') });

  await page.getByTestId('open-import').click();
  await page.getByTestId('import-zip-input').setInputFiles([...fixtures.bundles.map((b) => b.path), slip!.path]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-count-imported')).toHaveAttribute(
    'data-count',
    String(fixtures.bundles.length),
  );
  await expect(page.getByTestId('import-count-failures')).toHaveAttribute('data-count', '1');
  await expect(page.locator('[data-testid="import-issue"][data-code="ZIP_PATH_ESCAPE"]')).toBeVisible();
  await page.screenshot({ path: artifactPath('02-import-result.png') });
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('case-row')).toHaveCount(fixtures.bundles.length);
  await expect(page.getByTestId('status-line')).toHaveAttribute('data-total', String(fixtures.bundles.length));
});
