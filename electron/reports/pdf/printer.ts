/**
 * The one thing the report writers need from a browser engine: print a self-contained HTML
 * document to PDF. Page size, margins and page numbers come from the document's own CSS
 * (@page boxes), so every implementation prints the same pages:
 * - chromium.ts: Playwright driving Chromium / Edge, for the CLI, browser mode and tests;
 * - electron/app/pdfPrinter.ts: webContents.printToPDF in the desktop app.
 */
export interface PdfPrinter {
  /** The PDF bytes of one HTML document (A4 unless the document's @page says otherwise). */
  print(html: string): Promise<Uint8Array>;
  /** Releases the engine; a printer is reused for a whole batch, then closed once. */
  close(): Promise<void>;
}
