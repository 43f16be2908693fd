/**
 * Runs one operation on a table of handlers: parses the input as `unknown` with the
 * operation's schema and always resolves to a Result. The API worker dispatches over every
 * handler (registry.ts); the reader thread over the document handlers only, without loading
 * the rest.
 */
import { contract, isOperationName, type OperationName } from '../../shared/api/contract.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import { jsonPath } from '../../shared/domain/bundle.ts';
import { AppError, isAppError } from '../../shared/errors.ts';

/** An operation outside `table` is NOT_FOUND. */
export async function dispatchTo<C>(
  table: Partial<Record<OperationName, (ctx: C, input: never) => unknown>>,
  ctx: C,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  const handler = isOperationName(name) ? table[name] : undefined;
  if (!isOperationName(name) || !handler) {
    return fail(new AppError('NOT_FOUND', { detail: `operation ${name}`, field: 'operation' }).toData());
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = jsonPath(issue.path);
    return fail(
      new AppError('VALIDATION', {
        detail: `${name} ${field}: ${issue.message}`,
        field,
        details: parsed.error.issues.map((i) => ({ field: jsonPath(i.path), message: i.message })),
      }).toData(),
    );
  }
  try {
    return ok(await handler(ctx, parsed.data as never));
  } catch (err) {
    if (isAppError(err)) return fail(err.toData());
    return fail(new AppError('INTERNAL', { detail: err instanceof Error ? err.message : String(err) }).toData());
  }
}
