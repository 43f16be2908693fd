/** Handlers: checklist templates, region profiles, evaluations (the review desk's checklist pane). */
import { evaluationHistory } from '../store/queries/audit.ts';
import { addEvidence, removeEvidence, saveItem } from '../store/queries/evaluationEdits.ts';
import { evaluationRow, openEvaluation, setReviewer } from '../store/queries/evaluations.ts';
import { decideFinding, rerunChecks } from '../store/queries/findingDecisions.ts';
import { getProfile, listProfiles, saveProfile, setActiveProfile } from '../store/queries/profiles.ts';
import { getTemplate, importTemplateText, listTemplates, validateTemplateText } from '../store/queries/templates.ts';
import type { HandlerMap } from './registry.ts';

/** Templates and profiles are workspace settings: changes without a named actor are the user's. */
const USER = '用户';

export const evaluationHandlers = {
  'templates:list': (ctx) => listTemplates(ctx.ws.db),
  'templates:get': (ctx, input) => getTemplate(ctx.ws.db, input.templateId, input.version),
  'templates:validate': (ctx, input) => validateTemplateText(ctx.ws.db, input.json),
  'templates:import': (ctx, input) => importTemplateText(ctx.ws.db, input.json, input.actor ?? USER),

  'profiles:list': (ctx) => listProfiles(ctx.ws.db),
  'profiles:get': (ctx, input) => getProfile(ctx.ws.db, input.id),
  'profiles:save': (ctx, input) => saveProfile(ctx.ws.db, input.json, input.actor ?? USER),
  'profiles:set-active': (ctx, input) => setActiveProfile(ctx.ws.db, input.id, input.actor ?? USER),

  'evaluations:open': (ctx, input) => openEvaluation(ctx.ws.db, input, ctx.today()),
  'evaluations:save-item': (ctx, input) => saveItem(ctx.ws.db, input),
  'evaluations:add-evidence': (ctx, input) => addEvidence(ctx.ws.db, input),
  'evaluations:remove-evidence': (ctx, input) => removeEvidence(ctx.ws.db, input),
  'evaluations:decide-finding': (ctx, input) => decideFinding(ctx.ws.db, input),
  'evaluations:rerun-checks': (ctx, input) => rerunChecks(ctx.ws.db, input, ctx.today()),
  'evaluations:set-reviewer': (ctx, input) => setReviewer(ctx.ws.db, input.evaluationId, input.reviewer, input.actor),
  'evaluations:history': (ctx, input) => {
    evaluationRow(ctx.ws.db, input.evaluationId); // NOT_FOUND for an unknown id, not an empty list
    return evaluationHistory(ctx.ws.db, input.evaluationId, input.limit, input.offset);
  },
} satisfies Partial<HandlerMap>;
