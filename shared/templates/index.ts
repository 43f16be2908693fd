/** Public surface of the template language; import from here rather than the parts. */
export * from './shape.ts';
export { parseTemplate, type ParseTemplateResult } from './parse.ts';
export { templateRuleIssues, countedPoints, type TemplateIssue } from './rules.ts';
export {
  canonicalTemplateJson,
  compareVersions,
  templateKey,
  templateKeyString,
  type TemplateKey,
} from './identity.ts';
export { CASE_KINDS, matchesAppliesTo, pickTemplate, templateApplies, type CaseKind } from './applicability.ts';
export { formatLawRef, formatLawRefs } from './law.ts';
export { itemIndex, walkCategories, walkItems, type CategoryVisit, type ItemVisit } from './walk.ts';
