/** The header: product name, view tabs, workspace and its counts, full-text search, import, language, shortcuts. */
import type { RefObject } from 'react';
import type { SearchHit, WorkspaceInfo } from '../../../shared/api/types.ts';
import { isLang, LANGS } from '../../../shared/i18n/index.ts';
import { errorText } from '../../../shared/i18n/labels.ts';
import type { ApiError } from '../api/errors.ts';
import { ViewTabs } from '../features/navigation/ViewTabs.tsx';
import type { ViewId } from '../features/navigation/views.ts';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { workspaceName } from '../features/workspace/useWorkspaceInfo.ts';
import { useI18n } from '../i18n/i18nContext.ts';

interface HeaderProps {
  view: ViewId;
  onView(view: ViewId): void;
  workspace: WorkspaceInfo | null;
  workspaceError: ApiError | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpenHit(hit: SearchHit): void;
  onImport(): void;
  onExport(): void;
  onLegend(): void;
}

export function Header({
  view,
  onView,
  workspace,
  workspaceError,
  searchRef,
  onOpenHit,
  onImport,
  onExport,
  onLegend,
}: HeaderProps) {
  const { t, lang, setLang, formatNumber } = useI18n();
  return (
    <header className="app-header" data-testid="app-header">
      <div className="brand" title={t('app.fullName')}>
        {t('app.name')}
      </div>
      <ViewTabs view={view} onChange={onView} />
      <div className="workspace" data-testid="workspace-info">
        {workspace ? (
          <>
            <span className="workspace-name" title={workspace.dir}>
              {t('header.workspace', { name: workspaceName(workspace.dir) })}
            </span>
            <span className="workspace-counts" data-testid="workspace-counts" data-cases={workspace.cases}>
              {t('header.counts', {
                cases: formatNumber(workspace.cases),
                documents: formatNumber(workspace.documents),
                pages: formatNumber(workspace.pages),
              })}
            </span>
          </>
        ) : workspaceError ? (
          <span className="workspace-error" role="alert" title={errorText(workspaceError.data, lang)}>
            {t('header.workspaceError')}：{errorText(workspaceError.data, lang)}
          </span>
        ) : null}
      </div>
      <SearchBox inputRef={searchRef} onOpenHit={onOpenHit} />
      <div className="header-actions">
        <button
          type="button"
          className="header-button header-button-primary"
          title={t('header.importTitle')}
          data-testid="open-import"
          onClick={onImport}
        >
          {t('header.import')}
        </button>
        <button
          type="button"
          className="header-button"
          title={t('reports.openTitle')}
          data-testid="open-export"
          onClick={onExport}
        >
          {t('reports.open')}
        </button>
        <select
          className="header-select"
          aria-label={t('header.language')}
          title={t('header.language')}
          value={lang}
          data-testid="language-switch"
          onChange={(event) => {
            if (isLang(event.target.value)) setLang(event.target.value);
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="header-button"
          title={t('header.shortcutsTitle')}
          aria-label={t('header.shortcuts')}
          data-testid="open-shortcuts"
          onClick={onLegend}
        >
          ?
        </button>
      </div>
    </header>
  );
}
