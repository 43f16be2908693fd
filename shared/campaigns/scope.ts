/**
 * A campaign's scope — which cases make up its population — and its draw rule, as zod schemas
 * (the API and the CLI parse with them) plus the pure membership test the store applies.
 */
import { z } from 'zod';
import { CASE_TYPES, PROCEDURES, isoDate, type CaseType, type Procedure } from '../domain/bundle.ts';
import { AppError } from '../errors.ts';

export const campaignScopeSchema = z
  .strictObject({
    /** Omitted or empty: every unit. */
    units: z.array(z.string().trim().min(1)).optional(),
    caseTypes: z.array(z.enum(CASE_TYPES)).min(1).optional(),
    procedures: z.array(z.enum(PROCEDURES)).min(1).optional(),
  })
  .default({});
export type CampaignScope = z.output<typeof campaignScopeSchema>;

/** The period's cases are those whose case date (decision, else filing) falls in [from, to]. */
export const campaignPeriodSchema = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] });
export type CampaignPeriod = z.output<typeof campaignPeriodSchema>;

export const drawRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('per_unit'), n: z.number().int().min(1).max(100_000) }),
  z.strictObject({
    kind: z.literal('percent'),
    percent: z
      .number()
      .gt(0)
      .max(100)
      .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'at most two decimal places'),
  }),
]);
export type DrawRule = z.output<typeof drawRuleSchema>;

/** A case as the population sees it: enough to stratify, sample and print. */
export interface PopulationCase {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  caseType: CaseType;
  procedure: Procedure | null;
  caseDate: string | null;
}

export function inScope(c: PopulationCase, period: CampaignPeriod, scope: CampaignScope): boolean {
  if (c.caseDate === null || c.caseDate < period.from || c.caseDate > period.to) return false;
  if (scope.units && scope.units.length > 0 && (c.unit === null || !scope.units.includes(c.unit))) return false;
  if (scope.caseTypes && !scope.caseTypes.includes(c.caseType)) return false;
  if (scope.procedures && (c.procedure === null || !scope.procedures.includes(c.procedure))) return false;
  return true;
}

/** `all`, `per-unit:N` or `percent:P` (the CLI's spelling) to a rule; errors name the field `rule`. */
export function parseDrawRule(text: string): DrawRule {
  const invalid = (why: string) =>
    new AppError('DRAW_INVALID', {
      detail: `rule "${text}": ${why}（应为 all、per-unit:N 或 percent:P）`,
      field: 'rule',
    });
  const [kind, value, ...extra] = text.trim().split(':');
  if (extra.length > 0) throw invalid('too many parts');
  const candidate =
    kind === 'all' && value === undefined
      ? { kind: 'all' }
      : kind === 'per-unit' || kind === 'per_unit'
        ? { kind: 'per_unit', n: Number(value) }
        : kind === 'percent'
          ? { kind: 'percent', percent: Number(value) }
          : null;
  if (!candidate) throw invalid('unknown rule');
  const parsed = drawRuleSchema.safeParse(candidate);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  return parsed.data;
}

export function formatDrawRule(rule: DrawRule): string {
  if (rule.kind === 'all') return 'all';
  if (rule.kind === 'per_unit') return `per-unit:${rule.n}`;
  return `percent:${rule.percent}`;
}

/** The rule as a 抽样记录 states it. */
export function describeDrawRule(rule: DrawRule): string {
  if (rule.kind === 'all') return '全部抽取（全卷评查）';
  if (rule.kind === 'per_unit') return `每个单位随机抽取 ${rule.n} 件（不足 ${rule.n} 件的全部抽取），按办案程序分层`;
  return `按 ${rule.percent}% 比例随机抽取（向上取整），按单位和办案程序分层、按比例分配`;
}

export const NO_UNIT = '（未注明单位）';
export const NO_PROCEDURE = '（无程序）';
