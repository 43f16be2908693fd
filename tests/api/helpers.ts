/**
 * Test workspaces for the evaluation tests: a temp workspace with cases written straight
 * through the store (no PDFs, page texts given), and an ApiContext that dispatches to the
 * real handlers. `cleanCase` is a general-procedure penalty case that passes every check;
 * tests derive defective cases from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiContext } from '../../electron/api/context.ts';
import { createStaging } from '../../electron/api/context.ts';
import { dispatch } from '../../electron/api/registry.ts';
import { createExportJobStore } from '../../electron/reports/jobStore.ts';
import { openChromiumPrinter } from '../../electron/reports/pdf/chromium.ts';
import { lazyPrinter } from '../../electron/reports/pdf/lazy.ts';
import type { PdfExtractor } from '../../electron/import/prepareBundle.ts';
import { startImportRun, writeBundle, type PreparedDocument } from '../../electron/store/queries/importWrite.ts';
import { openWorkspace, type Workspace } from '../../electron/store/workspace.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/api/result.ts';
import { caseBundleSchema, type CaseBundle, type CaseBundleInput } from '../../shared/domain/bundle.ts';
import type { DocumentType } from '../../shared/domain/documentTypes.ts';

export const TODAY = '2025-06-30';

export function tempDir(prefix = 'pingcha-eval-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDoc {
  type: DocumentType;
  date?: string;
  pages?: string[];
  /** A file already in the workspace's file store (default: a placeholder hash, no file). */
  blob?: { sha256: string; size: number };
}

const RECORD_TEXT = '执法人员向当事人出示执法证件，当事人确认。';

/** A general-procedure penalty case that every rule passes (or finds not applicable). */
export function cleanCase(caseNumber: string): { data: CaseBundleInput; docs: TestDoc[] } {
  return {
    data: {
      format: 'pingcha-case/1',
      caseNumber,
      caseType: 'penalty',
      procedure: 'general',
      agency: '天津市滨海新区人民政府大沽街道办事处',
      unit: '大沽街道综合执法大队',
      cause: '擅自占用道路从事摆卖经营活动',
      party: { type: 'individual', name: '张某某' },
      officers: [
        { name: '李执法', certificateNo: '12010001', certificateValidUntil: '2027-12-31' },
        { name: '王执法', certificateNo: '12010002', certificateValidUntil: '2027-12-31' },
      ],
      penalty: { kinds: ['fine'], fineYuan: 500 },
      flags: {},
      dates: {
        violation: '2025-03-01',
        discovered: '2025-03-03',
        filed: '2025-03-05',
        noticeServed: '2025-03-20',
        decided: '2025-04-01',
        delivered: '2025-04-03',
        published: '2025-04-08',
        paid: '2025-04-10',
        closed: '2025-04-15',
      },
      documents: [{ file: 'placeholder.pdf', type: 'other' }],
    },
    docs: [
      { type: 'filing_approval', date: '2025-03-05', pages: ['立案审批表'] },
      { type: 'inspection_record', date: '2025-03-05', pages: [`现场检查笔录。${RECORD_TEXT}`] },
      { type: 'inquiry_record', date: '2025-03-06', pages: [`询问笔录。${RECORD_TEXT}`, '第二页'] },
      { type: 'investigation_report', date: '2025-03-15', pages: ['调查终结报告'] },
      {
        type: 'prior_notice',
        date: '2025-03-20',
        pages: ['行政处罚事先告知书：当事人享有陈述、申辩的权利。'],
      },
      { type: 'decision_approval', date: '2025-03-31', pages: ['处罚审批表'] },
      { type: 'decision', date: '2025-04-01', pages: ['行政处罚决定书'] },
      { type: 'delivery_receipt', date: '2025-04-03', pages: ['送达回证'] },
      { type: 'payment_receipt', date: '2025-04-10', pages: ['罚款收据'] },
      { type: 'closing_report', date: '2025-04-15', pages: ['结案报告'] },
    ],
  };
}

let bundleCounter = 0;

/** Writes a case through the importer's store path; returns its id. */
export function addCase(ws: Pick<Workspace, 'db'>, spec: { data: CaseBundleInput; docs: TestDoc[] }): number {
  const data: CaseBundle = caseBundleSchema.parse({
    ...spec.data,
    documents: spec.docs.map((d, i) => ({ file: `${i + 1}-${d.type}.pdf`, type: d.type, date: d.date ?? null })),
  });
  const documents: PreparedDocument[] = spec.docs.map((d, i) => {
    const pages = d.pages ?? [''];
    return {
      seq: i + 1,
      type: d.type,
      typeSource: 'declared',
      declaredType: d.type,
      title: null,
      fileName: `${i + 1}-${d.type}.pdf`,
      bundlePath: `${i + 1}-${d.type}.pdf`,
      sha256: d.blob?.sha256 ?? 'f'.repeat(64),
      size: d.blob?.size ?? 1,
      kind: 'pdf',
      mime: 'application/pdf',
      pageCount: pages.length,
      date: d.date ?? null,
      pages,
    };
  });
  const runId = startImportRun(ws.db, ['test']);
  bundleCounter += 1;
  return writeBundle(
    ws.db,
    {
      contentHash: `test-${process.pid}-${bundleCounter}-${data.caseNumber}`,
      location: `test/${data.caseNumber}`,
      shape: 'structured',
      data,
      provenance: {},
      warnings: [],
      documents,
    },
    { runId, onConflict: 'skip' },
  ).caseId;
}

const noExtractor: PdfExtractor = {
  extract: () => Promise.reject(new Error('no PDF extraction in these tests')),
};

/** The API context of the tests: Chromium prints PDF (launched only by a test that exports PDF). */
export function apiContext(ws: Workspace, today = TODAY): ApiContext {
  return {
    ws,
    extractor: noExtractor,
    staging: createStaging(),
    emit: () => undefined,
    today: () => today,
    printer: lazyPrinter(() => openChromiumPrinter()),
    exportJobs: createExportJobStore(),
  };
}

export interface TestApi {
  ws: Workspace;
  ctx: ApiContext;
  call<K extends OperationName>(name: K, input: unknown): Promise<Result<OperationOutput<K>>>;
  /** Calls and unwraps, failing the test with the error when the call fails. */
  ok<K extends OperationName>(name: K, input: unknown): Promise<OperationOutput<K>>;
  close(): void;
}

export async function testApi(today = TODAY): Promise<TestApi> {
  const dir = tempDir();
  const ws = await openWorkspace(dir);
  const ctx = apiContext(ws, today);
  const call = async <K extends OperationName>(name: K, input: unknown) =>
    (await dispatch(ctx, name, input)) as Result<OperationOutput<K>>;
  return {
    ws,
    ctx,
    call,
    async ok(name, input) {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    close() {
      void ctx.printer.close();
      ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
