/** Handlers: the evaluation workflow (status transitions, 复核 overturns, content-hash check). */
import { listOverturns, reviewChange } from '../store/queries/overturns.ts';
import { transitionEvaluation, verifyEvaluation } from '../store/queries/workflow.ts';
import type { HandlerMap } from './registry.ts';

export const workflowHandlers = {
  'evaluations:transition': (ctx, input) => transitionEvaluation(ctx.ws.db, input),
  'evaluations:review-change': (ctx, input) => reviewChange(ctx.ws.db, input),
  'evaluations:overturns': (ctx, input) => listOverturns(ctx.ws.db, input),
  'evaluations:verify': (ctx, input) => verifyEvaluation(ctx.ws.db, input.evaluationId),
} satisfies Partial<HandlerMap>;
