// Prints one closing line for the whole `npm test` run from the vitest and Playwright JSON
// reports: "tests: N passed, N failed, N skipped". Exits non-zero if either report is missing or
// counts a failure, so the line can never claim more than the runners did.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'artifacts');
const read = (name) => {
  const file = path.join(root, name);
  if (!fs.existsSync(file)) {
    console.error(`test-summary: ${file} missing`);
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};

const unit = read('vitest.json');
const e2e = read('playwright.json');
// A flaky e2e test (failed, then passed on its retry) counts as passed; the list reporter names it.
const e2ePassed = (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
const passed = unit.numPassedTests + e2ePassed;
const failed = unit.numFailedTests + (e2e.stats?.unexpected ?? 0);
const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0) + (e2e.stats?.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests ?? 0} skipped`);
console.log(`e2e: ${e2ePassed} passed, ${e2e.stats?.unexpected ?? 0} failed, ${e2e.stats?.skipped ?? 0} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
