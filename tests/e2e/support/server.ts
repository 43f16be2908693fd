/**
 * Starts `pingcha serve` as a child process on a fresh (or given) workspace and returns its
 * launch URL; the same command a user runs, so the e2e tests cover the CLI, the bridge and
 * the worker-hosted handlers together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

export async function startServe(workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-e2e-ws-'))): Promise<ServeHandle> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'electron', 'cli', 'bin.mjs'), 'serve', '--workspace', workspace, '--port', '0', '--json'],
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
