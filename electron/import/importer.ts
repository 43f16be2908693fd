/**
 * Imports bundles (folders, .zip files, batches) into a workspace. Discovery and reading run
 * here; PDF text extraction runs in worker threads; each bundle is written in one transaction.
 * A failing bundle is reported with its code, file and field and never disturbs the others.
 */
import type { ImportIssue, ImportProgress, ImportSummary } from '../../shared/api/types.ts';
import { AppError, type AppErrorData } from '../../shared/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import {
  findBundleByHash,
  finishImportRun,
  startImportRun,
  writeBundle,
  type ConflictPolicy,
} from '../store/queries/importWrite.ts';
import { DEFAULT_LIMITS, discoverBundles, type BundleCandidate, type ImportLimits } from './bundleSource.ts';
import { ExtractPool } from './extractPool.ts';
import { bundleContentHash, loadFiles, prepareBundle, type PdfExtractor } from './prepareBundle.ts';

export interface ImportOptions {
  onConflict?: ConflictPolicy;
  limits?: ImportLimits;
  onProgress?: (progress: ImportProgress) => void;
  /** Reuse a running extraction pool (the API worker keeps one); otherwise one is made. */
  extractor?: PdfExtractor;
  /** Bundles prepared at once; enough to keep every extraction worker busy. */
  concurrency?: number;
  /** Test hook: runs inside a bundle's transaction just before it commits. */
  beforeCommit?: (caseNumber: string) => void;
}

export function toErrorData(err: unknown, location: string): AppErrorData {
  if (err instanceof AppError) {
    const data = err.toData();
    return data.file ? data : { ...data, file: location };
  }
  return { code: 'INTERNAL', message: `内部错误 / internal error: ${String(err)}`, file: location };
}

export async function importPaths(
  ws: Workspace,
  inputs: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const runId = startImportRun(ws.db, inputs);
  const summary: ImportSummary = {
    runId,
    inputs,
    imported: [],
    duplicates: [],
    conflicts: [],
    failures: [],
    seconds: 0,
    pages: 0,
  };
  const progress = (p: Omit<ImportProgress, 'runId'>) => options.onProgress?.({ runId, ...p });
  const ownPool = options.extractor ? null : new ExtractPool();
  const extractor = options.extractor ?? ownPool!;

  try {
    progress({ phase: 'discovering', done: 0, total: inputs.length });
    const candidates: BundleCandidate[] = [];
    for (const input of inputs) {
      try {
        const found = await discoverBundles(input, options.limits ?? DEFAULT_LIMITS);
        candidates.push(...found.candidates);
        for (const failure of found.failures)
          summary.failures.push({ location: failure.location, error: failure.error });
      } catch (err) {
        summary.failures.push({ location: input, error: toErrorData(err, input) });
      }
    }

    let done = 0;
    const total = candidates.length;
    progress({ phase: 'importing', done, total });
    const queue = [...candidates];
    const worker = async () => {
      for (let candidate = queue.shift(); candidate; candidate = queue.shift()) {
        await importOne(ws, candidate, runId, options, extractor, summary);
        await candidate.source.close().catch(() => undefined);
        done += 1;
        progress({ phase: 'importing', done, total, current: candidate.location });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  } finally {
    await ownPool?.close();
  }

  summary.seconds = (performance.now() - started) / 1000;
  summary.pages = summary.imported.reduce((n, c) => n + c.pages, 0);
  finishImportRun(ws.db, runId, {
    imported: summary.imported.length,
    duplicates: summary.duplicates.length,
    conflicts: summary.conflicts.length,
    failures: summary.failures,
    seconds: summary.seconds,
  });
  progress({ phase: 'done', done: summary.imported.length, total: summary.imported.length });
  return summary;
}

async function importOne(
  ws: Workspace,
  candidate: BundleCandidate,
  runId: number,
  options: ImportOptions,
  extractor: PdfExtractor,
  summary: ImportSummary,
): Promise<void> {
  const location = candidate.location;
  try {
    const files = await loadFiles(candidate);
    const contentHash = bundleContentHash(files);
    const existing = findBundleByHash(ws.db, contentHash);
    if (existing) {
      const issue: ImportIssue = {
        location,
        error: new AppError('BUNDLE_DUPLICATE', { detail: existing.caseNumber ?? location, file: location }).toData(),
      };
      if (existing.caseNumber) issue.caseNumber = existing.caseNumber;
      summary.duplicates.push(issue);
      return;
    }
    const prepared = await prepareBundle(candidate, files, contentHash, extractor);
    // Bytes go to the content-addressed store first: harmless if the transaction then fails.
    for (const doc of prepared.documents) {
      const file = files.get(doc.bundlePath);
      if (file) ws.files.put(file.bytes, doc.sha256);
    }
    try {
      const written = writeBundle(ws.db, prepared, {
        runId,
        onConflict: options.onConflict ?? 'skip',
        ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
      });
      summary.imported.push({
        caseId: written.caseId,
        caseNumber: prepared.data.caseNumber,
        version: written.version,
        location,
        shape: prepared.shape,
        documents: prepared.documents.length,
        pages: written.pages,
        warnings: prepared.warnings,
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'CASE_NUMBER_CONFLICT') {
        summary.conflicts.push({ location, caseNumber: prepared.data.caseNumber, error: toErrorData(err, location) });
        return;
      }
      throw err;
    }
  } catch (err) {
    summary.failures.push({ location, error: toErrorData(err, location) });
  }
}
