/**
 * The centre pane: a strip naming the open case above the document viewer, or above a plain list
 * of the case's documents while the viewer is absent or has failed; plus the empty, loading and
 * error states.
 */
import { Suspense, useCallback, useEffect } from 'react';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import type { ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { CaseStrip } from './CaseStrip.tsx';
import { DocumentPlaceholder } from './DocumentPlaceholder.tsx';
import { ViewerBoundary } from './ViewerBoundary.tsx';
import { startPdfWorker } from '../../pdf/pdfWorkerStart.ts';
import { takePrefetchedImage, takePrefetchedTree } from './viewerPrefetch.ts';
import { LazyDocumentViewer, preloadViewer } from './viewerModule.ts';
import type { Citation, DocumentTarget } from './viewerTypes.ts';
import './document.css';

interface DocumentPaneProps {
  caseDetail: CaseDetail | null;
  loading: boolean;
  error: ApiError | null;
  target: DocumentTarget | null;
  onCite(citation: Citation): void;
  /** The case's first page is on screen, or there is none to show (DocumentViewer's onPageShown). */
  onPageShown?(caseId: number): void;
}

export function DocumentPane({ caseDetail, loading, error, target, onCite, onPageShown }: DocumentPaneProps) {
  const { t, lang } = useI18n();
  const loadBytes = useCallback((documentId: number) => call('documents:content', { documentId }), []);
  const loadRange = useCallback(
    (documentId: number, ranges: { begin: number; end: number }[], signal?: AbortSignal) =>
      call('documents:range', { documentId, ranges }, signal ? { signal } : {}),
    [],
  );
  const loadPageImage = useCallback(
    (documentId: number, pageNo: number, signal?: AbortSignal) =>
      takePrefetchedImage(documentId, pageNo) ??
      call('documents:page-image', { documentId, pageNo }, signal ? { signal } : {}),
    [],
  );
  const loadPageTree = useCallback(
    (documentId: number, pageNo: number | undefined, signal?: AbortSignal) =>
      takePrefetchedTree(documentId, pageNo) ??
      call(
        'documents:page-tree',
        pageNo === undefined ? { documentId } : { documentId, pageNo },
        signal ? { signal } : {},
      ),
    [],
  );

  // While the case list loads, get the viewer ready for the first case: as the desk appears
  // (a reviewer may click the first case as soon as it is listed), not at first use. pdf.js's
  // worker and the viewer's chunk load beside the case list's first read.
  useEffect(() => {
    startPdfWorker();
    preloadViewer();
  }, []);

  // Without the viewer there is no page to wait for.
  const caseId = caseDetail?.id ?? null;
  useEffect(() => {
    if (caseId !== null && !LazyDocumentViewer) onPageShown?.(caseId);
  }, [caseId, onPageShown]);

  let message: string | null = null;
  if (error) message = t('document.caseError', { message: errorText(error.data, lang) });
  else if (loading) message = t('document.loadingCase');
  else if (!caseDetail) message = t('document.noCase');
  if (message !== null || !caseDetail) {
    return (
      <div className="document-pane is-empty" data-testid="document-pane" role={error ? 'alert' : undefined}>
        <p className="pane-empty">{message}</p>
      </div>
    );
  }

  const placeholder = (note: string) => <DocumentPlaceholder caseDetail={caseDetail} target={target} note={note} />;
  return (
    <div className="document-pane" data-testid="document-pane" data-case-id={caseDetail.id}>
      <CaseStrip caseDetail={caseDetail} />
      <div className="document-viewer-host">
        {LazyDocumentViewer ? (
          <ViewerBoundary
            resetKey={caseDetail.id}
            fallback={(err) => placeholder(t('document.viewerFailed', { message: err.message }))}
          >
            <Suspense fallback={<p className="pane-empty">{t('app.loading')}</p>}>
              <LazyDocumentViewer
                caseDetail={caseDetail}
                loadBytes={loadBytes}
                loadRange={loadRange}
                loadPageTree={loadPageTree}
                loadPageImage={loadPageImage}
                target={target}
                onCite={onCite}
                onPageShown={() => onPageShown?.(caseDetail.id)}
                lang={lang}
              />
            </Suspense>
          </ViewerBoundary>
        ) : (
          placeholder(t('document.placeholderNote'))
        )}
      </div>
    </div>
  );
}
