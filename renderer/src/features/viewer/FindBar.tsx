/**
 * Find inside the open PDF, driven by pdf.js's PDFFindController (which normalises the text,
 * joins CJK characters across line breaks and highlights every match). Enter finds the next
 * match, Shift+Enter the previous one, Escape closes.
 */
import type { RefObject } from 'react';
import type { FindStatus } from '../../pdf/pdfSession.ts';
import type { ViewerT } from './strings.ts';

interface Props {
  t: ViewerT;
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  current: number;
  total: number;
  status: FindStatus;
  onQuery: (query: string) => void;
  onStep: (previous: boolean) => void;
  onClose: () => void;
}

function countLabel(
  t: ViewerT,
  { query, current, total, status }: Pick<Props, 'query' | 'current' | 'total' | 'status'>,
): string {
  if (!query) return '';
  if (total === 0) return status === 'pending' ? t('findPending') : t('findNone');
  return t('findCount', { current: Math.max(current, 1), total });
}

export function FindBar(props: Props) {
  const { t, inputRef, query, onQuery, onStep, onClose } = props;
  return (
    <div className="pc-viewer-findbar" role="search">
      <input
        ref={inputRef}
        data-testid="viewer-find-input"
        type="search"
        placeholder={t('findPlaceholder')}
        aria-label={t('findPlaceholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey);
          }
        }}
      />
      <button type="button" title={t('findPrev')} aria-label={t('findPrev')} onClick={() => onStep(true)}>
        ▲
      </button>
      <button type="button" title={t('findNext')} aria-label={t('findNext')} onClick={() => onStep(false)}>
        ▼
      </button>
      <span data-testid="viewer-find-count" className="pc-viewer-findcount" aria-live="polite">
        {countLabel(t, props)}
      </span>
      <span className="pc-viewer-spacer" />
      <button type="button" title={t('findClose')} aria-label={t('findClose')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
