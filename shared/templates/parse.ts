/**
 * The one entry point that turns untrusted JSON into a Template: shape first (zod), then the
 * whole-template rules. Every error carries the JSON path of the field to fix.
 */
import { pathIssues } from '../domain/issueText.ts';
import { templateShapeSchema, type Template } from './shape.ts';
import { templateRuleIssues, type TemplateIssue } from './rules.ts';

export type ParseTemplateResult = { ok: true; template: Template } | { ok: false; errors: TemplateIssue[] };

export function parseTemplate(json: unknown): ParseTemplateResult {
  // reportInput: a missing field says 缺少此项 rather than 须为文字 (see issueText).
  const shape = templateShapeSchema.safeParse(json, { reportInput: true });
  if (!shape.success) return { ok: false, errors: pathIssues(shape.error.issues) };
  const errors = templateRuleIssues(shape.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: shape.data };
}
