/**
 * 概况: the campaign's settings, then — before the draw — the population it would draw from,
 * or — after — its progress by status, by unit and by reviewer.
 */
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { caseTypeLabel, procedureLabel } from '../cases/enumLabels.ts';
import { PopulationPreview } from './PopulationPreview.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';

export function CampaignOverview({ campaign, dataKey }: { campaign: CampaignSummary; dataKey: number }) {
  const { t, lang } = useI18n();
  const drawn = campaign.phase !== 'draft';
  const preview = useLoad(
    `preview:${campaign.id}:${campaign.updatedAt}`,
    drawn ? null : (signal) => call('campaigns:preview', { campaignId: campaign.id }, { signal }),
  );
  const progress = useLoad(
    `progress:${campaign.id}:${dataKey}`,
    drawn ? (signal) => call('campaigns:progress', { campaignId: campaign.id }, { signal }) : null,
  );
  const scope = campaign.scope;
  const settings: [string, string][] = [
    [t('campaigns.organiser'), campaign.organiser ?? '—'],
    [t('campaigns.units'), scope.units && scope.units.length > 0 ? scope.units.join('、') : t('campaigns.scopeAll')],
    [
      t('campaigns.caseTypes'),
      scope.caseTypes ? scope.caseTypes.map((v) => caseTypeLabel(v, t)).join('、') : t('campaigns.scopeAll'),
    ],
    [
      t('campaigns.procedures'),
      scope.procedures ? scope.procedures.map((v) => procedureLabel(v, t)).join('、') : t('campaigns.scopeAll'),
    ],
    [t('campaigns.seed'), campaign.seed ?? t('campaigns.seedRandom')],
    [
      t('campaigns.previous'),
      campaign.previous ? campaign.previous.title : campaign.previousAuto ? t('campaigns.previousAutoNone') : '—',
    ],
    [t('campaigns.rectificationDays'), t('campaigns.days', { n: campaign.rectificationDays })],
  ];
  return (
    <div className="campaign-overview" data-testid="campaign-overview">
      <dl className="settings-list">
        {settings.map(([label, value]) => (
          <div key={label} className="settings-item">
            <dt>{label}</dt>
            <dd title={value}>{value}</dd>
          </div>
        ))}
      </dl>
      {campaign.notes ? <p className="campaign-notes">{campaign.notes}</p> : null}
      {drawn ? (
        progress.error ? (
          <p className="inline-error" role="alert">
            {errorText(progress.error.data, lang)}
          </p>
        ) : progress.data ? (
          <ProgressPanel progress={progress.data} />
        ) : (
          <p className="form-hint">{t('app.loading')}</p>
        )
      ) : (
        <section>
          <h3 className="section-title">{t('campaigns.preview')}</h3>
          <PopulationPreview preview={preview.data} error={preview.error} loading={preview.loading} />
        </section>
      )}
    </div>
  );
}
