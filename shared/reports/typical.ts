/**
 * 示范优案 and 典型差案 of a campaign. Anonymised by construction: only the case number, unit,
 * cause, score and the findings are taken, never the party's name or ID number.
 */
import { formatScore } from './format.ts';
import { caseKindLabel } from './fromSheets.ts';
import type { CaseScoreSheet, TypicalCase } from './model.ts';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hitVetoes(s: CaseScoreSheet) {
  return s.vetoes.filter((v) => v.hit);
}

function deductedItems(s: CaseScoreSheet) {
  return s.categories.flatMap((c) => c.items.filter((i) => i.deducted > 0));
}

/**
 * Good: the highest totals without a veto. Bad: vetoed files first, then the lowest totals, but
 * only files below the top grade, so a campaign of excellent files names no "bad" example. A
 * file is never in both lists.
 */
export function pickTypicalCases(
  sheets: readonly CaseScoreSheet[],
  count: number,
): { good: CaseScoreSheet[]; bad: CaseScoreSheet[] } {
  const good = sheets
    .filter((s) => hitVetoes(s).length === 0 && s.result.total !== null)
    .sort((a, b) => b.result.total! - a.result.total! || compareText(a.case.caseNumber, b.case.caseNumber))
    .slice(0, count);
  const taken = new Set(good);
  const badness = (s: CaseScoreSheet) => (hitVetoes(s).length > 0 ? -1 : (s.result.total ?? -1));
  const topGrade = good[0]?.result.grade.id;
  const bad = sheets
    .filter((s) => !taken.has(s) && (hitVetoes(s).length > 0 || s.result.grade.id !== topGrade))
    .sort((a, b) => badness(a) - badness(b) || compareText(a.case.caseNumber, b.case.caseNumber))
    .slice(0, count);
  return { good, bad };
}

/**
 * The printed entry: key defects (vetoes, then the largest deductions) for a bad file; the
 * reviewer's strengths, or what the score shows, for a good one.
 */
export function typicalCase(
  sheet: CaseScoreSheet,
  kind: 'good' | 'bad',
  strengths: readonly string[] = [],
): TypicalCase {
  const items = deductedItems(sheet);
  const defects = [
    ...hitVetoes(sheet).map((v) => `一票否决：${v.reason ?? v.name}`),
    ...[...items]
      .sort((a, b) => b.deducted - a.deducted)
      .slice(0, 4)
      .map((i) => `${i.reason ?? i.name}（扣${formatScore(i.deducted)}分）`),
  ];
  const goodPoints = strengths.length
    ? [...strengths]
    : items.length === 0
      ? ['各评查项目均无扣分，案卷材料齐全，程序合法，文书制作规范']
      : [`仅${items.map((i) => i.name).join('、')}存在轻微瑕疵，其余项目均无扣分`];
  return {
    caseNumber: sheet.case.caseNumber,
    unit: sheet.case.unit,
    caseTypeLabel: caseKindLabel(sheet),
    cause: sheet.case.cause,
    total: sheet.result.total,
    grade: sheet.result.grade,
    points: kind === 'bad' ? defects : goodPoints,
  };
}
