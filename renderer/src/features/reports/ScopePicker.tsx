/** Which paperwork to export: a campaign's (chosen from the drawn campaigns) or the desk's current case. */
import { useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { call } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

interface ScopePickerProps {
  kind: 'campaign' | 'case';
  campaignId: number | null;
  caseNumber: string | null;
  disabled: boolean;
  onKind(kind: 'campaign' | 'case'): void;
  onCampaign(id: number): void;
}

export function ScopePicker({ kind, campaignId, caseNumber, disabled, onKind, onCampaign }: ScopePickerProps) {
  const { t } = useI18n();
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);

  useEffect(() => {
    let live = true;
    void call('campaigns:list', { limit: 500 })
      .then((list) => {
        if (live) setCampaigns(list.rows.filter((c) => c.drawnAt !== null));
      })
      .catch(() => {
        if (live) setCampaigns([]);
      });
    return () => {
      live = false;
    };
  }, []);

  // Nothing chosen yet: the latest drawn campaign.
  useEffect(() => {
    if (kind === 'campaign' && campaignId === null && campaigns?.[0]) onCampaign(campaigns[0].id);
  }, [kind, campaignId, campaigns, onCampaign]);

  return (
    <fieldset className="export-fieldset">
      <legend>{t('reports.scope')}</legend>
      <label className="export-choice">
        <input
          type="radio"
          name="export-scope"
          checked={kind === 'campaign'}
          disabled={disabled}
          data-testid="export-scope-campaign"
          onChange={() => onKind('campaign')}
        />
        {t('reports.scopeCampaign')}
        <select
          className="export-select"
          aria-label={t('reports.chooseCampaign')}
          value={campaignId ?? ''}
          disabled={disabled || kind !== 'campaign' || !campaigns?.length}
          data-testid="export-campaign"
          onChange={(e) => onCampaign(Number(e.target.value))}
        >
          {campaigns?.length === 0 ? <option value="">{t('reports.noCampaigns')}</option> : null}
          {campaigns?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}（{c.period.from} – {c.period.to}）
            </option>
          ))}
        </select>
      </label>
      {caseNumber ? (
        <label className="export-choice">
          <input
            type="radio"
            name="export-scope"
            checked={kind === 'case'}
            disabled={disabled}
            data-testid="export-scope-case"
            onChange={() => onKind('case')}
          />
          {t('reports.scopeCase', { caseNumber })}
        </label>
      ) : null}
    </fieldset>
  );
}
