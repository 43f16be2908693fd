/**
 * Handlers: document bytes by id (the renderer never sends file paths to read). They need only
 * a connection to look the document up and the file store, so the API host's reader thread
 * runs them on its read-only connection (readWorker.ts); the API worker has them too.
 */
import { DOCUMENT_PAGE_IMAGE_MAX_BYTES } from '../../shared/api/ops/documents.ts';
import type { OperationName, OperationOutput, ParsedInput } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/db.ts';
import type { FileStore } from '../store/fileStore.ts';
import { documentBlob, leadDocumentId } from '../store/queries/cases.ts';
import { readPageTree, type PageTree, type ReadAt } from '../import/pdfPageTree.ts';
import { scanPageImage } from '../import/pdfScanPage.ts';

/** Page trees found (null: none readable), by file hash (a file never changes); the last few documents opened. */
const pageTrees = new Map<string, PageTree | null>();
const PAGE_TREES_KEPT = 64;

/** What the document handlers read: a connection (read-only is enough) and the file store. */
export interface DocumentReadContext {
  ws: { db: Db; files: FileStore };
}

type DocumentOperation = 'documents:content' | 'documents:range' | 'documents:page-tree' | 'documents:page-image';

export type DocumentHandlerMap = {
  [K in DocumentOperation]: (ctx: DocumentReadContext, input: ParsedInput<K>) => OperationOutput<K>;
};

export const documentHandlers: DocumentHandlerMap = {
  'documents:content': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    return new Uint8Array(ctx.ws.files.read(blob.sha256));
  },
  // The schema has checked each begin < end and the limits; only the file knows its size.
  'documents:range': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    const { bytes, size, outside } = ctx.ws.files.readRanges(blob.sha256, input.ranges);
    if (!bytes) {
      const field = `ranges[${outside}].end`;
      throw new AppError('VALIDATION', {
        detail: `documents:range ${field}: ${input.ranges[outside]?.end} > size ${size}`,
        field,
        details: { size },
      });
    }
    return bytes;
  },
  'documents:page-tree': (ctx, input) => {
    const documentId = documentOf(ctx, input);
    const none = { documentId, extents: [], scan: null };
    if (documentId === null) return none;
    const blob = documentBlob(ctx.ws.db, documentId);
    if (blob.mime !== 'application/pdf') return none;
    const { pageNo } = input;
    return ctx.ws.files.withReader(blob.sha256, (read, size) => {
      const tree = pageTreeOf(blob.sha256, read, size);
      if (!tree) return none;
      if (pageNo === undefined) return { documentId, extents: tree.extents, scan: null };
      const scan = scanPageImage(read, size, tree, pageNo);
      return { documentId, extents: tree.extents, scan: scan && { pageNo, ...scan } };
    });
  },
  'documents:page-image': (ctx, input) => {
    const documentId = documentOf(ctx, input);
    if (documentId === null) return new Uint8Array(0);
    const blob = documentBlob(ctx.ws.db, documentId);
    if (blob.mime !== 'application/pdf') return new Uint8Array(0);
    return ctx.ws.files.withReader(blob.sha256, (read, size) => {
      const tree = pageTreeOf(blob.sha256, read, size);
      const scan = tree && scanPageImage(read, size, tree, input.pageNo);
      const fits = scan && scan.image.end - scan.image.begin <= DOCUMENT_PAGE_IMAGE_MAX_BYTES;
      return fits ? read(scan.image.begin, scan.image.end) : new Uint8Array(0);
    });
  },
};

/** The document asked for: by id, or the one its case opens at (null: the case has none). */
function documentOf(ctx: DocumentReadContext, input: { documentId?: number; caseId?: number }): number | null {
  return input.documentId ?? leadDocumentId(ctx.ws.db, input.caseId!);
}

/** The file's page tree, read once per file (null: not readable through a classic xref). */
function pageTreeOf(sha256: string, read: ReadAt, size: number): PageTree | null {
  let tree = pageTrees.get(sha256);
  if (tree === undefined) {
    tree = readPageTree(read, size);
    if (pageTrees.size >= PAGE_TREES_KEPT) pageTrees.delete(pageTrees.keys().next().value!);
    pageTrees.set(sha256, tree);
  }
  return tree;
}

export function isDocumentOperation(name: OperationName): name is DocumentOperation {
  return Object.prototype.hasOwnProperty.call(documentHandlers, name);
}
