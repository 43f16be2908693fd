/**
 * The text a report's content hash is taken over: the model's canonical JSON (the one
 * implementation in shared/campaigns/canonical.ts) without the `issue` stamp, which holds the
 * hash itself. Two builds of the same content hash the same; any printed change changes it.
 */
import { canonicalJson } from '../campaigns/canonical.ts';
import type { ReportModel } from './model.ts';

export function reportContentJson(model: ReportModel): string {
  const { issue: _issue, ...content } = model;
  return canonicalJson(content);
}
