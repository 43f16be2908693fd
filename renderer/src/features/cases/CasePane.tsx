/** The left pane: filters, the virtualized case list and its status line. */
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { CaseFilterBar } from './CaseFilterBar.tsx';
import { CaseGrid } from './CaseGrid.tsx';
import { CaseStatusLine } from './CaseStatusLine.tsx';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { hasFilters } from './caseQuery.ts';
import type { CaseBrowser } from './useCaseBrowser.ts';
import './cases.css';

export function CasePane({ browser, workspace }: { browser: CaseBrowser; workspace: WorkspaceInfo | null }) {
  const { t, lang } = useI18n();
  const error = browser.cache.error;
  const emptyText =
    hasFilters(browser.filters) || (workspace?.cases ?? 0) > 0 ? t('cases.empty') : t('cases.emptyWorkspace');
  return (
    <div className="case-pane">
      <CaseFilterBar filters={browser.filters} units={workspace?.units ?? []} onChange={browser.setFilters} />
      {error ? (
        <div className="inline-error" role="alert" data-testid="case-list-error">
          <span>{t('cases.loadError', { message: errorText(error.data, lang) })}</span>
          <button type="button" className="link-button" onClick={() => browser.cache.retry()}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      <CaseGrid browser={browser} emptyText={emptyText} />
      <CaseStatusLine browser={browser} allCases={workspace?.cases ?? null} />
    </div>
  );
}
