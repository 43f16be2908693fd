/** A 整改通知书 as a workbook: the unit's items, one row each, with the deadline as a date. */
import type { Workbook } from 'exceljs';
import { FULL_SPACE } from '../../../shared/reports/format.ts';
import type { RectificationNotice } from '../../../shared/reports/model.ts';
import { excelDate, FMT, freeze, newWorkbook, printSetup, writeTable, writeTitle } from './sheet.ts';

export function noticeWorkbook(n: RectificationNotice): Workbook {
  const wb = newWorkbook(n.issuingBody, n.issuedOn);
  const ws = wb.addWorksheet('整改事项');
  writeTitle(ws, 1, `${n.title}（${n.documentNumber}）${FULL_SPACE}${n.addressee}`, 10);
  const rows = n.cases.flatMap((c) =>
    c.items.map((it) => [
      c.caseNumber,
      c.cause,
      c.total,
      c.grade.name,
      it.itemId,
      it.itemName,
      it.problem,
      it.law,
      it.action,
    ]),
  );
  writeTable(
    ws,
    2,
    [
      { header: '序号', align: 'center' },
      { header: '案号', min: 20 },
      { header: '案由', max: 30, wrap: true },
      { header: '得分', format: FMT.score },
      { header: '等次', align: 'center' },
      { header: '项目编号', align: 'center' },
      { header: '评查项目', max: 20, wrap: true },
      { header: '存在问题', max: 40, wrap: true },
      { header: '依据', max: 40, wrap: true },
      { header: '整改要求', max: 50, wrap: true },
      { header: '整改期限', format: FMT.date, min: 16 },
    ],
    rows.map((r, i) => [i + 1, ...r, excelDate(n.deadline.date)]),
  );
  freeze(ws, 2, 2);
  printSetup(ws, { landscape: true, titleRows: '2:2' });
  return wb;
}
