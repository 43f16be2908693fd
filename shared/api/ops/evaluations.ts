/**
 * Operations of checklist templates, region profiles and evaluations (the checklist pane).
 * Writes take an optional `actor` (who is recorded in the audit log; default: the evaluation's
 * reviewer) and return the evaluation's new state and score.
 */
import { z } from 'zod';
import { ITEM_STATUSES } from '../../scoring/types.ts';
import type {
  AuditEntry,
  DecideFindingResult,
  EvaluationView,
  EvaluationWrite,
  EvidenceResult,
  ProfileDetail,
  ProfileSummary,
  RemoveEvidenceResult,
  RerunChecksResult,
  SaveItemResult,
  TemplateDetail,
  TemplateImportResult,
  TemplateSummary,
  TemplateValidation,
} from '../evaluationTypes.ts';
import { id, out } from './common.ts';

/** Template, item and option ids as the template language allows them. */
const ref = z.string().min(1).max(64);
const actor = z.string().trim().min(1).max(100).optional();
const evaluationId = id;

/** 2 MB of JSON is far more than any checklist; larger input is a mistake, not a standard. */
const jsonText = z.string().min(1).max(2_000_000);

export const optionChoiceInput = z.strictObject({
  optionId: ref,
  occurrences: z.number().int().min(1).max(1000).optional(),
  points: z.number().finite().min(0).max(1000).optional(),
});

export const RESULT_STATUSES = [...ITEM_STATUSES, 'hit', 'clear'] as const;

export const saveItemInput = z.strictObject({
  evaluationId,
  itemId: ref,
  /** Items: unreviewed, ok, deducted, not_applicable (bonus: awarded). Vetoes: hit, clear, unreviewed. */
  status: z.enum(RESULT_STATUSES),
  deductions: z.array(optionChoiceInput).max(50).default([]),
  awards: z.array(optionChoiceInput).max(50).default([]),
  /** Omitted: keep the note; null or empty: remove it. */
  note: z.string().max(4000).nullable().optional(),
  actor,
});

export const decideFindingInput = z
  .strictObject({
    evaluationId,
    findingId: id,
    decision: z.enum(['accepted', 'overridden', 'pending']),
    reason: z.string().max(2000).nullable().optional(),
    actor,
  })
  .refine((v) => v.decision !== 'overridden' || Boolean(v.reason?.trim()), {
    message: '推翻自动核查结论须说明理由 / overriding a finding needs a reason',
    path: ['reason'],
  });

export const evaluationOps = {
  'templates:list': { input: z.strictObject({}), output: out<TemplateSummary[]>() },
  'templates:get': {
    input: z.strictObject({ templateId: ref, version: z.string().min(1).max(40).optional() }),
    output: out<TemplateDetail>(),
  },
  /** Checks JSON text as `templates:import` would and says what importing would add; stores nothing. */
  'templates:validate': { input: z.strictObject({ json: jsonText }), output: out<TemplateValidation>() },
  'templates:import': { input: z.strictObject({ json: jsonText, actor }), output: out<TemplateImportResult>() },

  'profiles:list': { input: z.strictObject({}), output: out<ProfileSummary[]>() },
  'profiles:get': { input: z.strictObject({ id: z.string().min(1).max(64) }), output: out<ProfileDetail>() },
  'profiles:save': { input: z.strictObject({ json: jsonText, actor }), output: out<ProfileSummary>() },
  'profiles:set-active': {
    input: z.strictObject({ id: z.string().min(1).max(64), actor }),
    output: out<ProfileSummary>(),
  },

  'evaluations:open': {
    input: z
      .strictObject({
        caseId: id.optional(),
        evaluationId: id.optional(),
        /** Evaluate with this template instead of the one chosen by case type and procedure. */
        templateId: ref.optional(),
        version: z.string().min(1).max(40).optional(),
        actor,
      })
      .refine((v) => v.caseId !== undefined || v.evaluationId !== undefined, {
        message: '需要 caseId 或 evaluationId / give caseId or evaluationId',
        path: ['caseId'],
      }),
    output: out<EvaluationView>(),
  },
  'evaluations:save-item': { input: saveItemInput, output: out<SaveItemResult>() },
  'evaluations:add-evidence': {
    input: z.strictObject({
      evaluationId,
      itemId: ref,
      documentId: id,
      pageNo: z.number().int().min(1).nullable().optional(),
      quote: z.string().max(2000).nullable().optional(),
      actor,
    }),
    output: out<EvidenceResult>(),
  },
  'evaluations:remove-evidence': {
    input: z.strictObject({ evaluationId, evidenceId: id, actor }),
    output: out<RemoveEvidenceResult>(),
  },
  'evaluations:decide-finding': { input: decideFindingInput, output: out<DecideFindingResult>() },
  'evaluations:rerun-checks': { input: z.strictObject({ evaluationId, actor }), output: out<RerunChecksResult>() },
  'evaluations:set-reviewer': {
    input: z.strictObject({ evaluationId, reviewer: z.string().trim().min(1).max(100), actor }),
    output: out<EvaluationWrite>(),
  },
  'evaluations:history': {
    input: z.strictObject({
      evaluationId,
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: out<AuditEntry[]>(),
  },
} as const;
