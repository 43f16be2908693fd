/** Runs the CLI in-process with stdout and stderr captured as text, as the command tests read it. */
import { Writable } from 'node:stream';
import { runCli } from '../../electron/cli/main.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** stdout parsed as the one JSON document of --json; the tests check it field by field. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): any;
}

export async function runCaptured(argv: string[]): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr });
  return { code, out: stdout.text, err: stderr.text, json: () => JSON.parse(stdout.text) };
}
