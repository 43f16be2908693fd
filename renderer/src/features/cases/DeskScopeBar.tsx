/**
 * Which cases the desk lists: the whole workspace, or the drawn cases of one campaign (to work
 * through one's assigned cases with save & next). Campaigns not drawn yet have no cases to list.
 */
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { DeskScope } from './caseQuery.ts';

interface DeskScopeBarProps {
  scope: DeskScope;
  campaigns: readonly CampaignSummary[];
  onChange(scope: DeskScope): void;
}

export function DeskScopeBar({ scope, campaigns, onChange }: DeskScopeBarProps) {
  const { t } = useI18n();
  const drawn = campaigns.filter((c) => c.phase !== 'draft');
  const value = scope.kind === 'campaign' ? String(scope.campaignId) : '';
  const known = scope.kind === 'workspace' || drawn.some((c) => c.id === scope.campaignId);
  return (
    <label className="desk-scope">
      <span className="desk-scope-label">{t('cases.scope')}</span>
      <select
        className="filter-select"
        value={value}
        data-testid="desk-scope"
        onChange={(event) =>
          onChange(
            event.target.value ? { kind: 'campaign', campaignId: Number(event.target.value) } : { kind: 'workspace' },
          )
        }
      >
        <option value="">{t('cases.scopeWorkspace')}</option>
        {drawn.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {t('cases.scopeCampaign', { title: c.title })}
          </option>
        ))}
        {known ? null : <option value={value}>{t('cases.scopeCampaignId', { id: value })}</option>}
      </select>
    </label>
  );
}
