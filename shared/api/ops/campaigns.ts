/**
 * Operations of reviewers (评查人员) and campaigns (评查活动: a period's scope, the seeded draw,
 * cross-review assignment, progress and the dashboard's statistics). Writes take an optional
 * `actor`, recorded in the audit log.
 */
import { z } from 'zod';
import { campaignPeriodSchema, campaignScopeSchema, drawRuleSchema } from '../../campaigns/scope.ts';
import { CASE_TYPES, PROCEDURES } from '../../domain/bundle.ts';
import type {
  AssignResult,
  CampaignCasesResult,
  CampaignListResult,
  CampaignPreview,
  CampaignProgress,
  CampaignStats,
  CampaignSummary,
  CampaignTrend,
  DrawRecord,
  DrawResultView,
  ReviewerRemoveResult,
  ReviewerView,
} from '../campaignTypes.ts';
import { EVALUATION_STATUSES } from './cases.ts';
import { id, out } from './common.ts';

const actor = z.string().trim().min(1).max(100).optional();
const campaignId = id;
const offset = z.number().int().min(0).default(0);
const text = (max: number) => z.string().trim().max(max);
/** A seed as the 抽样记录 prints it: 1–64 printable ASCII characters. */
const seed = z
  .string()
  .trim()
  .regex(/^[\x21-\x7e]{1,64}$/, '应为 1–64 个可打印的 ASCII 字符 / 1–64 printable ASCII characters');

export const REVIEWER_AFFILIATIONS = ['unit', 'legal_office', 'external'] as const;

export const reviewerSaveInput = z
  .strictObject({
    /** Omitted: a new reviewer (or the inactive one of that name, reactivated). */
    id: id.optional(),
    name: text(50).min(1),
    affiliation: z.enum(REVIEWER_AFFILIATIONS),
    /** Required for affiliation `unit`, refused otherwise. */
    unit: text(200).min(1).nullable().optional(),
    title: text(200).nullable().optional(),
    active: z.boolean().optional(),
    actor,
  })
  .refine((v) => v.affiliation !== 'unit' || Boolean(v.unit), {
    message: '本单位评查人员须注明所在单位 / a unit reviewer needs their unit',
    path: ['unit'],
  })
  .refine((v) => v.affiliation === 'unit' || !v.unit, {
    message: '只有执法单位人员填写所在单位 / only unit staff have a unit',
    path: ['unit'],
  });

/** `previousCampaignId`: omitted = automatic (the latest campaign ending before this one), null = none. */
const campaignSettings = {
  title: text(200).min(1),
  organiser: text(200).nullable().optional(),
  period: campaignPeriodSchema,
  scope: campaignScopeSchema,
  rule: drawRuleSchema,
  seed: seed.nullable().optional(),
  previousCampaignId: id.nullable().optional(),
  rectificationDays: z.number().int().min(1).max(120).optional(),
  notes: text(4000).nullable().optional(),
};

export const campaignCreateInput = z.strictObject({ ...campaignSettings, actor });

export const campaignUpdateInput = z.strictObject({
  campaignId,
  title: campaignSettings.title.optional(),
  organiser: campaignSettings.organiser,
  /** period, scope, rule and seed: only before the draw. */
  period: campaignPeriodSchema.optional(),
  // Without the schema's default: an update that does not mention the scope keeps it.
  scope: campaignScopeSchema.unwrap().optional(),
  rule: drawRuleSchema.optional(),
  seed: campaignSettings.seed,
  /** null: no previous campaign; `auto`: the latest one ending before this one starts. */
  previousCampaignId: z.union([id, z.null(), z.literal('auto')]).optional(),
  rectificationDays: campaignSettings.rectificationDays,
  notes: campaignSettings.notes,
  actor,
});

export const CAMPAIGN_CASE_SORTS = [
  'caseNumber',
  'unit',
  'caseDate',
  'status',
  'total',
  'reviewer',
  'updatedAt',
] as const;

export const campaignCasesInput = z.strictObject({
  campaignId,
  unit: z.string().optional(),
  /** A reviewer's id, or `none` for the unassigned cases. */
  reviewerId: z.union([id, z.literal('none')]).optional(),
  status: z.enum(EVALUATION_STATUSES).optional(),
  grade: z.string().optional(),
  caseType: z.enum(CASE_TYPES).optional(),
  procedure: z.enum(PROCEDURES).optional(),
  vetoed: z.boolean().optional(),
  /** Drill-down from a statistic: only these cases. */
  caseIds: z.array(id).max(100_000).optional(),
  /** Case number, party or cause (substring). */
  text: z.string().max(200).optional(),
  sort: z.enum(CAMPAIGN_CASE_SORTS).default('caseNumber'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset,
  limit: z.number().int().min(1).max(1000).default(100),
});
export type CampaignCasesInput = z.input<typeof campaignCasesInput>;

export const STATS_BASES = ['finalized', 'submitted'] as const;

export const campaignOps = {
  'reviewers:list': {
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: out<ReviewerView[]>(),
  },
  /** Creates or edits a reviewer; changing a unit that would break an existing assignment is refused (CROSS_REVIEW). */
  'reviewers:save': { input: reviewerSaveInput, output: out<ReviewerView>() },
  /** Deletes a reviewer without assignments, deactivates one with history; refused while they hold unfinished cases. */
  'reviewers:remove': { input: z.strictObject({ id, actor }), output: out<ReviewerRemoveResult>() },

  'campaigns:list': {
    input: z.strictObject({ offset, limit: z.number().int().min(1).max(500).default(100) }),
    output: out<CampaignListResult>(),
  },
  'campaigns:get': { input: z.strictObject({ campaignId }), output: out<CampaignSummary>() },
  'campaigns:create': { input: campaignCreateInput, output: out<CampaignSummary>() },
  'campaigns:update': { input: campaignUpdateInput, output: out<CampaignSummary>() },
  /** Deletes a campaign that has not been drawn. */
  'campaigns:delete': { input: z.strictObject({ campaignId, actor }), output: out<{ id: number }>() },
  /** Population and draw sizes by unit and procedure: of a campaign, or of settings not yet saved. */
  'campaigns:preview': {
    input: z
      .strictObject({
        campaignId: id.optional(),
        period: campaignPeriodSchema.optional(),
        scope: campaignScopeSchema.unwrap().optional(),
        rule: drawRuleSchema.optional(),
      })
      .refine(
        (v) =>
          v.campaignId !== undefined
            ? v.period === undefined && v.scope === undefined && v.rule === undefined
            : v.period !== undefined && v.rule !== undefined,
        {
          message: '给出 campaignId，或 period 和 rule（可加 scope） / give campaignId, or period and rule (and scope)',
          path: ['campaignId'],
        },
      ),
    output: out<CampaignPreview>(),
  },
  /**
   * Freezes the population and draws: seeded, stratified by unit and procedure; one evaluation
   * per drawn case (the standard chosen by case type and procedure). Refused on a drawn campaign.
   * `seed` overrides the campaign's; without either a random seed is chosen and recorded.
   */
  'campaigns:draw': {
    input: z.strictObject({ campaignId, seed: seed.optional(), actor }),
    output: out<DrawResultView>(),
  },
  /** Undoes a draw before any evaluation has started; the reason is logged. */
  'campaigns:reset-draw': {
    input: z.strictObject({ campaignId, reason: text(2000).min(1), actor }),
    output: out<CampaignSummary>(),
  },
  /** The 抽样记录 (with the whole frozen population when asked). */
  'campaigns:draw-record': {
    input: z.strictObject({ campaignId, includePopulation: z.boolean().default(false) }),
    output: out<DrawRecord>(),
  },
  /** The drawn cases with evaluation status, reviewer, total and grade; filtered, sorted, paged. */
  'campaigns:cases': { input: campaignCasesInput, output: out<CampaignCasesResult>() },
  /**
   * `auto`: assigns the cases without a reviewer (or, with `reassign`, every case not yet
   * started) under the cross-review rule, balancing load; `set`: one case to one reviewer
   * (null: unassign), refused for a reviewer of the case's own unit.
   */
  'campaigns:assign': {
    input: z.discriminatedUnion('mode', [
      z.strictObject({
        mode: z.literal('auto'),
        campaignId,
        /** The panel; default every active reviewer. */
        reviewerIds: z.array(id).min(1).max(500).optional(),
        reassign: z.boolean().default(false),
        actor,
      }),
      z.strictObject({ mode: z.literal('set'), campaignId, caseId: id, reviewerId: id.nullable(), actor }),
    ]),
    output: out<AssignResult>(),
  },
  'campaigns:progress': { input: z.strictObject({ campaignId }), output: out<CampaignProgress>() },
  /** The dashboard and report figures of one campaign; each with its case ids. */
  'campaigns:stats': {
    input: z.strictObject({ campaignId, basis: z.enum(STATS_BASES).default('finalized') }),
    output: out<CampaignStats>(),
  },
  /** Headline figures across drawn campaigns, oldest first (default: the latest 8). */
  'campaigns:trend': {
    input: z.strictObject({
      campaignIds: z.array(id).min(1).max(50).optional(),
      limit: z.number().int().min(1).max(50).default(8),
      basis: z.enum(STATS_BASES).default('finalized'),
    }),
    output: out<CampaignTrend>(),
  },
} as const;
