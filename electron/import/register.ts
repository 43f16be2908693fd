/**
 * Batch registers (登记表): one row per case, matched to bundles by case number. Offices
 * keep them in Excel, often with a title row above the headers and brackets typed however
 * the clerk's input method gave them, so both the header row and the case number are found
 * leniently, while anything ambiguous is refused with the row and column named.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { AppError, isAppError } from '../../shared/errors.ts';
import { CsvSyntaxError, decodeCsvBytes, parseCsv } from './csvText.ts';
import type { ImportLimits } from './sourceTypes.ts';
import { openZipBuffer } from './zipReader.ts';

export type RegisterRow = Record<string, string>;

export interface RegisterTable {
  /** The register as the user knows it: an absolute path or `batch.zip!登记表.xlsx`. */
  file: string;
  headers: string[];
  caseNumberColumn: string;
  rows: RegisterRow[];
  /** Spreadsheet row (xlsx) or line (csv) of each entry of `rows`, for messages. */
  rowNumbers: number[];
}

/** In order of preference when a sheet has more than one. */
export const CASE_NUMBER_HEADERS = ['案号', '案件编号', '文书号', '决定书文号', 'caseNumber'] as const;

/** A register is a small table; anything bigger is not one, and exceljs holds it all in memory. */
export const REGISTER_MAX_BYTES = 64 * 1024 * 1024;

// An xlsx is itself a zip: vet it before exceljs inflates it. XML compresses well, hence the ratio.
const XLSX_LIMITS: ImportLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 1000,
};

/** How many rows above the headers a title block may take. */
const HEADER_SEARCH_ROWS = 10;

interface RawRow {
  number: number;
  cells: string[];
}

export async function readRegister(input: string | { name: string; bytes: Buffer }): Promise<RegisterTable> {
  const file = typeof input === 'string' ? path.resolve(input) : input.name;
  try {
    const bytes = typeof input === 'string' ? await readBounded(file) : input.bytes;
    if (bytes.length > REGISTER_MAX_BYTES) throw invalid(file, 'file is too large for a register');
    const ext = path.extname(file).toLowerCase();
    const raw = ext === '.xlsx' ? await xlsxRows(bytes, file) : ext === '.csv' ? csvRows(bytes, file) : undefined;
    if (!raw) throw invalid(file, 'a register must be .xlsx or .csv');
    return buildTable(raw, file);
  } catch (err) {
    if (isAppError(err)) throw err;
    throw invalid(file, err instanceof Error ? err.message : String(err));
  }
}

function invalid(file: string, reason: string, extra: { field?: string; row?: number } = {}): AppError {
  const where = extra.row !== undefined ? `${file}（第 ${extra.row} 行 / row ${extra.row}）` : file;
  return new AppError('REGISTER_INVALID', {
    detail: `${where}: ${reason}`,
    file,
    ...(extra.field !== undefined ? { field: extra.field } : {}),
    details: { reason, ...(extra.row !== undefined ? { row: extra.row } : {}) },
  });
}

async function readBounded(file: string): Promise<Buffer> {
  const stats = await stat(file);
  if (stats.size > REGISTER_MAX_BYTES) throw invalid(file, 'file is too large for a register');
  return readFile(file);
}

function csvRows(bytes: Buffer, file: string): RawRow[] {
  try {
    return parseCsv(decodeCsvBytes(bytes)).map((r) => ({ number: r.line, cells: r.cells.map((c) => c.trim()) }));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw invalid(file, err.message, { row: err.line });
    throw err;
  }
}

async function xlsxRows(bytes: Buffer, file: string): Promise<RawRow[]> {
  try {
    const vetted = await openZipBuffer(bytes, file, XLSX_LIMITS);
    await vetted.close();
  } catch (err) {
    const reason = isAppError(err) ? `${err.code}: not a readable .xlsx` : 'not a readable .xlsx';
    throw invalid(file, reason);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own pre-generic Buffer type; the runtime value is a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw invalid(file, `not a readable .xlsx (${err instanceof Error ? err.message : String(err)})`);
  }
  // The first sheet that has a case-number header; a workbook may open on a cover sheet.
  let firstRows: RawRow[] | undefined;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    firstRows ??= rows;
    if (headerRowIndex(rows) !== undefined) return rows;
  }
  return firstRows ?? [];
}

function sheetRows(sheet: Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(cellText(row.getCell(col).value));
    rows.push({ number, cells });
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    // Excel dates carry no zone; exceljs gives them as UTC, so midnight means "a date".
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('hyperlink' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result ?? null);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Exact header first, then a header that contains one (e.g. 行政处罚决定书文号), by preference. */
export function findCaseNumberColumn(headers: readonly string[]): string | undefined {
  const normalised = headers.map(normaliseHeader);
  for (const wanted of CASE_NUMBER_HEADERS.map(normaliseHeader)) {
    const i = normalised.indexOf(wanted);
    if (i >= 0) return headers[i];
  }
  for (const wanted of CASE_NUMBER_HEADERS.map(normaliseHeader)) {
    const i = normalised.findIndex((h) => h.includes(wanted));
    if (i >= 0) return headers[i];
  }
  return undefined;
}

function headerRowIndex(rows: readonly RawRow[]): number | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    if (findCaseNumberColumn(rows[i]!.cells.filter((c) => c !== '')) !== undefined) return i;
  }
  return undefined;
}

function buildTable(raw: RawRow[], file: string): RegisterTable {
  const nonEmpty = raw.filter((r) => r.cells.some((c) => c !== ''));
  const headerIndex = headerRowIndex(nonEmpty);
  if (headerIndex === undefined) {
    throw invalid(file, `no case-number column (${CASE_NUMBER_HEADERS.join(' / ')}) in the first rows`, {
      field: 'caseNumber',
    });
  }
  const headerRow = nonEmpty[headerIndex]!;
  // Repeated headers keep every column: 备注, 备注(2), ...
  const columns: { index: number; name: string }[] = [];
  const used = new Map<string, number>();
  headerRow.cells.forEach((cell, index) => {
    if (cell === '') return;
    const count = (used.get(cell) ?? 0) + 1;
    used.set(cell, count);
    columns.push({ index, name: count === 1 ? cell : `${cell}(${count})` });
  });
  const headers = columns.map((c) => c.name);
  const caseNumberColumn = findCaseNumberColumn(headers)!;
  const caseIndex = columns.find((c) => c.name === caseNumberColumn)!.index;

  const rows: RegisterRow[] = [];
  const rowNumbers: number[] = [];
  const byNumber = new Map<string, number>();
  for (const r of nonEmpty.slice(headerIndex + 1)) {
    const caseNumber = r.cells[caseIndex] ?? '';
    // Totals and notes rows (合计, 备注) have no case number; they are not cases.
    if (caseNumber === '') continue;
    const key = normaliseCaseNumber(caseNumber);
    const previous = byNumber.get(key);
    if (previous !== undefined) {
      throw invalid(file, `case number ${caseNumber} appears twice (rows ${previous} and ${r.number})`, {
        field: caseNumberColumn,
        row: r.number,
      });
    }
    byNumber.set(key, r.number);
    const row: RegisterRow = {};
    for (const c of columns) row[c.name] = r.cells[c.index] ?? '';
    rows.push(row);
    rowNumbers.push(r.number);
  }
  return { file, headers, caseNumberColumn, rows, rowNumbers };
}

const OPEN_BRACKETS = /[〔［【〖（([{｛]/g;
const CLOSE_BRACKETS = /[〕］】〗）)\]}｝]/g;

/** 津滨大沽执罚〔2023〕27号, [2023], （2023）, with stray spaces or full-width digits, all compare equal. */
export function normaliseCaseNumber(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .toLowerCase();
}

function caseColumnOf(rows: readonly RegisterRow[] | RegisterTable): { rows: readonly RegisterRow[]; column?: string } {
  if (!Array.isArray(rows)) {
    const table = rows as RegisterTable;
    return { rows: table.rows, column: table.caseNumberColumn };
  }
  const list = rows as readonly RegisterRow[];
  const column = list[0] ? findCaseNumberColumn(Object.keys(list[0])) : undefined;
  return column === undefined ? { rows: list } : { rows: list, column };
}

export function matchRegisterRow(
  rows: readonly RegisterRow[] | RegisterTable,
  caseNumber: string,
): RegisterRow | undefined {
  const { rows: list, column } = caseColumnOf(rows);
  if (column === undefined) return undefined;
  const wanted = normaliseCaseNumber(caseNumber);
  if (wanted === '') return undefined;
  return list.find((row) => normaliseCaseNumber(row[column] ?? '') === wanted);
}

/**
 * Provisional match for discovery, before case.json is read: folders and inner zips are
 * usually named after the case number, sometimes with a sequence number or party around it.
 */
export function matchRegisterRowByName(
  rows: readonly RegisterRow[] | RegisterTable,
  name: string,
): RegisterRow | undefined {
  const { rows: list, column } = caseColumnOf(rows);
  if (column === undefined) return undefined;
  const exact = matchRegisterRow(rows, name);
  if (exact) return exact;
  const wanted = normaliseCaseNumber(name);
  const containing = list.filter((row) => {
    const number = normaliseCaseNumber(row[column] ?? '');
    return number !== '' && wanted.includes(number);
  });
  return containing.length === 1 ? containing[0] : undefined;
}
