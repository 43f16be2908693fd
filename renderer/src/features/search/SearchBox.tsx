/**
 * The header's full-text search: typing searches document text across all cases (debounced),
 * the hits drop down below, and choosing one opens that case at that document and page.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { SearchHit } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { SearchResults } from './SearchResults.tsx';
import { useSearch } from './useSearch.ts';
import './search.css';

interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onOpenHit(hit: SearchHit): void;
}

export function SearchBox({ inputRef, onOpenHit }: SearchBoxProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const state = useSearch(query);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // A click anywhere outside the box and its panel closes the panel (the query stays).
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const showPanel = open && state.status !== 'idle';
  const focusInput = () => inputRef.current?.focus();

  return (
    <div className="search-box" ref={rootRef}>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        placeholder={t('header.searchPlaceholder')}
        aria-label={t('header.searchLabel')}
        aria-controls={showPanel ? panelId : undefined}
        aria-expanded={showPanel}
        value={query}
        data-testid="search-input"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            if (showPanel) setOpen(false);
            else setQuery('');
            event.preventDefault();
          } else if (event.key === 'ArrowDown' && showPanel) {
            event.preventDefault();
            rootRef.current?.querySelector<HTMLButtonElement>('button.search-hit')?.focus();
          } else if (event.key === 'Enter') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      />
      {showPanel ? (
        <SearchResults
          id={panelId}
          state={state}
          onOpen={(hit) => {
            setOpen(false);
            onOpenHit(hit);
          }}
          onClose={() => {
            setOpen(false);
            focusInput();
          }}
          onBackToInput={focusInput}
        />
      ) : null}
    </div>
  );
}
