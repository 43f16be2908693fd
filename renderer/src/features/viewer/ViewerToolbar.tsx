/**
 * The pane's toolbar, shared by PDFs and images: page box with "/ N", previous/next (which
 * move to the neighbouring document at either end), zoom, fit width / fit page, rotate,
 * find and "cite this page".
 */
import { useState } from 'react';
import type { ViewerT } from './strings.ts';

export interface ToolbarState {
  pageNo: number;
  pageCount: number;
  scale: number | null;
  hasPrevDocument: boolean;
  hasNextDocument: boolean;
  canFind: boolean;
  canCite: boolean;
  /** False while nothing is shown (loading, error): page and zoom controls are disabled. */
  enabled: boolean;
}

export interface ToolbarActions {
  goToPage: (pageNo: number) => void;
  prev: () => void;
  next: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fitWidth: () => void;
  fitPage: () => void;
  rotate: () => void;
  find: () => void;
  cite: () => void;
  toggleSidePanel: () => void;
  toggleThumbnails?: (() => void) | undefined;
}

interface Props {
  t: ViewerT;
  state: ToolbarState;
  actions: ToolbarActions;
}

interface PageBoxProps {
  t: ViewerT;
  pageNo: number;
  pageCount: number;
  enabled: boolean;
  goToPage: (n: number) => void;
}

function PageBox({ t, pageNo, pageCount, enabled, goToPage }: PageBoxProps) {
  // A draft while typing; the box shows the live page again when it loses focus.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const value = Number.parseInt(draft ?? '', 10);
    if (Number.isInteger(value)) goToPage(Math.min(Math.max(1, value), Math.max(1, pageCount)));
    setDraft(null);
  };
  return (
    <span className="pc-viewer-pagebox">
      <input
        data-testid="viewer-page-input"
        aria-label={t('pageInput')}
        inputMode="numeric"
        value={enabled ? (draft ?? String(pageNo)) : ''}
        disabled={!enabled}
        size={Math.max(2, String(pageCount).length)}
        onChange={(event) => setDraft(event.target.value.replace(/[^0-9]/g, ''))}
        onFocus={(event) => event.target.select()}
        onBlur={() => setDraft(null)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            commit();
            // Back to the pane, so that PageDown, R, + … work right away.
            event.currentTarget.closest<HTMLElement>('[data-testid="viewer-root"]')?.focus();
          }
        }}
      />
      <span data-testid="viewer-page-count">{t('pageOf', { count: enabled ? pageCount : '–' })}</span>
    </span>
  );
}

export function ViewerToolbar({ t, state, actions }: Props) {
  const off = !state.enabled;
  // At a document's first or last page (or when it failed to open) the arrows move between documents.
  const atStart = (off || state.pageNo <= 1) && !state.hasPrevDocument;
  const atEnd = (off || state.pageNo >= state.pageCount) && !state.hasNextDocument;
  const prevTitle = state.pageNo <= 1 ? t('prevDocument') : t('prevPage');
  const nextTitle = state.pageNo >= state.pageCount ? t('nextDocument') : t('nextPage');
  return (
    <div className="pc-viewer-toolbar" role="toolbar">
      <button
        type="button"
        title={t('sidePanel')}
        aria-label={t('sidePanel')}
        data-testid="viewer-side-panel-toggle"
        onClick={actions.toggleSidePanel}
      >
        ☰
      </button>
      {actions.toggleThumbnails && (
        <button
          type="button"
          title={t('thumbnails')}
          aria-label={t('thumbnails')}
          data-testid="viewer-thumbnails-toggle"
          onClick={actions.toggleThumbnails}
        >
          ▦
        </button>
      )}
      <span className="pc-viewer-sep" />
      <button type="button" title={prevTitle} aria-label={prevTitle} disabled={atStart} onClick={actions.prev}>
        {state.pageNo <= 1 ? '⇤' : '‹'}
      </button>
      <PageBox
        t={t}
        pageNo={state.pageNo}
        pageCount={state.pageCount}
        enabled={state.enabled}
        goToPage={actions.goToPage}
      />
      <button type="button" title={nextTitle} aria-label={nextTitle} disabled={atEnd} onClick={actions.next}>
        {state.pageNo >= state.pageCount ? '⇥' : '›'}
      </button>
      <span className="pc-viewer-sep" />
      {/* Groups wrap whole when the pane is narrow, never leaving one button on a line of its own. */}
      <span className="pc-viewer-group">
        <button
          type="button"
          data-testid="viewer-zoom-out"
          disabled={off}
          title={t('zoomOut')}
          aria-label={t('zoomOut')}
          onClick={actions.zoomOut}
        >
          −
        </button>
        <span className="pc-viewer-scale">{state.scale === null ? '' : `${Math.round(state.scale * 100)}%`}</span>
        <button
          type="button"
          data-testid="viewer-zoom-in"
          disabled={off}
          title={t('zoomIn')}
          aria-label={t('zoomIn')}
          onClick={actions.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          data-testid="viewer-fit-width"
          disabled={off}
          title={t('fitWidth')}
          onClick={actions.fitWidth}
        >
          ↔
        </button>
        <button type="button" title={t('fitPage')} aria-label={t('fitPage')} disabled={off} onClick={actions.fitPage}>
          ⤢
        </button>
        <button
          type="button"
          data-testid="viewer-rotate"
          disabled={off}
          title={t('rotate')}
          aria-label={t('rotate')}
          onClick={actions.rotate}
        >
          ↻
        </button>
      </span>
      <span className="pc-viewer-spacer" />
      <span className="pc-viewer-group">
        {state.canFind && (
          <button type="button" title={t('find')} aria-label={t('find')} onClick={actions.find}>
            {t('findShort')}
          </button>
        )}
        <button
          type="button"
          className="pc-viewer-cite"
          data-testid="viewer-cite"
          title={t('citeTitle')}
          disabled={!state.canCite}
          onClick={actions.cite}
        >
          {t('cite')}
        </button>
      </span>
    </div>
  );
}
