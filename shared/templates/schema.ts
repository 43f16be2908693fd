/**
 * Entry point of the template language: the types, `parseTemplate` (shape + whole-template
 * rules, errors with JSON paths) and `templateJsonSchema`. The shape itself is in `shape.ts`,
 * apart from `parse.ts`, so that neither imports this file back.
 */
export * from './shape.ts';
export { parseTemplate, type ParseTemplateResult } from './parse.ts';
export type { TemplateIssue } from './rules.ts';
