/**
 * A bar chart in DOCX as a native Word chart (DrawingML, with its data in an embedded
 * workbook): Word and LibreOffice draw it themselves, sharp at any zoom, and an office can
 * restyle it or read its numbers. Bars run top to bottom in the model's order, each labelled
 * with its value and unit.
 */
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { BarChart } from '../../../shared/reports/model.ts';
import { FONT } from './text.ts';

/** The 156 mm text block at 96 px per inch. */
const WIDTH_PX = 590;

/** Excel number format of the bar labels: whole counts, scores with two decimals. */
function labelFormat(chart: BarChart): string {
  const whole = chart.bars.every((b) => Number.isInteger(b.value));
  return `${whole ? '0' : '0.00'}"${chart.valueUnit}"`;
}

/** The chart's own maximum, else room to the right of the longest bar for its label. */
function axisMaximum(chart: BarChart): number {
  if (chart.max !== null) return chart.max;
  const largest = Math.max(1, ...chart.bars.map((b) => b.value));
  const rough = largest * 1.4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return Math.ceil(rough / magnitude) * magnitude;
}

export function chartParagraph(chart: BarChart): Paragraph {
  const font = { name: FONT.song, color: '000000' };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An exact line height (the body's 28.9 pt) would clip the chart to one line.
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: false,
    children: [
      new ChartRun({
        type: 'bar',
        title: { text: chart.title, font: { ...font, size: 12, bold: true } },
        font,
        legend: false,
        categories: chart.bars.map((b) => b.label),
        series: [
          {
            name: chart.valueUnit,
            values: chart.bars.map((b) => b.value),
            color: '3B5F8F',
          },
        ],
        // The value with its unit (23件, 87.50分): a label of free text would wrap in LibreOffice.
        dataLabels: {
          value: true,
          position: 'outsideEnd',
          numberFormat: labelFormat(chart),
          font: { ...font, size: 9 },
        },
        gapWidth: 60,
        categoryAxis: { reverseOrder: true, font: { ...font, size: 9 } },
        valueAxis: { minimum: 0, maximum: axisMaximum(chart), font: { ...font, size: 9 } },
        chartArea: { border: 'none' },
        transformation: { width: WIDTH_PX, height: 70 + chart.bars.length * 24 },
        altText: { name: chart.title, description: chart.bars.map((b) => `${b.label} ${b.display}`).join('；') },
      }),
    ],
  });
}
