/**
 * One 案卷评查表 as a workbook: the case header, every item with points, deduction, score,
 * reason, evidence and basis (the total as a SUM formula with its cached result), the vetoes,
 * and the rectification items.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { formatCitation, formatDate, FULL_SPACE } from '../../../shared/reports/format.ts';
import { ITEM_STATUS_LABELS, type CaseScoreSheet } from '../../../shared/reports/model.ts';
import {
  excelDate,
  FMT,
  FONT_BODY,
  FONT_HEAD,
  freeze,
  newWorkbook,
  printSetup,
  styleCell,
  textWidth,
  writeTable,
  writeTitle,
} from './sheet.ts';

const HEADER_ROWS = 8;

function header(ws: Worksheet, s: CaseScoreSheet): void {
  const c = s.case;
  const pairs: [string, string][] = [
    ['案号', c.caseNumber],
    ['执法机关', c.agency],
    ['被评查单位', c.unit],
    ['案由', c.cause],
    [
      '当事人',
      `${c.party.name}（${c.party.kindLabel}）${c.party.idNumber ? `${FULL_SPACE}${c.party.idLabel}：${c.party.idNumber}` : ''}`,
    ],
    ['案件类型', c.procedureLabel ? `${c.caseTypeLabel}（${c.procedureLabel}）` : c.caseTypeLabel],
    ['评查标准', `${s.template.name}（${s.template.version}版）`],
    ['评查人 / 复核人', s.reviewers.map((r) => `${r.role}：${r.name}`).join(FULL_SPACE)],
  ];
  pairs.forEach(([label, value], i) => {
    const row = 2 + i;
    const l = ws.getCell(row, 1);
    l.value = label;
    l.font = FONT_HEAD;
    ws.mergeCells(row, 2, row, 8);
    const v = ws.getCell(row, 2);
    v.value = value;
    v.font = FONT_BODY;
  });
}

export function scoreSheetWorkbook(s: CaseScoreSheet): Workbook {
  const wb = newWorkbook(s.evaluatingBody, s.dates.finalisedOn ?? s.dates.reviewedOn ?? '2000-01-01');
  const ws = wb.addWorksheet('评查表');
  writeTitle(ws, 1, `${s.title}${FULL_SPACE}${s.case.caseNumber}`, 8);
  header(ws, s);
  const start = 2 + HEADER_ROWS + 1;
  const items = s.categories.flatMap((cat) => cat.items.map((i) => ({ cat, i })));
  const end = writeTable(
    ws,
    start,
    [
      { header: '类别', max: 16 },
      { header: '编号', align: 'center' },
      { header: '评查项目', max: 24, wrap: true },
      { header: '分值', format: FMT.score },
      { header: '扣分', format: FMT.score },
      { header: '得分', format: FMT.score },
      { header: '状态', align: 'center' },
      { header: '扣分理由', max: 40, wrap: true },
      { header: '证据', max: 30, wrap: true },
      { header: '依据', max: 40, wrap: true },
      { header: '备注', max: 24, wrap: true },
    ],
    items.map(({ cat, i }) => [
      `${cat.id} ${cat.name}`,
      i.id,
      i.name,
      i.points,
      i.deducted,
      i.earned,
      ITEM_STATUS_LABELS[i.status],
      i.reason ?? '',
      i.evidence.map(formatCitation).join('；'),
      i.deducted > 0 ? i.law : '',
      i.note ?? '',
    ]),
  );
  // The sum row adds the items as printed; categories with a cap (扣完为止) may differ, so the
  // engine's own total follows it.
  const sum = ws.getRow(end);
  const label = sum.getCell(1);
  label.value = '合计';
  styleCell(label, { head: true });
  (['D', 'E', 'F'] as const).forEach((col, k) => {
    const cell = ws.getCell(`${col}${end}`);
    const values = items.map(({ i }) => [i.points, i.deducted, i.earned][k]!);
    cell.value = { formula: `SUM(${col}${start + 1}:${col}${end - 1})`, result: values.reduce((a, b) => a + b, 0) };
    styleCell(cell, { head: true, format: FMT.score });
  });
  const result = ws.getRow(end + 1);
  const rl = result.getCell(1);
  rl.value = '评查得分';
  styleCell(rl, { head: true });
  const total = result.getCell(4);
  total.value = s.result.total;
  styleCell(total, { format: FMT.score });
  const grade = result.getCell(6);
  grade.value = s.result.grade.name;
  styleCell(grade, { align: 'center' });
  // The opinion is prose: one merged, wrapped cell across the table, tall enough for its lines.
  ws.mergeCells(end + 2, 1, end + 2, 11);
  const opinion = ws.getCell(end + 2, 1);
  opinion.value = `评查意见：${s.result.opinion}`;
  opinion.font = FONT_BODY;
  opinion.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(end + 2).height = 16 * Math.max(1, Math.ceil(textWidth(opinion.value) / 180));
  freeze(ws, start);
  printSetup(ws, { landscape: true, titleRows: `${start}:${start}` });

  const vs = wb.addWorksheet('一票否决');
  writeTable(
    vs,
    1,
    [
      { header: '编号', align: 'center' },
      { header: '否决事项', max: 36, wrap: true },
      { header: '后果' },
      { header: '是否存在', align: 'center' },
      { header: '情形', max: 40, wrap: true },
      { header: '证据', max: 30, wrap: true },
      { header: '依据', max: 40, wrap: true },
    ],
    s.vetoes.map((v) => [
      v.id,
      v.name,
      v.effectLabel,
      v.hit ? '是' : '否',
      v.reason ?? '',
      v.evidence.map(formatCitation).join('；'),
      v.law,
    ]),
  );
  freeze(vs, 1);
  printSetup(vs, { landscape: true, titleRows: '1:1' });

  const rs = wb.addWorksheet('整改事项');
  writeTable(
    rs,
    1,
    [
      { header: '序号', align: 'center' },
      { header: '项目编号', align: 'center' },
      { header: '存在问题', max: 40, wrap: true },
      { header: '整改要求', max: 50, wrap: true },
      { header: '依据', max: 40, wrap: true },
      { header: '整改期限', format: FMT.date, min: 16 },
    ],
    s.rectifications.map((r, i) => [i + 1, r.itemId, r.problem, r.action, r.law, excelDate(r.deadline)]),
  );
  freeze(rs, 1);
  printSetup(rs, { landscape: true, titleRows: '1:1' });
  wb.title = `${s.title} ${s.case.caseNumber} ${formatDate(s.dates.reviewedOn)}`;
  return wb;
}
