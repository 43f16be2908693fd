/**
 * The numbers of a campaign report and of the dashboard, from evaluated cases. Every number
 * comes with the case ids behind it so that the UI can drill down from any figure to its
 * cases, and a report can cite them.
 */

export interface EvaluatedCase {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  caseType: string;
  procedure: string | null;
  /** Null when a fail veto left the case unscored (不合格). */
  total: number | null;
  grade: string | null;
  deductions: readonly { itemId: string; itemName: string; category: string | null; law: string | null }[];
  vetoHits: readonly { id: string; name: string }[];
}

export interface Figure {
  value: number;
  caseIds: number[];
}

export interface ScoreSummary {
  count: number;
  scored: number;
  average: number | null;
  median: number | null;
  min: Figure | null;
  max: Figure | null;
  vetoed: Figure;
}

export interface GradeRow {
  grade: string;
  count: number;
  /** Share of evaluated cases, 0–1. */
  share: number;
  caseIds: number[];
}

export interface ProblemRow {
  itemId: string;
  itemName: string;
  category: string | null;
  law: string | null;
  /** Cases with a deduction on the item. */
  count: number;
  share: number;
  units: string[];
  caseIds: number[];
}

export interface UnitRow {
  unit: string;
  count: number;
  average: number | null;
  grades: Record<string, number>;
  vetoes: number;
  rank: number | null;
  caseIds: number[];
}

export interface GroupRow {
  key: string;
  count: number;
  average: number | null;
  caseIds: number[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function scoresOf(cases: readonly EvaluatedCase[]): number[] {
  return cases.flatMap((c) => (c.total === null ? [] : [c.total]));
}

export function scoreSummary(cases: readonly EvaluatedCase[]): ScoreSummary {
  const scored = cases.filter((c) => c.total !== null);
  const extreme = (pick: (a: number, b: number) => number): Figure | null => {
    if (scored.length === 0) return null;
    const value = scored.map((c) => c.total!).reduce((a, b) => pick(a, b));
    return { value, caseIds: scored.filter((c) => c.total === value).map((c) => c.caseId) };
  };
  const vetoed = cases.filter((c) => c.vetoHits.length > 0);
  return {
    count: cases.length,
    scored: scored.length,
    average: average(scoresOf(cases)),
    median: median(scoresOf(cases)),
    min: extreme(Math.min),
    max: extreme(Math.max),
    vetoed: { value: vetoed.length, caseIds: vetoed.map((c) => c.caseId) },
  };
}

/** Grades in the order given (the template's tiers, highest first); unknown grades follow. */
export function gradeDistribution(cases: readonly EvaluatedCase[], order: readonly string[] = []): GradeRow[] {
  const rows = new Map<string, GradeRow>(order.map((g) => [g, { grade: g, count: 0, share: 0, caseIds: [] }]));
  for (const c of cases) {
    const grade = c.grade ?? '未定等次';
    const row = rows.get(grade) ?? { grade, count: 0, share: 0, caseIds: [] };
    row.count += 1;
    row.caseIds.push(c.caseId);
    rows.set(grade, row);
  }
  return [...rows.values()].map((r) => ({ ...r, share: cases.length === 0 ? 0 : r.count / cases.length }));
}

/** Deducted items ranked by the number of cases, then by item id. */
export function commonProblems(cases: readonly EvaluatedCase[]): ProblemRow[] {
  const rows = new Map<string, ProblemRow & { unitSet: Set<string> }>();
  for (const c of cases) {
    const seen = new Set<string>();
    for (const d of c.deductions) {
      if (seen.has(d.itemId)) continue;
      seen.add(d.itemId);
      const row = rows.get(d.itemId) ?? {
        itemId: d.itemId,
        itemName: d.itemName,
        category: d.category,
        law: d.law,
        count: 0,
        share: 0,
        units: [],
        caseIds: [],
        unitSet: new Set<string>(),
      };
      row.count += 1;
      row.caseIds.push(c.caseId);
      if (c.unit) row.unitSet.add(c.unit);
      rows.set(d.itemId, row);
    }
  }
  return [...rows.values()]
    .map(({ unitSet, ...row }) => ({
      ...row,
      share: cases.length === 0 ? 0 : row.count / cases.length,
      units: [...unitSet].sort(),
    }))
    .sort((a, b) => b.count - a.count || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
}

export function vetoHits(
  cases: readonly EvaluatedCase[],
): { id: string; name: string; count: number; caseIds: number[] }[] {
  const rows = new Map<string, { id: string; name: string; count: number; caseIds: number[] }>();
  for (const c of cases) {
    for (const v of c.vetoHits) {
      const row = rows.get(v.id) ?? { id: v.id, name: v.name, count: 0, caseIds: [] };
      row.count += 1;
      row.caseIds.push(c.caseId);
      rows.set(v.id, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** Per-unit table ranked by average score (highest first; units without a score unranked). */
export function unitTable(cases: readonly EvaluatedCase[]): UnitRow[] {
  const groups = new Map<string, EvaluatedCase[]>();
  for (const c of cases) {
    const unit = c.unit ?? '（未注明单位）';
    groups.set(unit, [...(groups.get(unit) ?? []), c]);
  }
  const rows: UnitRow[] = [...groups.entries()].map(([unit, list]) => {
    const grades: Record<string, number> = {};
    for (const c of list) grades[c.grade ?? '未定等次'] = (grades[c.grade ?? '未定等次'] ?? 0) + 1;
    return {
      unit,
      count: list.length,
      average: average(scoresOf(list)),
      grades,
      vetoes: list.filter((c) => c.vetoHits.length > 0).length,
      rank: null,
      caseIds: list.map((c) => c.caseId),
    };
  });
  rows.sort(
    (a, b) => (b.average ?? -Infinity) - (a.average ?? -Infinity) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
  // Competition ranking (1, 2, 2, 4): equal averages share a rank.
  rows.forEach((row, i) => {
    if (row.average === null) return;
    const prev = rows[i - 1];
    row.rank = prev && prev.average === row.average ? prev.rank : i + 1;
  });
  return rows;
}

export function groupBy(cases: readonly EvaluatedCase[], key: (c: EvaluatedCase) => string): GroupRow[] {
  const groups = new Map<string, EvaluatedCase[]>();
  for (const c of cases) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups.entries()]
    .map(([k, list]) => ({
      key: k,
      count: list.length,
      average: average(scoresOf(list)),
      caseIds: list.map((c) => c.caseId),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
