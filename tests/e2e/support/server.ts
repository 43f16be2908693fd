/**
 * Starts `pingcha serve` as a child process on a fresh (or given) workspace and returns its
 * launch URL; the same command a user runs, so the e2e tests cover the CLI, the bridge and
 * the worker-hosted handlers together.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ServeHandle {
  launchUrl: string;
  url: string;
  port: number;
  workspace: string;
  stop(): Promise<void>;
}

export async function startServe(
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-')),
  options: { today?: string } = {},
): Promise<ServeHandle> {
  // `npm run test:e2e` builds the renderer first; the server serves that build as it is.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'electron', 'cli', 'bin.mjs'),
      'serve',
      '--workspace',
      workspace,
      '--port',
      '0',
      '--no-build',
      '--json',
      ...(options.today ? ['--today', options.today] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const info = await new Promise<{ url: string; launchUrl: string; port: number }>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      try {
        const parsed = JSON.parse(stdout) as { url: string; launchUrl: string; port: number };
        clearTimeout(timer);
        resolve(parsed);
      } catch {
        // not complete yet
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${stderr}`));
    });
  });
  return {
    ...info,
    workspace,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function artifactPath(name: string): string {
  const dir = path.join(ROOT, 'tests', 'artifacts', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** Imports bundles into a workspace with the CLI (fails the test setup when any input fails). */
export function importWithCli(workspace: string, paths: string[]): void {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'electron', 'cli', 'bin.mjs'), 'import', ...paths, '--workspace', workspace, '--json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0)
    throw new Error(`pingcha import failed (${result.status}): ${result.stderr}${result.stdout}`);
}
