/**
 * The 通报 as a workbook an office can re-work: 汇总 (overall figures, grades, case types,
 * vetoes), 单位排名, 常见问题, 案卷明细 (one row per case), one 评查矩阵 per standard (points
 * deducted per item per case, with per-item totals as formulas with cached results, so readers
 * that do not recalculate still see them) and 整改事项. Numbers are numbers, shares are
 * fractions formatted as %, dates are dates.
 */
import type { Workbook } from 'exceljs';
import { formatDate, FULL_SPACE } from '../../../shared/reports/format.ts';
import type { CampaignReport, ItemMatrix } from '../../../shared/reports/model.ts';
import {
  columnLetter,
  excelDate,
  FMT,
  freeze,
  newWorkbook,
  printSetup,
  sheetName,
  styleCell,
  writeHeading,
  writeTable,
  writeTitle,
  type CellValue,
  type Column,
} from './sheet.ts';

function summarySheet(wb: Workbook, r: CampaignReport): void {
  const ws = wb.addWorksheet('汇总');
  writeTitle(ws, 1, r.title, 6);
  const sub = ws.getCell(2, 1);
  sub.value = [r.issuingBody, r.documentNumber, formatDate(r.issuedOn)].join(FULL_SPACE);
  sub.font = { name: '宋体', size: 10.5, charset: 134 };
  ws.mergeCells(2, 1, 2, 6);
  const o = r.overall;
  let row = 4;
  writeHeading(ws, row++, '一、总体情况');
  const figures: [string, number | null, string][] = [
    ['评查案卷数（件）', o.count, FMT.count],
    ['计分案卷数（件）', o.scored, FMT.count],
    ['平均得分', o.mean, FMT.average],
    ['中位数', o.median, FMT.score],
    ['最高分', o.max, FMT.score],
    ['最低分', o.min, FMT.score],
    ['合格率', o.passRate, FMT.share],
    ['一票否决案卷（件）', o.vetoCases, FMT.count],
  ];
  row = writeTable(
    ws,
    row,
    [
      { header: '指标', min: 20 },
      { header: '数值', min: 12 },
    ],
    figures.map(([label, value]) => [label, value]),
  );
  figures.forEach(([, , format], i) => (ws.getCell(row - figures.length + i, 2).numFmt = format));
  row += 1;
  writeHeading(ws, row++, '二、等次分布');
  row = writeTable(
    ws,
    row,
    [{ header: '等次' }, { header: '件数', format: FMT.count }, { header: '占比', format: FMT.share }],
    r.grades.map((g) => [g.name, g.count, g.share]),
  );
  row += 1;
  writeHeading(ws, row++, '三、按案件类型');
  row = writeTable(
    ws,
    row,
    [
      { header: '案件类型' },
      { header: '件数', format: FMT.count },
      { header: '平均分', format: FMT.average },
      { header: '中位数', format: FMT.score },
      { header: '最高分', format: FMT.score },
      { header: '最低分', format: FMT.score },
    ],
    r.byCaseType.map((t) => [t.label, t.count, t.mean, t.median, t.max, t.min]),
  );
  row += 1;
  writeHeading(ws, row++, '四、一票否决');
  writeTable(
    ws,
    row,
    [
      { header: '否决事项', max: 40, wrap: true },
      { header: '件数', format: FMT.count },
      { header: '涉及单位', max: 40, wrap: true },
      { header: '案号', max: 50, wrap: true },
    ],
    r.vetoHits.length
      ? r.vetoHits.map((v) => [`${v.id} ${v.name}`, v.count, v.units.join('、'), v.caseNumbers.join('\n')])
      : [['无', 0, '', '']],
  );
  freeze(ws, 2);
  printSetup(ws, { landscape: false });
}

function unitSheet(wb: Workbook, r: CampaignReport): void {
  const ws = wb.addWorksheet('单位排名');
  const columns: Column[] = [
    { header: '排名', format: FMT.count, align: 'center' },
    { header: '单位', min: 16 },
    { header: '评查件数', format: FMT.count },
    { header: '计分件数', format: FMT.count },
    { header: '平均分', format: FMT.average },
    { header: '中位数', format: FMT.score },
    { header: '最高分', format: FMT.score },
    { header: '最低分', format: FMT.score },
    ...r.gradeScale.map((g) => ({ header: g.name, format: FMT.count })),
    { header: '一票否决', format: FMT.count },
    { header: '合格率', format: FMT.share },
  ];
  writeTable(
    ws,
    1,
    columns,
    r.units.map((u) => [
      u.rank,
      u.unit,
      u.count,
      u.scored,
      u.mean,
      u.median,
      u.max,
      u.min,
      ...r.gradeScale.map((g) => u.grades.find((b) => b.id === g.id)?.count ?? 0),
      u.vetoCases,
      u.passRate,
    ]),
  );
  freeze(ws, 1, 2);
  printSetup(ws, { landscape: true, titleRows: '1:1' });
}

function problemSheet(wb: Workbook, r: CampaignReport): void {
  const ws = wb.addWorksheet('常见问题');
  writeTable(
    ws,
    1,
    [
      { header: '排名', format: FMT.count, align: 'center' },
      { header: '项目编号', align: 'center' },
      { header: '评查项目', max: 24, wrap: true },
      { header: '类别', max: 16 },
      { header: '问题表现', max: 40, wrap: true },
      { header: '案卷数', format: FMT.count },
      { header: '出现次数', format: FMT.count },
      { header: '占评查案卷', format: FMT.share },
      { header: '扣分合计', format: FMT.score },
      { header: '涉及单位数', format: FMT.count },
      { header: '涉及单位', max: 40, wrap: true },
      { header: '依据', max: 50, wrap: true },
    ],
    r.problems.map((p) => [
      p.rank,
      p.itemId,
      p.itemName,
      p.group,
      p.description,
      p.count,
      p.occurrences,
      p.share,
      p.deductedPoints,
      p.units.length,
      p.units.join('、'),
      p.law,
    ]),
  );
  freeze(ws, 1, 3);
  printSetup(ws, { landscape: true, titleRows: '1:1' });
}

function caseSheet(wb: Workbook, r: CampaignReport): void {
  const ws = wb.addWorksheet('案卷明细');
  const standards = new Map(r.matrices.map((m) => [`${m.templateId}@${m.templateVersion}`, m.templateName]));
  writeTable(
    ws,
    1,
    [
      { header: '序号', format: FMT.count, align: 'center' },
      { header: '案号', min: 20 },
      { header: '执法单位', min: 12 },
      { header: '案件类型' },
      { header: '案由', max: 36, wrap: true },
      { header: '评查标准', max: 30 },
      { header: '得分', format: FMT.score },
      { header: '等次', align: 'center' },
      { header: '一票否决', align: 'center' },
      { header: '扣分项目数', format: FMT.count },
      { header: '评查人' },
      { header: '状态', align: 'center' },
    ],
    r.cases.map((c, i) => [
      i + 1,
      c.caseNumber,
      c.unit,
      c.caseTypeLabel,
      c.cause,
      standards.get(`${c.templateId}@${c.templateVersion}`) ?? c.templateId,
      c.total,
      c.grade.name,
      c.vetoes.join('、'),
      Object.keys(c.deductions).length,
      c.reviewer,
      c.status,
    ]),
  );
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + r.cases.length, column: 12 } };
  freeze(ws, 1, 2);
  printSetup(ws, { landscape: true, titleRows: '1:1' });
}

const FIXED = 5;

function matrixSheet(wb: Workbook, r: CampaignReport, m: ItemMatrix, index: number): void {
  const ws = wb.addWorksheet(sheetName(`评查矩阵${index + 1}-${m.templateName}`));
  const cases = r.cases.filter((c) => c.templateId === m.templateId && c.templateVersion === m.templateVersion);
  // Row 1: category groups over their items; row 2: the columns themselves.
  const fixed = ['序号', '案号', '单位', '得分', '等次'];
  fixed.forEach((h, i) => {
    ws.mergeCells(1, i + 1, 2, i + 1);
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    styleCell(cell, { head: true });
  });
  let col = FIXED + 1;
  for (const group of [...new Set(m.columns.map((c) => c.group))]) {
    const span = m.columns.filter((c) => c.group === group).length;
    if (span > 1) ws.mergeCells(1, col, 1, col + span - 1);
    const cell = ws.getCell(1, col);
    cell.value = group;
    styleCell(cell, { head: true });
    col += span;
  }
  m.columns.forEach((c, i) => {
    const cell = ws.getCell(2, FIXED + 1 + i);
    cell.value = `${c.itemId}\n${c.itemName}（${c.points}分）`;
    styleCell(cell, { head: true });
    ws.getColumn(FIXED + 1 + i).width = 9;
  });
  ws.getRow(2).height = 84;
  const rows: CellValue[][] = cases.map((c, i) => [
    i + 1,
    c.caseNumber,
    c.unit,
    c.total,
    c.grade.name,
    ...m.columns.map((col) => (c.notApplicable.includes(col.itemId) ? '—' : (c.deductions[col.itemId] ?? null))),
  ]);
  rows.forEach((values, r0) => {
    const row = ws.getRow(3 + r0);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      styleCell(cell, { format: FMT.score, align: i >= FIXED || i === 0 ? 'center' : undefined });
    });
  });
  // Totals per item as formulas, with the results computed here so that every reader shows them.
  const first = 3;
  const last = 2 + cases.length;
  const totals: [string, (id: string) => number, (letter: string) => string][] = [
    [
      '扣分案卷数',
      (id) => cases.filter((c) => (c.deductions[id] ?? 0) > 0).length,
      (l) => `COUNTIF(${l}${first}:${l}${last},">0")`,
    ],
    [
      '扣分合计',
      (id) => cases.reduce((s, c) => s + (c.deductions[id] ?? 0), 0),
      (l) => `SUM(${l}${first}:${l}${last})`,
    ],
  ];
  totals.forEach(([label, compute, formula], t) => {
    const row = ws.getRow(last + 1 + t);
    ws.mergeCells(last + 1 + t, 1, last + 1 + t, FIXED);
    const head = row.getCell(1);
    head.value = label;
    styleCell(head, { head: true });
    m.columns.forEach((c, i) => {
      const cell = row.getCell(FIXED + 1 + i);
      const letter = columnLetter(FIXED + 1 + i);
      cell.value = cases.length ? { formula: formula(letter), result: compute(c.itemId) } : 0;
      styleCell(cell, { head: true, format: FMT.score });
    });
  });
  const widths = [6, 26, 14, 8, 8];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  freeze(ws, 2, 2);
  printSetup(ws, { landscape: true, titleRows: '1:2' });
}

function rectificationSheet(wb: Workbook, r: CampaignReport): void {
  const ws = wb.addWorksheet('整改事项');
  writeTable(
    ws,
    1,
    [
      { header: '序号', format: FMT.count, align: 'center' },
      { header: '单位', min: 12 },
      { header: '案号', min: 20 },
      { header: '项目编号', align: 'center' },
      { header: '评查项目', max: 20, wrap: true },
      { header: '存在问题', max: 40, wrap: true },
      { header: '整改要求', max: 50, wrap: true },
      { header: '依据', max: 40, wrap: true },
      { header: '整改期限', format: FMT.date, min: 16 },
      { header: '状态', align: 'center' },
      { header: '重复出现', align: 'center' },
    ],
    r.rectification.items.map((it, i) => [
      i + 1,
      it.unit,
      it.caseNumber,
      it.itemId,
      it.itemName,
      it.problem,
      it.action,
      it.law,
      excelDate(it.deadline),
      it.status,
      it.repeat ? '是' : '',
    ]),
  );
  freeze(ws, 1, 3);
  printSetup(ws, { landscape: true, titleRows: '1:1' });
}

export function campaignWorkbook(r: CampaignReport): Workbook {
  const wb = newWorkbook(r.issuingBody, r.issuedOn);
  summarySheet(wb, r);
  unitSheet(wb, r);
  problemSheet(wb, r);
  caseSheet(wb, r);
  r.matrices.forEach((m, i) => matrixSheet(wb, r, m, i));
  rectificationSheet(wb, r);
  return wb;
}
