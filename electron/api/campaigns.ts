/** Handlers: reviewers and campaigns (settings, draw, assignment, progress, statistics). */
import { autoAssign, setCaseReviewer } from '../store/queries/assignments.ts';
import { campaignProgress, listCampaignCases } from '../store/queries/campaignCases.ts';
import { drawCampaignInStore, drawRecord, resetDraw } from '../store/queries/campaignDraw.ts';
import {
  campaignRow,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  periodOf,
  ruleOf,
  scopeOf,
  updateCampaign,
} from '../store/queries/campaigns.ts';
import { campaignStats, campaignTrend } from '../store/queries/campaignStats.ts';
import { UNNAMED_ACTOR } from '../store/queries/evaluations.ts';
import { previewDraw } from '../store/queries/population.ts';
import { listReviewers, removeReviewer, saveReviewer } from '../store/queries/reviewers.ts';
import type { HandlerMap } from './registry.ts';

const who = (actor: string | undefined) => actor ?? UNNAMED_ACTOR;

export const campaignHandlers = {
  'reviewers:list': (ctx, input) => listReviewers(ctx.ws.db, input.includeInactive),
  'reviewers:save': (ctx, { actor, ...input }) => saveReviewer(ctx.ws.db, input, who(actor)),
  'reviewers:remove': (ctx, input) => removeReviewer(ctx.ws.db, input.id, who(input.actor)),

  'campaigns:list': (ctx, input) => listCampaigns(ctx.ws.db, input.offset, input.limit),
  'campaigns:get': (ctx, input) => getCampaign(ctx.ws.db, input.campaignId),
  'campaigns:create': (ctx, { actor, ...input }) => createCampaign(ctx.ws.db, input, who(actor)),
  'campaigns:update': (ctx, { actor, ...input }) => updateCampaign(ctx.ws.db, input, who(actor)),
  'campaigns:delete': (ctx, input) => deleteCampaign(ctx.ws.db, input.campaignId, who(input.actor)),
  'campaigns:preview': (ctx, input) => {
    if (input.campaignId !== undefined) {
      const row = campaignRow(ctx.ws.db, input.campaignId);
      return previewDraw(ctx.ws.db, periodOf(row), scopeOf(row), ruleOf(row));
    }
    // The contract's refinement guarantees period and rule here.
    return previewDraw(ctx.ws.db, input.period!, input.scope ?? {}, input.rule!);
  },
  'campaigns:draw': (ctx, input) =>
    drawCampaignInStore(
      ctx.ws.db,
      { campaignId: input.campaignId, seed: input.seed, actor: who(input.actor) },
      ctx.today(),
    ),
  'campaigns:reset-draw': (ctx, input) =>
    resetDraw(ctx.ws.db, { campaignId: input.campaignId, reason: input.reason, actor: who(input.actor) }),
  'campaigns:draw-record': (ctx, input) => drawRecord(ctx.ws.db, input.campaignId, input.includePopulation),
  'campaigns:cases': (ctx, input) => listCampaignCases(ctx.ws.db, input),
  'campaigns:assign': (ctx, input) =>
    input.mode === 'auto'
      ? autoAssign(ctx.ws.db, {
          campaignId: input.campaignId,
          reviewerIds: input.reviewerIds,
          reassign: input.reassign,
          actor: who(input.actor),
        })
      : setCaseReviewer(ctx.ws.db, {
          campaignId: input.campaignId,
          caseId: input.caseId,
          reviewerId: input.reviewerId,
          actor: who(input.actor),
        }),
  'campaigns:progress': (ctx, input) => campaignProgress(ctx.ws.db, input.campaignId),
  'campaigns:stats': (ctx, input) => campaignStats(ctx.ws.db, input.campaignId, input.basis, ctx.today()),
  'campaigns:trend': (ctx, input) => campaignTrend(ctx.ws.db, input),
} satisfies Partial<HandlerMap>;
