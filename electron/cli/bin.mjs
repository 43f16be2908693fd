#!/usr/bin/env node
// Launcher for the `pingcha` CLI. The CLI is TypeScript run by Node's type stripping, and its
// native SQLite module needs N-API 10, so it needs Node >= 22.18. When started by an older Node
// (the system's Node 20, say), it runs itself again with the Node 22 that `npm install` put in
// node_modules (the `node` devDependency).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

if (modern) {
  const { runCli } = await import(pathToFileURL(path.join(here, 'main.ts')).href);
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} else {
  const root = path.resolve(here, '..', '..');
  const candidates = [
    path.join(root, 'node_modules', 'node', 'bin', 'node'),
    path.join(root, 'node_modules', 'node', 'bin', 'node.exe'),
  ];
  const node22 = candidates.find((p) => existsSync(p));
  if (!node22) {
    process.stderr.write(
      `pingcha 需要 Node.js 22.18 或更高版本（当前 ${process.version}）；请先在项目目录运行 npm install。\n` +
        `pingcha needs Node.js >= 22.18 (this is ${process.version}); run npm install in the project first.\n`,
    );
    process.exit(2);
  }
  const result = spawnSync(node22, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
