/**
 * Every handler, keyed by operation name. The type makes the map complete: an operation in the
 * contract without a handler (or a handler without an operation) does not compile. `dispatch`
 * parses the input as `unknown` with the operation's schema and always resolves to a Result.
 */
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/api/result.ts';
import { calendarHandlers } from './calendar.ts';
import { campaignHandlers } from './campaigns.ts';
import { caseHandlers } from './cases.ts';
import type { ApiContext } from './context.ts';
import { dispatchTo } from './dispatch.ts';
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
  return dispatchTo(handlers as Partial<Record<OperationName, Handler<OperationName>>>, ctx, name, rawInput);
}
