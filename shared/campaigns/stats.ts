/**
 * The numbers of a campaign report and of the dashboard, from evaluated cases. Every number
 * comes with the case ids behind it so that the UI can drill down from any figure to its
 * cases, and a report can cite them. The 评查情况通报 (shared/reports/figures.ts) prints these
 * same figures, so the dashboard and the issued report can never disagree.
 *
 * Rules a unit will check:
 * - A fail veto leaves a case unscored (total null, 不合格): it counts in the case numbers, the
 *   grade distribution and the veto rows, never in average / median / min / max.
 * - Equal averages (units) and equal counts (problems) share a rank: 1, 2, 2, 4.
 * - A problem is an item with a deduction, counted once per case; its share is over all cases.
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
  deductions: readonly CaseDeduction[];
  vetoHits: readonly { id: string; name: string }[];
}

export interface CaseDeduction {
  itemId: string;
  itemName: string;
  category: string | null;
  law: string | null;
  /** Points taken off the item (after its cap). */
  points: number;
  /** How many times the defect occurred (per-occurrence options); 1 when not counted. */
  occurrences?: number | undefined;
  /** The finding as the reviewer worded it; the report prints the most frequent one. */
  finding?: string | null | undefined;
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
  /** 1 = most frequent; equal counts share a rank. */
  rank: number;
  itemId: string;
  itemName: string;
  category: string | null;
  law: string | null;
  /** The most frequent finding wording (ties: the first seen), else the item name. */
  description: string;
  /** Cases with a deduction on the item. */
  count: number;
  share: number;
  /** Occurrences over all cases (a case with 3 missing signatures counts 3). */
  occurrences: number;
  deductedPoints: number;
  units: string[];
  caseIds: number[];
}

export interface VetoRow {
  id: string;
  name: string;
  count: number;
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

/** Competition ranks (1, 2, 2, 4) of keys already sorted best first; null keys get no rank. */
export function competitionRanks(keys: readonly (number | null)[]): (number | null)[] {
  const ranks: (number | null)[] = [];
  keys.forEach((key, i) => {
    if (key === null) ranks.push(null);
    else ranks.push(i > 0 && keys[i - 1] === key ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent value; on a tie the one seen first. */
function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

/** Deducted items ranked by the number of cases, then by item id. */
export function commonProblems(cases: readonly EvaluatedCase[]): ProblemRow[] {
  const rows = new Map<
    string,
    Omit<ProblemRow, 'description' | 'units' | 'share'> & { unitSet: Set<string>; findings: string[] }
  >();
  for (const c of cases) {
    const seen = new Set<string>();
    for (const d of c.deductions) {
      const row = rows.get(d.itemId) ?? {
        rank: 0,
        itemId: d.itemId,
        itemName: d.itemName,
        category: d.category,
        law: d.law,
        count: 0,
        occurrences: 0,
        deductedPoints: 0,
        caseIds: [],
        unitSet: new Set<string>(),
        findings: [],
      };
      // A case is counted once per item even when the item is listed twice; its points and
      // occurrences all count.
      if (!seen.has(d.itemId)) {
        seen.add(d.itemId);
        row.count += 1;
        row.caseIds.push(c.caseId);
        if (c.unit) row.unitSet.add(c.unit);
      }
      row.occurrences += d.occurrences ?? 1;
      row.deductedPoints += d.points;
      if (d.finding) row.findings.push(d.finding);
      rows.set(d.itemId, row);
    }
  }
  const sorted = [...rows.values()]
    .map(({ unitSet, findings, ...row }) => ({
      ...row,
      description: mostFrequent(findings) ?? row.itemName,
      share: cases.length === 0 ? 0 : row.count / cases.length,
      units: [...unitSet].sort(),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.itemId, b.itemId));
  const ranks = competitionRanks(sorted.map((r) => r.count));
  return sorted.map((row, i) => ({ ...row, rank: ranks[i]! }));
}

export function vetoHits(cases: readonly EvaluatedCase[]): VetoRow[] {
  const rows = new Map<string, VetoRow>();
  for (const c of cases) {
    for (const v of c.vetoHits) {
      const row = rows.get(v.id) ?? { id: v.id, name: v.name, count: 0, units: [], caseIds: [] };
      row.count += 1;
      row.caseIds.push(c.caseId);
      if (c.unit && !row.units.includes(c.unit)) row.units.push(c.unit);
      rows.set(v.id, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || compareText(a.id, b.id));
}

/** Cases graded above the failing grade (合格率 = value / count). */
export function passing(cases: readonly EvaluatedCase[], failingGrade: string): Figure & { share: number } {
  const passed = cases.filter((c) => c.grade !== null && c.grade !== failingGrade);
  return {
    value: passed.length,
    share: cases.length === 0 ? 0 : passed.length / cases.length,
    caseIds: passed.map((c) => c.caseId),
  };
}

/** Per-unit table ranked by average score (highest first; units without a score unranked). */
export function unitTable(cases: readonly EvaluatedCase[]): UnitRow[] {
  const groups = new Map<string, EvaluatedCase[]>();
  for (const c of cases) {
    const unit = c.unit ?? '（未注明单位）';
    const list = groups.get(unit);
    if (list) list.push(c);
    else groups.set(unit, [c]);
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
  rows.sort((a, b) => (b.average ?? -Infinity) - (a.average ?? -Infinity) || compareText(a.unit, b.unit));
  const ranks = competitionRanks(rows.map((r) => r.average));
  rows.forEach((row, i) => (row.rank = ranks[i]!));
  return rows;
}

export function groupBy(cases: readonly EvaluatedCase[], key: (c: EvaluatedCase) => string): GroupRow[] {
  const groups = new Map<string, EvaluatedCase[]>();
  for (const c of cases) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.entries()]
    .map(([k, list]) => ({
      key: k,
      count: list.length,
      average: average(scoresOf(list)),
      caseIds: list.map((c) => c.caseId),
    }))
    .sort((a, b) => compareText(a.key, b.key));
}
