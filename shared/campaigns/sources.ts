/**
 * Where rectification items come from: the deducted items and hit vetoes of a scored
 * evaluation, joined with the template's standard wording (finding texts, 整改建议, law).
 */
import type { ScoreResult } from '../scoring/types.ts';
import { standardFinding } from '../templates/findingWording.ts';
import { formatLawRefs } from '../templates/law.ts';
import type { Template } from '../templates/schema.ts';
import { itemIndex } from '../templates/walk.ts';
import type { DeductionSource } from './rectification.ts';

/**
 * `chosen`: the label of the deduction option the reviewer chose, by item; with it an item's
 * findings narrow to the one wording that fits (standardFinding), as its score sheet prints.
 */
export function deductionSources(
  template: Template,
  score: ScoreResult,
  notes: Readonly<Record<string, string | null | undefined>> = {},
  chosen: Readonly<Record<string, string | null | undefined>> = {},
): DeductionSource[] {
  const index = itemIndex(template);
  const out: DeductionSource[] = [];
  for (const hit of score.vetoHits) {
    const veto = template.vetoes.find((v) => v.id === hit.id);
    out.push({
      target: 'veto',
      itemId: hit.id,
      itemName: hit.name,
      category: null,
      deducted: null,
      findings: veto?.findings ?? [],
      rectification: veto?.rectification ?? null,
      law: veto && veto.law.length > 0 ? formatLawRefs(veto.law) : null,
      note: notes[hit.id] ?? null,
    });
  }
  for (const item of score.items) {
    if (!(item.deducted > 0)) continue;
    const visit = index.get(item.id);
    out.push({
      target: 'item',
      itemId: item.id,
      itemName: item.name,
      category: visit ? visit.categories.map((c) => c.name).join(' / ') : null,
      deducted: item.deducted,
      findings: visit ? (chosen[item.id] ? [standardFinding(visit.item, chosen[item.id]!)] : visit.item.findings) : [],
      rectification: visit?.item.rectification ?? null,
      law: visit && visit.item.law.length > 0 ? formatLawRefs(visit.item.law) : null,
      note: notes[item.id] ?? null,
    });
  }
  return out;
}
