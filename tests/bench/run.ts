/**
 * `npm run bench [-- --count 1000] [-- --only import,query,api]`: measures and prints a table.
 * Timings are reported, never asserted. Rows:
 *  - import of N generated bundles (bundles/s, pages/s), beside sha256sum and pdftotext run over
 *    the same PDF files (ratio = ours / baseline wall time);
 *  - case-list query and 2-character full-text search (p50/p95) on 100,000 cases / 1,000,000 pages;
 *  - the case list through the API worker (the path the UI uses);
 *  - rows added by other areas (viewer, exports) from tests/bench/*.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../../electron/cli/format.ts';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { benchImport } from './importBench.ts';
import { benchQueries } from './queryBench.ts';
import type { BenchRow } from './stats.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    cases: { type: 'string', default: '100000' },
    'pages-per-case': { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});

const only = values.only ? new Set(values.only.split(',')) : null;
const wants = (name: string) => only === null || only.has(name);
const cacheDir = path.join(PROJECT_ROOT, '.cache', 'bench');
fs.mkdirSync(cacheDir, { recursive: true });

const rows: BenchRow[] = [];
const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.error(`pingcha bench — ${machine}`);

if (wants('import')) rows.push(...(await benchImport({ count: Number(values.count), cacheDir })));
if (wants('query') || wants('api')) {
  rows.push(
    ...(await benchQueries({
      cases: Number(values.cases),
      pagesPerCase: Number(values['pages-per-case']),
      cacheDir,
      api: wants('api'),
      query: wants('query'),
    })),
  );
}
for (const extra of ['viewerBench.ts', 'exportBench.ts']) {
  const name = extra.replace('Bench.ts', '');
  const file = path.join(import.meta.dirname, extra);
  if (wants(name) && fs.existsSync(file)) {
    const mod = (await import(file)) as { bench: (opts: { cacheDir: string }) => Promise<BenchRow[]> };
    rows.push(...(await mod.bench({ cacheDir })));
  }
}

console.log(`\nPingcha benchmark (${machine})\n`);
console.log(
  table(
    ['measure', 'value', 'target', 'baseline', 'ratio', 'note'],
    rows.map((r) => [r.measure, r.value, r.target ?? '', r.baseline ?? '', r.ratio ?? '', r.note ?? '']),
  ),
);
