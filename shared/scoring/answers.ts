/**
 * The "answers" file of `pingcha score --template FILE --answers FILE`: a reviewer's results
 * written by hand or exported, e.g.
 *   { "template": "general-penalty@1.0.0",
 *     "items": { "E7": { "status": "deducted", "deductions": [{ "optionId": "overdue" }] } },
 *     "vetoes": { "V6": false } }
 * Items left out are unreviewed; vetoes left out are not hit.
 */
import { z } from 'zod';
import { CASE_TYPES, PROCEDURES, jsonPath } from '../domain/bundle.ts';
import type { Template } from '../templates/shape.ts';
import { templateKeyString } from '../templates/identity.ts';
import { ITEM_STATUSES, type EvaluationResults } from './types.ts';

const choiceSchema = z.strictObject({
  optionId: z.string().min(1),
  occurrences: z.number().optional().describe('per_occurrence options; default 1'),
  points: z.number().optional().describe('range options: the points picked'),
});

const itemAnswerSchema = z.strictObject({
  status: z.enum(ITEM_STATUSES),
  deductions: z.array(choiceSchema).default([]),
  awards: z.array(choiceSchema).default([]),
  note: z.string().optional(),
});

export const answersSchema = z.strictObject({
  $schema: z.string().optional(),
  template: z.string().min(1).optional().describe('Template id, or id@version, the answers were written for'),
  case: z
    .strictObject({
      caseType: z.enum(CASE_TYPES),
      procedure: z.enum(PROCEDURES).nullable().optional(),
    })
    .optional()
    .describe('When given, items that do not apply to this kind of case are not applicable'),
  items: z.record(z.string(), itemAnswerSchema).default({}),
  vetoes: z.record(z.string(), z.boolean()).default({}),
});

export type Answers = z.output<typeof answersSchema>;

export type ParseAnswersResult =
  { ok: true; answers: Answers } | { ok: false; errors: { path: string; message: string }[] };

export function parseAnswers(json: unknown): ParseAnswersResult {
  const parsed = answersSchema.safeParse(json);
  if (parsed.success) return { ok: true, answers: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}

export function answersToResults(answers: Answers): EvaluationResults {
  const items: EvaluationResults['items'] = Object.fromEntries(
    Object.entries(answers.items).map(([id, a]) => [
      id,
      { status: a.status, deductions: a.deductions, awards: a.awards, note: a.note },
    ]),
  );
  const vetoes = Object.fromEntries(Object.entries(answers.vetoes).map(([id, hit]) => [id, { hit }]));
  return { case: answers.case, items, vetoes };
}

/** A message when the answers name another template (or another version of it); else null. */
export function answersTemplateMismatch(answers: Answers, template: Template): string | null {
  if (answers.template === undefined) return null;
  const [id, version] = answers.template.split('@');
  if (id !== template.id || (version !== undefined && version !== template.version))
    return `the answers were written for ${answers.template}, not ${templateKeyString(template)}`;
  return null;
}

export function answersJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(answersSchema, { io: 'input' }), title: 'Pingcha 评查结果 (answers for pingcha score)' };
}
