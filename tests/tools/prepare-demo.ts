/**
 * Makes the demo bundles `npm start` imports into a fresh demo workspace: 20 generated cases
 * (seeded, so every machine gets the same demo), written once into .cache/demo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateFixtures } from '../fixtures/generate.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, '.cache', 'demo');
if (!fs.existsSync(path.join(out, 'manifest.json'))) {
  console.log('生成演示案卷 generating demo bundles …');
  fs.rmSync(out, { recursive: true, force: true });
  await generateFixtures({ count: 20, seed: 2025, outDir: out, defectRate: 0.4, zipRate: 0.2 });
}
