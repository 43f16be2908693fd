/**
 * Which standard applies to a case. A template applies when the case type is listed and, if
 * the template lists procedures, the case's procedure is one of them (a case without a
 * procedure, e.g. an inspection record, only matches templates that list none).
 */
import type { CaseType, Procedure } from '../domain/bundle.ts';
import { compareVersions } from './identity.ts';
import type { AppliesTo, Template } from './shape.ts';

export interface CaseKind {
  caseType: CaseType;
  procedure?: Procedure | null | undefined;
}

/** Every kind of case the workspace holds, in the law's order (a template is chosen per kind). */
export const CASE_KINDS: readonly CaseKind[] = [
  { caseType: 'penalty', procedure: 'general' },
  { caseType: 'penalty', procedure: 'simple' },
  { caseType: 'inspection' },
  { caseType: 'enforcement' },
];

/** Shared by templates, categories, items and vetoes: an omitted list matches anything. */
export function matchesAppliesTo(appliesTo: AppliesTo | undefined, kind: CaseKind): boolean {
  if (!appliesTo) return true;
  if (appliesTo.caseTypes && !appliesTo.caseTypes.includes(kind.caseType)) return false;
  if (appliesTo.procedures && !(kind.procedure && appliesTo.procedures.includes(kind.procedure))) return false;
  return true;
}

export function templateApplies(template: Template, kind: CaseKind): boolean {
  return matchesAppliesTo(template.applicability, kind);
}

/** Fewer case types and procedures = a template written for this kind of case in particular. */
function breadth(template: Template): number {
  return template.applicability.caseTypes.length * (template.applicability.procedures?.length ?? 3);
}

/**
 * The template to evaluate a case with: among those that apply, ids in `prefer` first (e.g. a
 * region profile's choice), then the most specific, then by id; for one id the highest
 * version. Null when none applies — the reviewer must then choose.
 */
export function pickTemplate(
  templates: readonly Template[],
  kind: CaseKind,
  options: { prefer?: readonly string[] } = {},
): Template | null {
  const latest = new Map<string, Template>();
  for (const t of templates) {
    if (!templateApplies(t, kind)) continue;
    const current = latest.get(t.id);
    if (!current || compareVersions(t.version, current.version) > 0) latest.set(t.id, t);
  }
  const prefer = options.prefer ?? [];
  const rank = (t: Template): number => {
    const i = prefer.indexOf(t.id);
    return i < 0 ? prefer.length : i;
  };
  const sorted = [...latest.values()].sort(
    (a, b) => rank(a) - rank(b) || breadth(a) - breadth(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return sorted[0] ?? null;
}
