/**
 * The one entry point that turns untrusted JSON into a Template: shape first (zod), then the
 * whole-template rules. Every error carries the JSON path of the field to fix.
 */
import { jsonPath } from '../domain/bundle.ts';
import { templateShapeSchema, type Template } from './shape.ts';
import { templateRuleIssues, type TemplateIssue } from './rules.ts';

export type ParseTemplateResult = { ok: true; template: Template } | { ok: false; errors: TemplateIssue[] };

export function parseTemplate(json: unknown): ParseTemplateResult {
  const shape = templateShapeSchema.safeParse(json);
  if (!shape.success) {
    return {
      ok: false,
      errors: shape.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    };
  }
  const errors = templateRuleIssues(shape.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: shape.data };
}
