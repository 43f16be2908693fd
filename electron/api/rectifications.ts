/** Handlers: rectification items (board, drafting, issue, lifecycle, the unit's replies, timeline). */
import { AppError } from '../../shared/errors.ts';
import { UNNAMED_ACTOR } from '../store/queries/evaluations.ts';
import { attachmentBlob, readStagedFiles, replyToRectification } from '../store/queries/rectificationReplies.ts';
import { draftCampaignRectifications } from '../store/queries/rectificationDraft.ts';
import {
  listRectifications,
  rectificationDetail,
  rectificationHistory,
  rectificationView,
} from '../store/queries/rectificationViews.ts';
import {
  discardRectification,
  issueRectifications,
  moveRectification,
  updateRectification,
} from '../store/queries/rectificationWrites.ts';
import type { HandlerMap } from './registry.ts';

const who = (actor: string | undefined) => actor ?? UNNAMED_ACTOR;

export const rectificationHandlers = {
  'rectifications:list': (ctx, input) => listRectifications(ctx.ws.db, input, ctx.today()),
  'rectifications:get': (ctx, input) => rectificationDetail(ctx.ws.db, input.id, ctx.today()),
  'rectifications:draft': (ctx, { actor, ...input }) =>
    draftCampaignRectifications(ctx.ws.db, { ...input, actor: who(actor) }, ctx.today()),
  'rectifications:update': (ctx, { actor, ...input }) =>
    updateRectification(ctx.ws.db, { ...input, actor: who(actor) }, ctx.today()),
  'rectifications:discard': (ctx, { actor, ...input }) =>
    discardRectification(ctx.ws.db, { ...input, actor: who(actor) }, ctx.today()),
  'rectifications:issue': (ctx, { actor, ...input }) =>
    issueRectifications(ctx.ws.db, { ...input, actor: who(actor) }, ctx.today()),
  'rectifications:move': (ctx, { actor, ...input }) =>
    moveRectification(ctx.ws.db, { ...input, actor: who(actor) }, ctx.today()),
  'rectifications:reply': (ctx, input) => {
    let paths: string[] = [];
    if (input.stagingId !== undefined) {
      const staged = ctx.staging.take(input.stagingId);
      if (!staged) throw new AppError('NOT_FOUND', { detail: `staging ${input.stagingId}`, field: 'stagingId' });
      paths = staged;
    }
    return replyToRectification(
      ctx.ws,
      { id: input.id, text: input.text, files: readStagedFiles(paths), actor: who(input.actor) },
      ctx.today(),
    );
  },
  'rectifications:attachment': (ctx, input) => {
    const blob = attachmentBlob(ctx.ws.db, input.attachmentId);
    return new Uint8Array(ctx.ws.files.read(blob.sha256));
  },
  'rectifications:history': (ctx, input) => {
    rectificationView(ctx.ws.db, input.id, ctx.today()); // NOT_FOUND for an unknown id, not an empty list
    return rectificationHistory(ctx.ws.db, input.id, input.offset, input.limit);
  },
} satisfies Partial<HandlerMap>;
