/**
 * What accepting a failing finding changes, read from the template's `auto` mappings:
 *
 * - every veto whose `auto` lists the rule is hit;
 * - every scored item whose `auto` lists the rule gets the option named by `auto.deduction`
 *   (else the item's first option) chosen once: per-occurrence options with 1 occurrence,
 *   range options with the finding's suggested points when they fit the range (else its
 *   minimum). The reviewer adjusts occurrences or points on the item afterwards.
 * - `params.documentTypes` narrows a mapping to findings about those documents (a
 *   `required_documents` fail lists each missing type as evidence without a document id):
 *   the 立案审批表 item takes a missing filing_approval, not a missing closing report. A mapping
 *   of the same rule without documentTypes takes only the types no narrower mapping claims,
 *   so one missing document is never deducted twice.
 * - items that do not apply to the case's type or procedure are left alone.
 */
import type { AutoTarget } from '../../../shared/api/evaluationTypes.ts';
import type { Finding } from '../../../shared/checks/types.ts';
import type { OptionChoice } from '../../../shared/scoring/types.ts';
import {
  matchesAppliesTo,
  walkItems,
  type AutoCheck,
  type CaseKind,
  type DeductionOption,
  type Template,
} from '../../../shared/templates/index.ts';

function documentTypesParam(auto: Pick<AutoCheck, 'params'>): string[] | null {
  const value = auto.params?.documentTypes;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}

/** Document types a finding reports as missing (evidence that names a type but no document). */
function missingTypes(finding: Finding): Set<string> {
  return new Set(
    finding.evidence
      .filter((e) => e.documentType !== undefined && e.documentId === undefined)
      .map((e) => e.documentType!),
  );
}

function choiceFor(option: DeductionOption, finding: Finding): OptionChoice {
  if (option.kind === 'per_occurrence') return { optionId: option.id, occurrences: 1 };
  if (option.kind === 'range') {
    const s = finding.suggestedDeduction;
    const fits =
      typeof s === 'number' &&
      s >= option.min &&
      s <= option.max &&
      Math.abs((s - option.min) / option.step - Math.round((s - option.min) / option.step)) < 1e-9;
    return { optionId: option.id, points: fits ? s : option.min };
  }
  return { optionId: option.id };
}

export function autoTargets(template: Template, finding: Finding, kind: CaseKind): AutoTarget[] {
  if (finding.status !== 'fail') return [];
  const targets: AutoTarget[] = [];
  for (const veto of template.vetoes) {
    if (!matchesAppliesTo(veto.appliesTo, kind)) continue;
    if (veto.auto.some((a) => a.rule === finding.rule)) targets.push({ kind: 'veto', vetoId: veto.id });
  }
  const items = walkItems(template);
  const missing = missingTypes(finding);
  // Types some narrower mapping of this rule claims; the catch-all mappings get the rest.
  const claimed = new Set<string>();
  for (const { item } of items) {
    for (const auto of item.auto) {
      if (auto.rule === finding.rule) for (const t of documentTypesParam(auto) ?? []) claimed.add(t);
    }
  }
  for (const { item, categories } of items) {
    if (!categories.every((c) => matchesAppliesTo(c.appliesTo, kind)) || !matchesAppliesTo(item.appliesTo, kind))
      continue;
    const auto = item.auto.find((a) => {
      if (a.rule !== finding.rule) return false;
      const types = documentTypesParam(a);
      if (types) return types.some((t) => missing.has(t));
      // A catch-all mapping of a rule with narrower ones: only for what they leave.
      return claimed.size === 0 || missing.size === 0 || [...missing].some((t) => !claimed.has(t));
    });
    if (!auto) continue;
    const option = item.deductions.find((o) => o.id === auto.deduction) ?? item.deductions[0];
    if (option) targets.push({ kind: 'item', itemId: item.id, choice: choiceFor(option, finding) });
  }
  return targets;
}
