/** The left pane: scope (workspace or a campaign), filters, the virtualized case list and its status line. */
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { useCampaignList, useReviewers } from '../campaigns/useCampaignData.ts';
import { CaseFilterBar } from './CaseFilterBar.tsx';
import { CaseGrid } from './CaseGrid.tsx';
import { CaseStatusLine } from './CaseStatusLine.tsx';
import { hasFilters } from './caseQuery.ts';
import { DeskScopeBar } from './DeskScopeBar.tsx';
import type { CaseBrowser } from './useCaseBrowser.ts';
import './cases.css';

export function CasePane({ browser, workspace }: { browser: CaseBrowser; workspace: WorkspaceInfo | null }) {
  const { t, lang } = useI18n();
  const campaigns = useCampaignList();
  const inCampaign = browser.scope.kind === 'campaign';
  const reviewers = useReviewers(true);
  const error = browser.cache.error;
  const emptyText = inCampaign
    ? t('cases.emptyCampaign')
    : hasFilters(browser.filters) || (workspace?.cases ?? 0) > 0
      ? t('cases.empty')
      : t('cases.emptyWorkspace');
  const scopeKey = browser.scope.kind === 'campaign' ? `campaign-${browser.scope.campaignId}` : 'workspace';
  return (
    <div className="case-pane">
      {(campaigns.data?.length ?? 0) > 0 || inCampaign ? (
        <DeskScopeBar scope={browser.scope} campaigns={campaigns.data ?? []} onChange={browser.setScope} />
      ) : null}
      <CaseFilterBar
        key={scopeKey}
        filters={browser.filters}
        units={workspace?.units ?? []}
        reviewers={inCampaign ? (reviewers.data ?? []) : null}
        onChange={browser.setFilters}
      />
      {error ? (
        <LoadError
          text={t('cases.loadError', { message: errorText(error.data, lang) })}
          onRetry={() => browser.cache.retry()}
          testId="case-list-error"
        />
      ) : null}
      <CaseGrid browser={browser} emptyText={emptyText} />
      <CaseStatusLine browser={browser} allCases={inCampaign ? null : (workspace?.cases ?? null)} />
    </div>
  );
}
