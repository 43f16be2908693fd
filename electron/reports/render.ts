/**
 * The entry points the export command calls: one report model to the bytes of one format, and
 * to a file named for it. Personal ID numbers are masked unless the caller reveals them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { reportFileName, type ReportFileFormat } from '../../shared/reports/fileName.ts';
import { maskedForExport } from '../../shared/reports/mask.ts';
import type { CaseScoreSheet, ReportModel } from '../../shared/reports/model.ts';
import { reportDocx } from './docx/index.ts';
import { compiledSheetsHtml, reportHtml } from './html/index.ts';
import type { PdfPrinter } from './pdf/printer.ts';
import { reportXlsx } from './xlsx/index.ts';

export type ReportFormat = ReportFileFormat;

export interface RenderOptions {
  /** Needed for `pdf`: one printer serves a whole batch (see pdf/chromium.ts, electron/app/pdfPrinter.ts). */
  printer?: PdfPrinter;
  /** Print personal ID numbers in full; an explicit choice of the person exporting. */
  revealIds?: boolean;
}

/** The model itself, pretty-printed: the `pingcha-report/1` JSON. */
export function reportJson(model: ReportModel): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(model, null, 2)}\n`);
}

export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const printable = options.revealIds ? model : maskedForExport(model);
  switch (format) {
    case 'json':
      return reportJson(printable);
    case 'html':
      return new TextEncoder().encode(reportHtml(printable));
    case 'pdf':
      if (!options.printer)
        throw new AppError('REPORT_PRINTER_MISSING', { detail: 'renderReport(…, "pdf") needs a printer' });
      return options.printer.print(reportHtml(printable));
    case 'docx':
      return reportDocx(printable);
    case 'xlsx':
      return reportXlsx(printable);
  }
}

/** Score sheets as one PDF (汇编), each from a new page; IDs masked unless revealed. */
export async function renderCompiledSheets(
  title: string,
  sheets: readonly CaseScoreSheet[],
  options: RenderOptions & { printer: PdfPrinter },
): Promise<Uint8Array> {
  const printable = options.revealIds ? sheets : sheets.map((s) => maskedForExport(s));
  return options.printer.print(compiledSheetsHtml(title, printable));
}

/** Renders and writes `dir/<file name of the model>.<format>`; returns the path written. */
export async function writeReport(
  dir: string,
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<string> {
  const bytes = await renderReport(model, format, options);
  const file = path.join(dir, reportFileName(model, format));
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, bytes);
  return file;
}
