/** One search hit: case number, document type and title, page, and the snippet with the hit marked. */
import type { SearchHit } from '../../../../shared/api/types.ts';
import { documentTypeLabel } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

export function SearchHitItem({ hit, onOpen }: { hit: SearchHit; onOpen(hit: SearchHit): void }) {
  const { t, lang } = useI18n();
  const typeLabel = documentTypeLabel(hit.documentType, lang);
  return (
    <li>
      <button
        type="button"
        className="search-hit"
        data-testid="search-hit"
        data-case-id={hit.caseId}
        data-document-id={hit.documentId}
        data-page-no={hit.pageNo}
        onClick={() => onOpen(hit)}
      >
        <span className="search-hit-head">
          <span className="search-hit-case">{hit.caseNumber}</span>
          <span className="search-hit-doc">
            {typeLabel}
            {hit.documentTitle && hit.documentTitle !== typeLabel ? ` · ${hit.documentTitle}` : ''}
          </span>
          <span className="search-hit-page">{t('search.page', { page: hit.pageNo })}</span>
        </span>
        <span className="search-hit-snippet" data-testid="search-hit-snippet">
          {hit.snippet.before}
          <mark>{hit.snippet.hit}</mark>
          {hit.snippet.after}
        </span>
      </button>
    </li>
  );
}
