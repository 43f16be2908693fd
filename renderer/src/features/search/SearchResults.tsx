/** The panel of full-text hits under the header search box. */
import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { SearchHitItem } from './SearchHitItem.tsx';
import type { SearchState } from './useSearch.ts';

interface SearchResultsProps {
  id: string;
  state: SearchState;
  onOpen(hit: SearchHit): void;
  onClose(): void;
  onBackToInput(): void;
}

/** ↑/↓ walk the hits; ↑ on the first goes back to the search box; Escape closes. */
function onListKeyDown(event: KeyboardEvent<HTMLElement>, onBackToInput: () => void, onClose: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    onClose();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.search-hit')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  event.preventDefault();
  if (event.key === 'ArrowUp' && at <= 0) {
    onBackToInput();
    return;
  }
  const next = event.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : at - 1;
  buttons[next]?.focus();
}

export function SearchResults({ id, state, onOpen, onClose, onBackToInput }: SearchResultsProps) {
  const { t, lang, formatNumber } = useI18n();
  if (state.status === 'idle') return null;

  const result = state.status === 'done' ? state.result : state.status === 'loading' ? state.previous : null;
  let status: string;
  if (state.status === 'error') status = t('search.error', { message: errorText(state.error.data, lang) });
  else if (state.status === 'loading' && !result) status = t('search.searching');
  else if (result && result.hits.length === 0) status = t('search.noHits', { query: state.query });
  else if (result?.more)
    status = t('search.resultsCountMore', {
      query: result.query,
      count: formatNumber(result.count),
      shown: formatNumber(result.hits.length),
    });
  else
    status = t('search.resultsCount', { query: result?.query ?? state.query, count: formatNumber(result?.count ?? 0) });

  return (
    <section
      id={id}
      className="search-results"
      aria-label={t('search.results')}
      aria-busy={state.status === 'loading'}
      data-testid="search-results"
      onKeyDown={(event) => onListKeyDown(event, onBackToInput, onClose)}
    >
      <header className="search-results-head">
        <span role="status" data-testid="search-status">
          {status}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.close')}
          title={t('search.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {result && result.hits.length > 0 ? (
        <ul className="search-hit-list">
          {result.hits.map((hit) => (
            <SearchHitItem key={`${hit.documentId}:${hit.pageNo}`} hit={hit} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
