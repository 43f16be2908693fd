/**
 * Every figure a 评查情况通报 prints, from the campaign's score sheets, computed by the shared
 * campaign statistics (shared/campaigns/stats.ts) that the dashboard shows too, and turned into
 * report rows: grade ids become the scale's tiers, case ids become case numbers.
 */
import {
  commonProblems,
  gradeDistribution,
  groupBy,
  passing,
  scoreSummary,
  unitTable,
  vetoHits,
  type EvaluatedCase,
} from '../campaigns/stats.ts';
import { campaignCharts } from './charts.ts';
import { caseKindLabel, caseRowOf, evaluatedCaseOf, itemMatrices } from './fromSheets.ts';
import type {
  BarChart,
  CaseRow,
  CaseScoreSheet,
  CaseTypeRow,
  GradeBucket,
  GradeTier,
  ItemMatrix,
  PeriodFigures,
  ProblemRow,
  StatsSummary,
  UnitRow,
  VetoHitRow,
} from './model.ts';

export interface CampaignFigures {
  overall: StatsSummary & { passRate: number; vetoCases: number };
  grades: GradeBucket[];
  byCaseType: CaseTypeRow[];
  vetoHits: VetoHitRow[];
  units: UnitRow[];
  problems: ProblemRow[];
  cases: CaseRow[];
  matrices: ItemMatrix[];
  charts: { grades: BarChart; unitMeans: BarChart; problems: BarChart };
  /** This campaign's line of the comparison with the previous one. */
  period: PeriodFigures;
}

function summaryOf(cases: readonly EvaluatedCase[]): StatsSummary {
  const s = scoreSummary(cases);
  return {
    count: s.count,
    scored: s.scored,
    mean: s.average,
    median: s.median,
    min: s.min?.value ?? null,
    max: s.max?.value ?? null,
  };
}

/**
 * `scale` is the grade scale best first; its last tier is the failing grade (不合格) unless
 * `failingGradeId` names another. Grades met in the sheets but missing from the scale are
 * appended with their own names, so no case silently drops out of the distribution.
 */
export function campaignFigures(
  sheets: readonly CaseScoreSheet[],
  scale: readonly GradeTier[],
  options: { periodLabel: string; maxTotal?: number; failingGradeId?: string },
): CampaignFigures {
  const cases = sheets.map((sheet, i) => evaluatedCaseOf(sheet, i));
  const caseNumbers = (ids: readonly number[]) => ids.map((id) => sheets[id]!.case.caseNumber);
  const failing = options.failingGradeId ?? scale[scale.length - 1]?.id ?? '';
  const gradeNames = new Map<string, string>(scale.map((t) => [t.id, t.name]));
  for (const sheet of sheets)
    if (!gradeNames.has(sheet.result.grade.id)) gradeNames.set(sheet.result.grade.id, sheet.result.grade.name);
  const buckets = (list: readonly EvaluatedCase[]): GradeBucket[] =>
    gradeDistribution(
      list,
      scale.map((t) => t.id),
    ).map((row) => ({
      id: row.grade,
      name: gradeNames.get(row.grade) ?? row.grade,
      count: row.count,
      share: row.share,
    }));
  const byId = (ids: readonly number[]) => ids.map((id) => cases[id]!);

  const grades = buckets(cases);
  const units: UnitRow[] = unitTable(cases).map((row) => {
    const list = byId(row.caseIds);
    return {
      unit: row.unit,
      ...summaryOf(list),
      grades: buckets(list),
      vetoCases: row.vetoes,
      passRate: passing(list, failing).share,
      rank: row.rank,
    };
  });
  const labels = new Map(sheets.map((s, i) => [i, caseKindLabel(s)]));
  const byCaseType: CaseTypeRow[] = groupBy(cases, (c) => labels.get(c.caseId)!).map((g) => ({
    label: g.key,
    ...summaryOf(byId(g.caseIds)),
  }));
  const problems: ProblemRow[] = commonProblems(cases).map((p) => ({
    rank: p.rank,
    itemId: p.itemId,
    itemName: p.itemName,
    group: p.category ?? '',
    description: p.description,
    count: p.count,
    occurrences: p.occurrences,
    share: p.share,
    deductedPoints: p.deductedPoints,
    units: p.units,
    law: p.law ?? '',
    caseNumbers: caseNumbers(p.caseIds),
  }));
  const vetoRows: VetoHitRow[] = vetoHits(cases).map((v) => ({
    id: v.id,
    name: v.name,
    count: v.count,
    units: v.units,
    caseNumbers: caseNumbers(v.caseIds),
  }));
  const summary = summaryOf(cases);
  const passRate = passing(cases, failing).share;
  const vetoCases = scoreSummary(cases).vetoed.value;
  const top = grades[0];
  return {
    overall: { ...summary, passRate, vetoCases },
    grades,
    byCaseType,
    vetoHits: vetoRows,
    units,
    problems,
    cases: sheets.map(caseRowOf),
    matrices: itemMatrices(sheets),
    charts: campaignCharts(grades, units, problems, options.maxTotal ?? 100),
    period: {
      label: options.periodLabel,
      evaluated: summary.count,
      mean: summary.mean,
      passRate,
      excellentRate: top && scale[0] && top.id === scale[0].id ? top.share : 0,
      vetoCases,
    },
  };
}
