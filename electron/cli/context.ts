/** What every CLI command receives: parsed arguments, output streams and the workspace opener. */
import { AppError, isAppError } from '../../shared/errors.ts';
import { defaultWorkspaceDir } from '../store/paths.ts';
import { openWorkspace, type Workspace } from '../store/workspace.ts';
import { option, type ParsedArgs } from './args.ts';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface CliContext {
  args: ParsedArgs;
  json: boolean;
  io: CliIO;
  /** Progress goes to stderr only when it is a terminal. */
  progress: (line: string) => void;
  workspaceDir: string;
  openWorkspace(): Promise<Workspace>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options?: string[];
  flags?: string[];
  run(ctx: CliContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_PARTIAL = 1;
export const EXIT_USAGE = 2;

export function makeContext(args: ParsedArgs, io: CliIO): CliContext {
  const workspaceDir = option(args, 'workspace') ?? defaultWorkspaceDir();
  const tty = Boolean(io.stderr.isTTY);
  return {
    args,
    json: args.flags.has('json'),
    io,
    progress: (line) => {
      if (tty) io.stderr.write(`\r\x1b[K${line}`);
    },
    workspaceDir,
    openWorkspace: () => openWorkspace(workspaceDir),
  };
}

export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Prints an error (JSON document or text) and returns the exit code for it. */
export function reportError(ctx: CliContext, err: unknown): number {
  const data = isAppError(err)
    ? err.toData()
    : new AppError('INTERNAL', { detail: err instanceof Error ? err.message : String(err) }).toData();
  if (ctx.json) writeJson(ctx, { ok: false, error: data });
  else
    ctx.io.stderr.write(
      `错误 / error [${data.code}]: ${data.message}${data.field ? ` (字段 field: ${data.field})` : ''}\n`,
    );
  return data.code === 'VALIDATION' ? EXIT_USAGE : EXIT_PARTIAL;
}
