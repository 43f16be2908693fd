/**
 * The desktop app's PdfPrinter: webContents.printToPDF in a hidden window that runs no script
 * (javascript: false, sandboxed, no preload) in its own in-memory session that may load one
 * thing only, the temporary file of the document being printed. Same interface and the same
 * pages as the Chromium printer of the CLI (electron/reports/pdf/chromium.ts), since both take
 * page size, margins and page numbers from the document's CSS.
 *
 * Not exercised by the tests: they run where the Electron binary is missing; the export path
 * is tested through the Chromium printer.
 */
import { BrowserWindow, session } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../reports/pdf/printer.ts';

/** No "persist:" prefix: the session lives in memory and is gone when the app quits. */
const PARTITION = 'pingcha-print';

export async function createElectronPdfPrinter(): Promise<PdfPrinter> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pingcha-print-'));
  const ses = session.fromPartition(PARTITION);
  let allowed: string | null = null;
  // A temp file rather than a data: URL, which Chromium caps at 2 MB (a large 通报 is more).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: ses,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  });
  // One document at a time through the one window.
  let queue: Promise<unknown> = Promise.resolve();
  let count = 0;

  async function printOne(html: string): Promise<Uint8Array> {
    const file = path.join(dir, `report-${++count}.html`);
    await fs.writeFile(file, html, 'utf8');
    allowed = pathToFileURL(file).href;
    try {
      await win.loadURL(allowed);
      const pdf = await win.webContents.printToPDF({
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        generateTaggedPDF: false,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      allowed = null;
      await fs.rm(file, { force: true });
    }
  }

  return {
    print(html: string): Promise<Uint8Array> {
      const job = queue.then(() => printOne(html));
      queue = job.catch(() => undefined);
      return job;
    },
    async close(): Promise<void> {
      await queue;
      if (!win.isDestroyed()) win.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
