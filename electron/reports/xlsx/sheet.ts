/**
 * Sheet-building helpers of the XLSX writers: Chinese fonts on every cell (宋体, headers 黑体,
 * GB2312 character set), thin borders, number formats, column widths from the content, frozen
 * header rows, and A4 print setup fitted to the page width with "— 1 —" page numbers.
 */
import ExcelJS from 'exceljs';
import type { Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';

export const FONT_BODY: Partial<Font> = { name: '宋体', size: 10.5, charset: 134 };
export const FONT_HEAD: Partial<Font> = { name: '黑体', size: 10.5, charset: 134 };
export const FONT_TITLE: Partial<Font> = { name: '黑体', size: 16, charset: 134 };
const HEAD_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Number formats: averages and points with two decimals, scores as written, shares as %. */
export const FMT = {
  average: '0.00',
  score: 'General',
  count: '0',
  share: '0.00%',
  date: 'yyyy"年"m"月"d"日"',
} as const;

export type CellValue = string | number | Date | null | { formula: string; result: number };

export interface Column {
  header: string;
  /** Excel number format for the column's numbers. */
  format?: string;
  /** Minimum and maximum width in Excel character units (one CJK character ≈ 2). */
  min?: number;
  max?: number;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** An ISO date as an Excel date (midnight UTC, which Excel shows as that day). */
export function excelDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
}

/** Sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/** Width of text in Excel units: CJK and full-width characters count 2, others 1. */
export function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const text =
    value instanceof Date
      ? '2026年12月31日'
      : typeof value === 'number'
        ? String(Math.round(value * 100) / 100)
        : String(value);
  let width = 0;
  for (const ch of text.split('\n')[0] ?? '') width += ch.charCodeAt(0) < 0x2e80 ? 1 : 2;
  return width;
}

export function styleCell(
  cell: Cell,
  options: { head?: boolean; format?: string; wrap?: boolean; align?: Column['align'] } = {},
): void {
  cell.font = options.head ? FONT_HEAD : FONT_BODY;
  cell.border = BORDER;
  if (options.head) cell.fill = HEAD_FILL;
  if (options.format && typeof cell.value !== 'string') cell.numFmt = options.format;
  cell.alignment = {
    vertical: 'middle',
    horizontal: options.head ? 'center' : (options.align ?? (typeof cell.value === 'number' ? 'right' : 'left')),
    wrapText: options.head || (options.wrap ?? false),
  };
}

/**
 * A table starting at `startRow`: a header row, then the rows. Returns the next free row. Column
 * widths grow to fit the content within each column's min / max.
 */
export function writeTable(
  ws: Worksheet,
  startRow: number,
  columns: readonly Column[],
  rows: readonly CellValue[][],
): number {
  const header = ws.getRow(startRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    styleCell(cell, { head: true });
  });
  header.height = 30;
  rows.forEach((values, r) => {
    const row = ws.getRow(startRow + 1 + r);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      const c = columns[i];
      styleCell(cell, { format: c?.format, wrap: c?.wrap, align: c?.align });
    });
  });
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    // Formatted numbers are wider than their raw digits (1 → 100.00%).
    const formatted = c.format === FMT.share ? 9 : c.format === FMT.average ? 8 : c.format === FMT.date ? 16 : 0;
    const content = Math.max(textWidth(c.header) / 2 + 2, formatted, ...rows.map((r) => textWidth(r[i]) + 2));
    const width = Math.min(c.max ?? 60, Math.max(c.min ?? 6, content));
    column.width = Math.max(column.width ?? 0, width);
  });
  return startRow + 1 + rows.length;
}

/** A bold title line across the sheet's first columns. */
export function writeTitle(ws: Worksheet, row: number, text: string, span: number): void {
  ws.mergeCells(row, 1, row, Math.max(1, span));
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = FONT_TITLE;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = 28;
}

export function writeHeading(ws: Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT_HEAD, size: 12 };
  ws.getRow(row).height = 22;
}

/**
 * A4, fitted to one page wide (as many tall as it takes), header rows repeated on every
 * printed page, page numbers "— 1 —" in the footer.
 */
export function printSetup(ws: Worksheet, options: { landscape: boolean; titleRows?: string }): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&C— &P —' };
}

export function freeze(ws: Worksheet, rows: number, columns = 0): void {
  // The address is computed rather than taken from ws.getCell, which would create an empty row.
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  ws.views = [{ state: 'frozen', ySplit: rows, xSplit: columns, topLeftCell: topLeft }];
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

export function newWorkbook(creator: string, createdOn: string): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  // The report's own date, not the clock: the same model gives the same workbook.
  wb.created = new Date(`${createdOn}T00:00:00Z`);
  wb.modified = wb.created;
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buffer = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
