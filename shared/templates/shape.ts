/**
 * The shape of the checklist template language `pingcha-template/1` (evaluation standards as
 * data, domain §1.1). The rules that need the whole template (unique ids, point sums, ordered
 * grades …) live in `rules.ts`; `parse.ts` runs both; `schema.ts` is the public entry point.
 * resources/checklists/README.md documents every field with examples.
 */
import { z } from 'zod';
import { CASE_TYPES, PROCEDURES } from '../domain/bundle.ts';
import { RULE_IDS } from '../checks/ruleIds.ts';

export const TEMPLATE_FORMAT = 'pingcha-template/1';

/** Ids appear in reports, answers files and explanations ("E7"), so keep them short and plain. */
export const templateId = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/,
    '须以字母开头，只用字母、数字和 _ . - / must start with a letter and use only letters, digits, _ . -',
  );

/** Points are multiples of 0.01 so that exact arithmetic can recover the written decimal. */
const points = z
  .number()
  .finite()
  .nonnegative()
  .refine((x) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6, '至多两位小数 / at most two decimal places');
const positivePoints = points.refine((x) => x > 0, '须大于 0 / must be greater than 0');

const text = z.string().trim().min(1);

export const NOT_APPLICABLE_POLICIES = ['full_marks', 'exclude'] as const;
export const CHECK_KINDS = ['auto', 'semi', 'human'] as const;
export const GRADE_CONDITIONS = ['no_veto', 'no_bar_top_grade'] as const;

const notApplicablePolicy = z
  .enum(NOT_APPLICABLE_POLICIES)
  .describe(
    'full_marks: a not-applicable item keeps its points; exclude: its points leave the applicable points and the total is rescaled (earned / applicable × total)',
  );

export const appliesToSchema = z
  .strictObject({
    caseTypes: z.array(z.enum(CASE_TYPES)).min(1).optional(),
    procedures: z.array(z.enum(PROCEDURES)).min(1).optional(),
  })
  .describe('Omitted lists match every value; an item that does not apply is not applicable automatically');

export const lawRefSchema = z
  .strictObject({
    law: text.describe('Name without book-title marks, e.g. 中华人民共和国行政处罚法'),
    article: text.optional().describe('e.g. 第六十条, 第五十九条第一款第（一）项'),
    text: text.optional().describe('Optional excerpt of the provision'),
  })
  .describe('Shown as 《law》article');

export const ruleIdSchema = z.enum(RULE_IDS, {
  error: (issue) =>
    `未知的自动检查规则 ${JSON.stringify(issue.input)} / unknown rule id ${JSON.stringify(issue.input)}; see shared/checks/ruleIds.ts`,
});

export const autoCheckSchema = z.strictObject({
  rule: ruleIdSchema,
  params: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Passed to the rule; keys it does not know are ignored'),
  deduction: templateId.optional().describe('The deduction option a failing check suggests'),
});

const optionBase = { id: templateId, label: text.describe('e.g. 超期, 每缺一项要素') };

export const deductionOptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...optionBase, kind: z.literal('fixed'), points: positivePoints.describe('−N once') }),
  z.strictObject({
    ...optionBase,
    kind: z.literal('per_occurrence'),
    points: positivePoints.describe('−N each occurrence'),
    cap: positivePoints.optional().describe('At most this much from this option'),
  }),
  z.strictObject({
    ...optionBase,
    kind: z.literal('range'),
    min: points,
    max: positivePoints,
    step: positivePoints.default(0.5).describe('The reviewer picks min, min+step, …, max'),
  }),
  z.strictObject({ ...optionBase, kind: z.literal('whole').describe('Lose all the item’s points (扣全分)') }),
]);

const reviewerTexts = {
  description: text.optional().describe('The requirement (评查内容和要求)'),
  law: z.array(lawRefSchema).default([]),
  guidance: text.optional().describe('How to review the item'),
  findings: z.array(text).default([]).describe('Standard finding wordings'),
  rectification: text.optional().describe('整改建议 wording'),
};

export const templateItemSchema = z.strictObject({
  id: templateId,
  name: text,
  points: positivePoints,
  check: z.enum(CHECK_KINDS).default('human'),
  deductions: z.array(deductionOptionSchema).min(1),
  notApplicable: notApplicablePolicy.optional().describe('Overrides the category / template policy'),
  appliesTo: appliesToSchema.optional(),
  auto: z.array(autoCheckSchema).default([]),
  ...reviewerTexts,
});

export const bonusItemSchema = z.strictObject({
  id: templateId,
  name: text,
  points: positivePoints.describe('The most this item can add'),
  awards: z.array(deductionOptionSchema).min(1).describe('Same kinds as deductions, but they add points'),
  appliesTo: appliesToSchema.optional(),
  ...reviewerTexts,
});

export const categorySchema = z
  .strictObject({
    id: templateId,
    name: text,
    description: text.optional(),
    points: positivePoints.describe('The category cap; its score never drops below 0 (扣完为止)'),
    scaleTo: positivePoints
      .optional()
      .describe('Count the sub-score (out of points, rescaled over applicable points) as this many points'),
    pool: z
      .boolean()
      .default(false)
      .describe(
        'false: children points must add up to points. true: children points are per-item caps that may add up to more; the category loses at most its points',
      ),
    notApplicable: notApplicablePolicy.optional(),
    appliesTo: appliesToSchema.optional(),
    items: z.array(templateItemSchema).default([]),
    get categories(): z.ZodDefault<z.ZodArray<typeof categorySchema>> {
      return z.array(categorySchema).default([]);
    },
  })
  .meta({ id: 'category', description: 'A scored category; may hold sub-categories' });

export const vetoEffectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('zero').describe('Total forced to 0') }),
  z.strictObject({ type: z.literal('deduct'), points: positivePoints.describe('e.g. 100 for 扣100分') }),
  z.strictObject({ type: z.literal('fail').describe('不合格, not scored further: total null, failing grade') }),
  z.strictObject({ type: z.literal('bar_top_grade').describe('Cannot get the top grade') }),
]);

export const vetoSchema = z.strictObject({
  id: templateId,
  name: text,
  effect: vetoEffectSchema,
  check: z.enum(CHECK_KINDS).default('human'),
  appliesTo: appliesToSchema.optional(),
  auto: z.array(autoCheckSchema.omit({ deduction: true })).default([]),
  ...reviewerTexts,
});

export const gradeTierSchema = z.strictObject({
  id: templateId,
  name: text,
  min: points.describe('Lowest total (inclusive) for this tier'),
  conditions: z.array(z.enum(GRADE_CONDITIONS)).default([]),
});

export const bonusSchema = z.strictObject({
  cap: positivePoints.describe('The most all bonus items together can add'),
  mayExceedTotal: z.boolean().default(false).describe('Whether the total may go above totalPoints'),
  items: z.array(bonusItemSchema).min(1),
});

export const templateShapeSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(TEMPLATE_FORMAT),
  id: templateId,
  name: text,
  version: z
    .string()
    .regex(
      /^\d+(\.\d+){1,2}(-[0-9A-Za-z.-]+)?$/,
      '须写作 1.0 或 1.2.3（可加 -后缀） / must look like 1.0 or 1.2.3 (optionally -suffix)',
    ),
  issuer: text.optional(),
  basis: text.optional().describe('The standard or documents the template follows'),
  description: text.optional(),
  applicability: z.strictObject({
    caseTypes: z.array(z.enum(CASE_TYPES)).min(1),
    procedures: z.array(z.enum(PROCEDURES)).min(1).optional().describe('Omitted: any procedure, or none'),
  }),
  totalPoints: positivePoints.default(100),
  notApplicable: notApplicablePolicy.default('full_marks'),
  vetoes: z.array(vetoSchema).default([]),
  categories: z.array(categorySchema).min(1),
  bonus: bonusSchema.optional(),
  grades: z.strictObject({
    tiers: z.array(gradeTierSchema).min(2).max(6).describe('Highest first'),
    failing: templateId.optional().describe('Grade given on a fail veto; default the last tier'),
  }),
});

export type Template = z.output<typeof templateShapeSchema>;
export type TemplateInput = z.input<typeof templateShapeSchema>;
export type TemplateCategory = z.output<typeof categorySchema>;
export type TemplateItem = z.output<typeof templateItemSchema>;
export type BonusItem = z.output<typeof bonusItemSchema>;
export type DeductionOption = z.output<typeof deductionOptionSchema>;
export type VetoItem = z.output<typeof vetoSchema>;
export type VetoEffect = z.output<typeof vetoEffectSchema>;
export type GradeTier = z.output<typeof gradeTierSchema>;
export type GradeCondition = (typeof GRADE_CONDITIONS)[number];
export type NotApplicablePolicy = (typeof NOT_APPLICABLE_POLICIES)[number];
export type AppliesTo = z.output<typeof appliesToSchema>;
export type LawRef = z.output<typeof lawRefSchema>;
export type AutoCheck = z.output<typeof autoCheckSchema>;

/** The JSON Schema users point their editors at (resources/checklists/template.schema.json). */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(templateShapeSchema, { io: 'input' }),
    title: 'Pingcha 评查标准模板 (pingcha-template/1)',
    description:
      'Checklist template for evaluating administrative law-enforcement case files; see resources/checklists/README.md',
  };
}
