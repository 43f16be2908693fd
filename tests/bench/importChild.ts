/** Runs one import in a fresh process and prints its figures as JSON (for an honest RSS). */
import { importPaths } from '../../electron/import/importer.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';

const [workspaceDir, listFile] = process.argv.slice(2);
const fs = await import('node:fs');
const inputs = JSON.parse(fs.readFileSync(listFile!, 'utf8')) as string[];
const ws = await openWorkspace(workspaceDir!);
const started = performance.now();
const summary = await importPaths(ws, inputs);
const seconds = (performance.now() - started) / 1000;
ws.close();
process.stdout.write(
  JSON.stringify({
    seconds,
    imported: summary.imported.length,
    failures: summary.failures.length,
    pages: summary.pages,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
