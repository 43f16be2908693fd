/**
 * Builds what `serve` and `start` need when it is missing or older than its sources: the
 * renderer (Vite) and, for Electron, main + preload (electron-vite).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_OUT = path.join(PROJECT_ROOT, 'out', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isStale(output: string, sources: string[]): boolean {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => newestMtime(path.join(PROJECT_ROOT, s)) > built);
}

/**
 * Runs a build step with Node. Its output goes to stderr, all of it: stdout belongs to the
 * command (`serve --json` prints one JSON document there, which a tool reads).
 */
export function runBuildStep(args: string[], label: string, log: (line: string) => void): void {
  log(`构建 building ${label} …`);
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`${label} build failed (exit ${result.status})`);
}

export function ensureRendererBuilt(log: (line: string) => void): string {
  const index = path.join(RENDERER_OUT, 'index.html');
  if (isStale(index, ['renderer', 'shared'])) {
    runBuildStep(
      [
        path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'renderer/vite.config.ts',
      ],
      'renderer',
      log,
    );
  }
  return RENDERER_OUT;
}

export function ensureElectronBuilt(log: (line: string) => void): string {
  const main = path.join(PROJECT_ROOT, 'out', 'main', 'index.js');
  if (isStale(main, ['electron', 'shared', 'renderer'])) {
    runBuildStep(
      [
        path.join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
        'build',
        '--config',
        'electron/electron.vite.config.ts',
      ],
      'electron',
      log,
    );
  }
  return main;
}

/** The Electron binary, when its download succeeded (it cannot on machines without internet). */
export function electronBinary(): string | null {
  const dir = path.join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}
