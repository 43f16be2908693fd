/**
 * What handlers run against: the open workspace, the PDF extractor, staging, an event sink, the
 * PDF printer the door injected (Chromium for the CLI and browser mode, Electron's printToPDF in
 * the desktop app, through the host) and the files of finished export jobs.
 */
import type { ApiEvents } from '../../shared/api/events.ts';
import type { PdfExtractor } from '../import/prepareBundle.ts';
import type { ExportJobStore } from '../reports/jobStore.ts';
import type { PdfPrinter } from '../reports/pdf/printer.ts';
import type { Workspace } from '../store/workspace.ts';

export type { ApiEvents } from '../../shared/api/events.ts';

/** Paths a door has made ready for import, by one-time id. */
export interface Staging {
  add(paths: string[]): string;
  take(id: string): string[] | null;
}

export interface ApiContext {
  ws: Workspace;
  extractor: PdfExtractor;
  staging: Staging;
  emit<K extends keyof ApiEvents>(event: K, payload: ApiEvents[K]): void;
  /** Today's date (ISO); injected so checks and deadlines never read the clock themselves. */
  today(): string;
  /** Prints report HTML to PDF; opened lazily, so a session that prints nothing starts no engine. */
  printer: PdfPrinter;
  exportJobs: ExportJobStore;
}

export function createStaging(): Staging {
  const entries = new Map<string, string[]>();
  return {
    add(paths) {
      const id = crypto.randomUUID();
      entries.set(id, paths);
      return id;
    },
    take(id) {
      const paths = entries.get(id) ?? null;
      entries.delete(id);
      return paths;
    },
  };
}
