/**
 * `pingcha import` as the foundation issue states its acceptance: generated bundles (structured,
 * loose and batch, folders and zips, GBK names) plus every broken or hostile input the generator
 * makes. Every valid bundle is imported, every broken input is refused with its own code (and
 * field, where the generator names one), and a second run reports every bundle as a duplicate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/api/types.ts';
import { generateFixtures, type FixtureManifest } from '../fixtures/generate.ts';
import { tempDir } from '../api/helpers.ts';
import { runCaptured } from './runCaptured.ts';

async function importCli(workspace: string, inputs: string[]): Promise<{ code: number; summary: ImportSummary }> {
  const run = await runCaptured(['import', ...inputs, '--workspace', workspace, '--json']);
  return { code: run.code, summary: run.json() as ImportSummary };
}

let dir: string;
let manifest: FixtureManifest;
let inputs: string[];

beforeAll(async () => {
  dir = tempDir('pingcha-cli-import-');
  manifest = await generateFixtures({
    count: 24,
    seed: 4242,
    outDir: path.join(dir, 'fixtures'),
    broken: true,
    zipRate: 0.4,
    workers: 1,
  });
  // What a reviewer would pick: the bundles folder, each batch, and the folder of broken inputs.
  inputs = [
    path.join(dir, 'fixtures', 'bundles'),
    path.join(dir, 'fixtures', 'batches'),
    path.join(dir, 'fixtures', 'broken'),
  ];
  inputs = inputs.filter((p) => fs.existsSync(p));
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pingcha import of generated bundles and broken inputs', () => {
  it('imports every valid bundle, refuses each broken input with its code, then reports duplicates', async () => {
    const workspace = path.join(dir, 'ws');
    const first = await importCli(workspace, inputs);
    expect(first.code).toBe(1); // some inputs failed, the rest imported

    const caseNumbers = manifest.bundles.map((b) => b.caseNumber).sort();
    expect(first.summary.imported.map((i) => i.caseNumber).sort()).toEqual(caseNumbers);

    const refused = [...first.summary.failures, ...first.summary.conflicts, ...first.summary.duplicates];
    expect(manifest.broken.length).toBeGreaterThanOrEqual(20);
    for (const broken of manifest.broken) {
      const got = refused.filter((f) => f.location === broken.path);
      expect(
        got.map((f) => f.error.code),
        `${broken.kind}: ${broken.path}`,
      ).toEqual([broken.expectedCode]);
      if (broken.expectedField) expect(got[0]!.error.field, broken.kind).toBe(broken.expectedField);
      // The message is bilingual and names the input.
      expect(got[0]!.error.message).toMatch(/[\u4e00-\u9fff][\s\S]* \/ [A-Za-z]/);
      if (broken.expectedCode !== 'BUNDLE_DUPLICATE' && broken.expectedCode !== 'CASE_NUMBER_CONFLICT') {
        expect(got[0]!.error.message).toContain(path.basename(broken.path));
      }
    }
    // Nothing else was refused: the valid bundles are all in `imported`.
    expect(refused).toHaveLength(manifest.broken.length);

    const second = await importCli(workspace, inputs);
    expect(second.summary.imported).toEqual([]);
    expect(second.summary.duplicates.map((d) => d.caseNumber).sort()).toEqual(expect.arrayContaining(caseNumbers));
    const validDuplicates = second.summary.duplicates.filter((d) => caseNumbers.includes(d.caseNumber ?? ''));
    expect(validDuplicates.every((d) => d.error.code === 'BUNDLE_DUPLICATE')).toBe(true);
  }, 300_000);
});
