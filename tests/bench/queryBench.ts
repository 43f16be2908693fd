/** Case-list and full-text search latency on a 100,000-case / 1,000,000-page workspace. */
import path from 'node:path';
import { startApiHost } from '../../electron/api/host.ts';
import { listCases } from '../../electron/store/queries/cases.ts';
import { searchPages } from '../../electron/store/queries/search.ts';
import type { CaseListInput } from '../../shared/api/contract.ts';
import { ms, percentile, timeSync, verdict, type BenchRow } from './stats.ts';
import { SEARCH_WORDS, syntheticWorkspace } from './synthetic.ts';

const UNITS = ['大沽街道综合执法大队', '新村街道综合执法大队', '海滨街道综合执法大队', undefined];
const SORTS = ['caseDate', 'caseNumber', 'unit', 'fine'] as const;

function listQueries(n: number, total: number): CaseListInput[] {
  return Array.from({ length: n }, (_, i) => ({
    unit: UNITS[i % UNITS.length],
    procedure: i % 3 === 0 ? 'simple' : undefined,
    dateFrom: i % 5 === 0 ? '2023-01-01' : undefined,
    dateTo: i % 5 === 0 ? '2024-06-30' : undefined,
    sort: SORTS[i % SORTS.length],
    direction: i % 2 === 0 ? 'desc' : 'asc',
    offset: (i * 7919) % Math.max(1, total - 200),
    limit: 200,
  }));
}

export async function benchQueries(opts: {
  cases: number;
  pagesPerCase: number;
  cacheDir: string;
  api: boolean;
  query: boolean;
}): Promise<BenchRow[]> {
  const dir = path.join(opts.cacheDir, `synthetic-${opts.cases}x${opts.pagesPerCase}`);
  console.error(`query bench: synthetic workspace ${opts.cases} cases × ${opts.pagesPerCase} pages in ${dir}`);
  const { ws, info } = await syntheticWorkspace(dir, opts.cases, opts.pagesPerCase);
  const rows: BenchRow[] = [];
  const scale = `${info.cases.toLocaleString('en')} cases / ${info.pages.toLocaleString('en')} pages`;
  if (info.buildSeconds !== null)
    rows.push({ measure: 'synthetic workspace build', value: `${info.buildSeconds.toFixed(1)} s`, note: scale });

  if (opts.query) {
    const queries = listQueries(300, info.cases);
    for (const q of queries.slice(0, 20)) listCases(ws.db, q); // warm the statement cache and page cache
    const listTimes = queries.map((q) => timeSync(() => listCases(ws.db, q)).ms);
    const p95 = percentile(listTimes, 95);
    rows.push({
      measure: 'case list query p50 / p95',
      value: `${ms(percentile(listTimes, 50))} / ${ms(p95)}`,
      target: `p95 ≤ 30 ms (${verdict(p95, 30)})`,
      note: `${scale}; filters+sort+page of 200`,
    });

    const words = Array.from({ length: 200 }, (_, i) => SEARCH_WORDS[i % SEARCH_WORDS.length]!);
    for (const w of words.slice(0, 12)) searchPages(ws.db, w);
    const searchTimes = words.map((w) => timeSync(() => searchPages(ws.db, w, 100)).ms);
    const sp95 = percentile(searchTimes, 95);
    rows.push({
      measure: '2-char full-text search p50 / p95',
      value: `${ms(percentile(searchTimes, 50))} / ${ms(sp95)}`,
      target: `p95 ≤ 100 ms (${verdict(sp95, 100)})`,
      note: `${scale}; first 100 hits + count to 1000`,
    });
  }
  ws.close();

  if (opts.api) {
    const host = await startApiHost(dir);
    const queries = listQueries(200, info.cases);
    for (const q of queries.slice(0, 10)) await host.call('cases:list', q);
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      const result = await host.call('cases:list', q);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
    }
    await host.close();
    const p95 = percentile(times, 95);
    rows.push({
      measure: 'API cases:list via worker p50 / p95',
      value: `${ms(percentile(times, 50))} / ${ms(p95)}`,
      target: `p95 ≤ 30 ms (${verdict(p95, 30)})`,
      note: `${scale}; round trip through the API worker thread`,
    });
  }
  return rows;
}
