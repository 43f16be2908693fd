/**
 * Which of an item's standard finding wordings (findings) describes the deduction a reviewer
 * chose: score sheets print it, and rectification items are drafted in it, so a unit is told
 * the problem its file has rather than every problem the item could have.
 */
import type { TemplateItem } from './shape.ts';

/**
 * The standard's finding wording that best fits the chosen option, when the reviewer wrote
 * none: the wording equal to the option's label, else the one sharing the most characters with
 * it (the first on a tie), never a wording that names another option.
 */
export function standardFinding(item: TemplateItem, optionLabel: string | null): string {
  if (item.findings.length === 0) return optionLabel ?? item.name;
  if (optionLabel === null) return item.findings[0]!;
  if (item.findings.includes(optionLabel)) return optionLabel;
  const otherLabels = new Set(item.deductions.map((o) => o.label).filter((l) => l !== optionLabel));
  const candidates = item.findings.filter((f) => !otherLabels.has(f));
  const labelChars = new Set(optionLabel);
  let best = candidates[0] ?? item.findings[0]!;
  let bestScore = -1;
  for (const f of candidates) {
    const score = new Set([...f].filter((ch) => labelChars.has(ch))).size;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}
