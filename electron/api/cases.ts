/** Handlers: workspace info, case list, one case, full-text search. */
import { getCase, listCases, workspaceInfo } from '../store/queries/cases.ts';
import { searchPages } from '../store/queries/search.ts';
import type { HandlerMap } from './registry.ts';

export const caseHandlers = {
  'workspace:info': (ctx) => workspaceInfo(ctx.ws.db, ctx.ws.dir),
  'cases:list': (ctx, input) => listCases(ctx.ws.db, input),
  'cases:get': (ctx, input) => getCase(ctx.ws.db, input.caseId),
  'cases:search': (ctx, input) => searchPages(ctx.ws.db, input.query, input.limit),
} satisfies Partial<HandlerMap>;
