/**
 * `serve --json` prints one JSON document on stdout, which the benchmark and other tools parse;
 * a renderer build on the way (Vite logs to stdout) must not land in front of it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BUILD = fileURLToPath(new URL('../../electron/cli/build.ts', import.meta.url));

function runInChild(stepScript: string): { status: number | null; stdout: string; stderr: string } {
  const script = `
    import { runBuildStep } from ${JSON.stringify(BUILD)};
    try {
      runBuildStep(['-e', ${JSON.stringify(stepScript)}], 'probe', (line) => console.error(line));
      process.stdout.write(JSON.stringify({ ok: true }));
    } catch (err) {
      console.error(String(err));
      process.exitCode = 3;
    }`;
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('build steps', () => {
  it('send the build tool’s stdout to stderr, so the command’s stdout holds only its JSON', () => {
    const run = runInChild('console.log("vite v8 building for production…"); console.error("a warning")');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true });
    expect(run.stderr).toContain('构建 building probe');
    expect(run.stderr).toContain('vite v8 building for production…');
    expect(run.stderr).toContain('a warning');
  });

  it('fail with the step’s name and exit code when the tool fails', () => {
    const run = runInChild('process.exit(5)');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('probe build failed (exit 5)');
  });
});
