/** The 通报's bar charts as data (labels, values, printed values); renderers draw them. */
import { formatAverage, formatShare } from './format.ts';
import type { BarChart, GradeBucket, ProblemRow, UnitRow } from './model.ts';

export function campaignCharts(
  grades: readonly GradeBucket[],
  units: readonly UnitRow[],
  problems: readonly ProblemRow[],
  maxTotal: number,
  topProblems = 10,
): { grades: BarChart; unitMeans: BarChart; problems: BarChart } {
  return {
    grades: {
      title: '评查等次分布',
      valueUnit: '件',
      bars: grades.map((g) => ({
        label: g.name,
        value: g.count,
        display: `${g.count}件（${formatShare(g.share, 1)}）`,
      })),
      max: null,
    },
    unitMeans: {
      title: '各单位案卷平均得分',
      valueUnit: '分',
      // Units without a scored file have no mean: shown as a dash, drawn as an empty bar.
      bars: units.map((u) => ({ label: u.unit, value: u.mean ?? 0, display: formatAverage(u.mean) })),
      max: maxTotal,
    },
    problems: {
      title: `常见问题（前${Math.min(topProblems, problems.length)}项）`,
      valueUnit: '件',
      bars: problems.slice(0, topProblems).map((p) => ({
        label: `${p.itemId} ${p.itemName}`,
        value: p.count,
        display: `${p.count}件（${formatShare(p.share, 1)}）`,
      })),
      max: null,
    },
  };
}
