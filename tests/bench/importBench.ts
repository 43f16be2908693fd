/** Import throughput of generated bundles, beside sha256sum and pdftotext over the same PDFs. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateFixtures } from '../fixtures/generate.ts';
import type { BenchRow } from './stats.ts';

function listPdfs(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.pdf'))
    .map((e) => path.join(e.parentPath, e.name));
}

async function timeParallel(commands: string[][], parallel: number): Promise<number> {
  const start = performance.now();
  const queue = [...commands];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let cmd = queue.shift(); cmd; cmd = queue.shift()) {
        await new Promise<void>((resolve, reject) => {
          const child = spawn(cmd[0]!, cmd.slice(1), { stdio: 'ignore' });
          child.on('exit', () => resolve());
          child.on('error', reject);
        });
      }
    }),
  );
  return (performance.now() - start) / 1000;
}

export async function benchImport(opts: { count: number; cacheDir: string }): Promise<BenchRow[]> {
  const out = path.join(opts.cacheDir, `bundles-${opts.count}`);
  if (!fs.existsSync(path.join(out, 'manifest.json'))) {
    console.error(`import bench: generating ${opts.count} bundles in ${out} …`);
    fs.rmSync(out, { recursive: true, force: true });
    await generateFixtures({
      count: opts.count,
      seed: 2026,
      outDir: out,
      defectRate: 0.3,
      zipRate: 0,
      shapes: ['structured'],
    });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    bundles: { path: string }[];
  };
  const inputs = manifest.bundles.map((b) => b.path);
  const pdfs = listPdfs(out);
  const bytes = pdfs.reduce((n, f) => n + fs.statSync(f).size, 0);

  // Warm the OS page cache so every contestant reads from memory.
  for (const f of pdfs) fs.readFileSync(f);

  const shaStart = performance.now();
  for (let i = 0; i < pdfs.length; i += 500) spawnSync('sha256sum', pdfs.slice(i, i + 500), { stdio: 'ignore' });
  const shaSeconds = (performance.now() - shaStart) / 1000;

  const parallel = Math.max(1, Math.min(os.availableParallelism(), 4));
  const pdftotextSeconds = await timeParallel(
    pdfs.map((f) => ['pdftotext', '-q', f, '/dev/null']),
    parallel,
  );

  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-bench-ws-'));
  const list = path.join(ws, 'inputs.json');
  fs.writeFileSync(list, JSON.stringify(inputs));
  const child = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, 'importChild.ts'), path.join(ws, 'workspace'), list],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as {
    seconds: number;
    imported: number;
    failures: number;
    pages: number;
    maxRssMb: number;
  };
  fs.rmSync(ws, { recursive: true, force: true });

  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const label = `${inputs.length} bundles, ${pdfs.length} PDFs, ${result.pages} pages, ${(bytes / 2 ** 20).toFixed(1)} MiB`;
  return [
    {
      measure: `import ${inputs.length} bundles (wall)`,
      value: `${result.seconds.toFixed(2)} s`,
      target: `≤ pdftotext (${result.seconds <= pdftotextSeconds ? 'met' : 'NOT met'})`,
      baseline: `pdftotext ×${parallel}: ${pdftotextSeconds.toFixed(2)} s`,
      ratio: ratio(result.seconds, pdftotextSeconds),
      note: label,
    },
    {
      measure: 'import throughput',
      value: `${(result.imported / result.seconds).toFixed(1)} bundles/s, ${(result.pages / result.seconds).toFixed(0)} pages/s`,
      baseline: `sha256sum: ${shaSeconds.toFixed(2)} s`,
      ratio: ratio(result.seconds, shaSeconds),
      note: `${result.imported} imported, ${result.failures} failed; peak RSS ${result.maxRssMb.toFixed(0)} MiB`,
    },
  ];
}
