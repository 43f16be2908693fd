/**
 * The campaign, reviewer and rectification commands call the API's own handlers in-process:
 * the contract's zod schemas check their input, so a bad option fails with the same code and
 * field name as the same mistake in the app.
 */
import { createStaging, type ApiContext } from '../api/context.ts';
import { dispatch } from '../api/registry.ts';
import { createExportJobStore } from '../reports/jobStore.ts';
import { openChromiumPrinter } from '../reports/pdf/chromium.ts';
import { lazyPrinter } from '../reports/pdf/lazy.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import { localIsoDate } from '../../shared/calendar/dates.ts';
import { isoDate } from '../../shared/domain/bundle.ts';
import { appErrorFromData } from '../../shared/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import { option, UsageError, type ParsedArgs } from './args.ts';

/** `--today` (the date deadlines and overdue items are reckoned from), else the local date. */
export function todayOption(args: ParsedArgs): string {
  const today = option(args, 'today') ?? localIsoDate();
  if (!isoDate.safeParse(today).success) throw new UsageError(`--today 应为 YYYY-MM-DD / must be a date: ${today}`);
  return today;
}

export interface CliApi {
  ctx: ApiContext;
  call<K extends OperationName>(name: K, input: unknown): Promise<OperationOutput<K>>;
  /** Closes the PDF printer if a command printed (one browser for the whole command). */
  close(): Promise<void>;
}

export function cliApi(ws: Workspace, today: string): CliApi {
  const ctx: ApiContext = {
    ws,
    // None of these commands imports bundles, so no PDF extraction pool is started.
    extractor: {
      extract: () => Promise.reject(new Error('PDF extraction is not available in this command')),
    },
    staging: createStaging(),
    emit: () => undefined,
    today: () => today,
    printer: lazyPrinter(() => openChromiumPrinter()),
    exportJobs: createExportJobStore(),
  };
  return {
    ctx,
    close: () => ctx.printer.close(),
    async call(name, input) {
      const result = await dispatch(ctx, name, input);
      if (!result.ok) throw appErrorFromData(result.error);
      return result.value as OperationOutput<typeof name>;
    },
  };
}

/** A comma list as offices type it: `a,b`, `a，b` or `a、b`. */
export function listOption(args: ParsedArgs, name: string): string[] | undefined {
  const value = option(args, name);
  if (value === undefined) return undefined;
  const items = value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`--${name} 不能为空 / must not be empty`);
  return items;
}

/** A positional id (campaign, item): a positive whole number. */
export function idArgument(value: string | undefined, what: string): number {
  if (value === undefined) throw new UsageError(`请给出 ${what} / give ${what}`);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${what} 应为正整数 / must be a positive whole number: ${value}`);
  return n;
}

/** A whole-number option, passed on as given so the contract reports the field when it is out of range. */
export function numberOption(args: ParsedArgs, name: string): number | undefined {
  const value = option(args, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || value.trim() === '')
    throw new UsageError(`--${name} 应为数字 / must be a number: ${value}`);
  return n;
}
