/**
 * Every handler, keyed by operation name. The type makes the map complete: an operation in the
 * contract without a handler (or a handler without an operation) does not compile. `dispatch`
 * parses the input as `unknown` with the operation's schema and always resolves to a Result.
 */
import {
  contract,
  isOperationName,
  type OperationName,
  type OperationOutput,
  type ParsedInput,
} from '../../shared/api/contract.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import { jsonPath } from '../../shared/domain/bundle.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import { calendarHandlers } from './calendar.ts';
import { campaignHandlers } from './campaigns.ts';
import { caseHandlers } from './cases.ts';
import type { ApiContext } from './context.ts';
import { documentHandlers } from './documents.ts';
import { evaluationHandlers } from './evaluations.ts';
import { importHandlers } from './imports.ts';
import { rectificationHandlers } from './rectifications.ts';
import { reportHandlers } from './reports.ts';
import { workflowHandlers } from './workflow.ts';

export type Handler<K extends OperationName> = (
  ctx: ApiContext,
  input: ParsedInput<K>,
) => OperationOutput<K> | Promise<OperationOutput<K>>;

export type HandlerMap = { [K in OperationName]: Handler<K> };

export const handlers: HandlerMap = {
  ...caseHandlers,
  ...documentHandlers,
  ...importHandlers,
  ...evaluationHandlers,
  ...workflowHandlers,
  ...campaignHandlers,
  ...rectificationHandlers,
  ...reportHandlers,
  ...calendarHandlers,
};

export async function dispatch(ctx: ApiContext, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
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
    const handler = handlers[name] as Handler<OperationName>;
    return ok(await handler(ctx, parsed.data as never));
  } catch (err) {
    if (isAppError(err)) return fail(err.toData());
    return fail(new AppError('INTERNAL', { detail: err instanceof Error ? err.message : String(err) }).toData());
  }
}
