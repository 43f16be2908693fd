/**
 * A large PDF's first two questions — where its page tree lies (and whether the page it opens
 * at is a plain scan), and that page's JPEG — asked as soon as its case arrives, before React
 * has built the case's screen: the replies travel while the screen is laid out, instead of
 * after. Only for the document the viewer opens first (the first of the 卷内目录, at the page
 * it was left at), only for a PDF large enough to open by range; the viewer's loaders take each
 * reply once (DocumentPane), and ask the API themselves for anything else.
 */
import type { DocumentPageTree } from '../../../../shared/api/contract.ts';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { RANGE_THRESHOLD_BYTES } from '../../pdf/pdfSource.ts';
import { orderDocuments } from '../../../../shared/domain/documentOrder.ts';
import { loadViewState } from '../viewer/viewState.ts';

interface Prefetched {
  documentId: number;
  pageNo: number;
  tree: Promise<DocumentPageTree> | null;
  image: Promise<Uint8Array> | null;
}

let prefetched: Prefetched | null = null;

/** Asks for the first document's page tree and page image; forgets what an earlier case asked. */
export function prefetchFirstDocument(detail: CaseDetail): void {
  prefetched = null;
  const first = orderDocuments(detail.documents)[0];
  if (!first || first.kind !== 'pdf' || first.size <= RANGE_THRESHOLD_BYTES) return;
  const pageNo = loadViewState(first.sha256)?.pageNo ?? 1;
  // The JPEG first: it can be decoded while the page tree's reply comes.
  const image = call('documents:page-image', { documentId: first.id, pageNo });
  const tree = call('documents:page-tree', { documentId: first.id, pageNo });
  // Whoever takes a reply hears of its failure; one never taken must not be reported unhandled.
  tree.catch(() => undefined);
  image.catch(() => undefined);
  prefetched = { documentId: first.id, pageNo, tree, image };
}

function take<K extends 'tree' | 'image'>(documentId: number, pageNo: number | undefined, key: K): Prefetched[K] {
  if (!prefetched || prefetched.documentId !== documentId || prefetched.pageNo !== pageNo) return null;
  const reply = prefetched[key];
  prefetched[key] = null;
  return reply;
}

/** The page tree asked for ahead, if it was asked for this document and page (once). */
export function takePrefetchedTree(documentId: number, pageNo: number | undefined): Promise<DocumentPageTree> | null {
  return take(documentId, pageNo, 'tree');
}

/** The page image asked for ahead, if it was asked for this document and page (once). */
export function takePrefetchedImage(documentId: number, pageNo: number): Promise<Uint8Array> | null {
  return take(documentId, pageNo, 'image');
}
