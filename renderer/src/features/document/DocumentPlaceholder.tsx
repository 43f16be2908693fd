/**
 * Stands in for the document viewer where it is missing or has failed: the open case's documents
 * as a plain list, and where a search hit asked to go, so the desk stays usable.
 */
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { documentTypeLabel } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { DocumentTarget } from './viewerTypes.ts';

interface DocumentPlaceholderProps {
  caseDetail: CaseDetail;
  target: DocumentTarget | null;
  note: string;
}

export function DocumentPlaceholder({ caseDetail, target, note }: DocumentPlaceholderProps) {
  const { t, lang, formatNumber } = useI18n();
  const title = (doc: CaseDetail['documents'][number]) => doc.title ?? documentTypeLabel(doc.type, lang);
  const targetDoc = target ? caseDetail.documents.find((d) => d.id === target.documentId) : undefined;
  return (
    <div className="document-placeholder" data-testid="document-placeholder">
      <p className="placeholder-note">{note}</p>
      {target ? (
        <p
          className="document-target"
          data-testid="document-target"
          data-document-id={target.documentId}
          data-page-no={target.pageNo}
        >
          {t('document.target', {
            title: targetDoc ? title(targetDoc) : String(target.documentId),
            page: target.pageNo,
          })}
        </p>
      ) : null}
      <h3 className="document-list-title">
        {t('document.documents', { count: formatNumber(caseDetail.documents.length) })}
      </h3>
      <ol className="document-list">
        {caseDetail.documents.map((doc) => (
          <li
            key={doc.id}
            className={doc.id === target?.documentId ? 'document-item is-target' : 'document-item'}
            data-testid="document-item"
            data-document-id={doc.id}
          >
            <span className="document-type">{documentTypeLabel(doc.type, lang)}</span>
            <span className="document-title" title={doc.fileName}>
              {title(doc)}
            </span>
            <span className="document-pages">
              {doc.pageCount === null
                ? t('document.pagesUnknown')
                : t('document.pages', { count: formatNumber(doc.pageCount) })}
            </span>
          </li>
        ))}
      </ol>
      {caseDetail.warnings.length > 0 ? (
        <section className="document-warnings">
          <h3>{t('document.warnings')}</h3>
          <ul>
            {caseDetail.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
