/**
 * A large PDF's first two questions — where its page tree lies (and whether the page it opens
 * at is a plain scan), and that page's JPEG — asked as soon as its case arrives, before React
 * has built the case's screen: the replies travel while the screen is laid out, instead of
 * after. Only for the document the viewer opens first (the first of the 卷内目录, at the page
 * it was left at), only for a PDF large enough to open by range; the viewer's loaders take each
 * reply once (DocumentPane), and ask the API themselves for anything else. The JPEG is decoded
 * as soon as it arrives (scanDecode.ts), for the viewer to show as soon as its page is laid out.
 */
import type { DocumentPageTree } from '../../../../shared/api/contract.ts';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import { RANGE_THRESHOLD_BYTES } from '../../pdf/pdfSource.ts';
import { decodeAhead } from '../../pdf/scanDecode.ts';
import { orderDocuments } from '../../../../shared/domain/documentOrder.ts';
import { loadViewState } from '../viewer/viewState.ts';

interface Prefetched {
  documentId: number;
  pageNo: number;
  tree: Promise<DocumentPageTree> | null;
  image: Promise<Uint8Array> | null;
}

let prefetched: Prefetched | null = null;

/** Asked by case, on the press of its row (prefetchByCase): the case's first document, page 1. */
let byCase: { caseId: number; tree: Promise<DocumentPageTree>; image: Promise<Uint8Array> } | null = null;

/** Asks for a page's JPEG and page tree, and decodes the JPEG as it arrives. */
function ask(page: { documentId: number } | { caseId: number }, pageNo: number) {
  // The JPEG first: it can be decoded while the page tree's reply comes.
  const image = call('documents:page-image', { ...page, pageNo });
  const tree = call('documents:page-tree', { ...page, pageNo });
  // Whoever takes a reply hears of its failure; one never taken must not be reported unhandled.
  tree.catch(() => undefined);
  image.then(
    (bytes) => {
      if (bytes.byteLength > 0) decodeAhead(bytes);
    },
    () => undefined,
  );
  return { tree, image };
}

/**
 * Asks, by case, for the first page of the document the case will open at — as the reviewer
 * presses on the case, before the case itself has been read (useCaseDetail.ts): the page's
 * JPEG is then on its way a round trip earlier. prefetchFirstDocument takes it when the case
 * has arrived, if the case does open there.
 */
export function prefetchByCase(caseId: number): void {
  byCase = { caseId, ...ask({ caseId }, 1) };
}

/**
 * Asks for the first document's page tree and page image, and decodes the image as it arrives
 * (off the main thread, while React builds the screen: the viewer takes the picture with
 * decodeScanOnce); forgets what an earlier case asked.
 */
export function prefetchFirstDocument(detail: CaseDetail): void {
  prefetched = null;
  const pressed = byCase?.caseId === detail.id ? byCase : null;
  byCase = null;
  const first = orderDocuments(detail.documents)[0];
  if (!first || first.kind !== 'pdf' || first.size <= RANGE_THRESHOLD_BYTES) return;
  const pageNo = loadViewState(first.sha256)?.pageNo ?? 1;
  if (pressed && pageNo === 1) {
    // Asked by case on the press: the server's first document is this one (the same order);
    // the page tree names it, and should it not, the tree is asked for again by document.
    const tree = pressed.tree.then((found) =>
      found.documentId === first.id ? found : call('documents:page-tree', { documentId: first.id, pageNo }),
    );
    tree.catch(() => undefined);
    prefetched = { documentId: first.id, pageNo, tree, image: pressed.image };
    return;
  }
  prefetched = { documentId: first.id, pageNo, ...ask({ documentId: first.id }, pageNo) };
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
