/**
 * One campaign: its header (title, period, phase, actions: edit, draw, 抽样记录, export, delete) and three
 * tabs — 概况 (settings, population preview or progress), 抽取案卷 (the drawn cases with the
 * workflow), 评查人员 (reviewers and the cross-review assignment).
 */
import { useCallback, useState } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { CampaignCasesPanel } from './CampaignCasesPanel.tsx';
import { CampaignDialog } from './CampaignDialog.tsx';
import { CampaignOverview } from './CampaignOverview.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { DrawDialog } from './DrawDialog.tsx';
import { DrawRecordDialog } from './DrawRecordDialog.tsx';
import { PhaseBadge } from './PhaseBadge.tsx';
import { ReviewersPanel } from './ReviewersPanel.tsx';
import { ExportDialog } from '../reports/ExportDialog.tsx';
import { call } from '../../api/client.ts';

type Tab = 'overview' | 'cases' | 'reviewers';
const TABS: readonly Tab[] = ['overview', 'cases', 'reviewers'];
type Dialog = 'edit' | 'draw' | 'record' | 'delete' | 'export' | null;

interface CampaignDetailProps {
  campaign: CampaignSummary;
  campaigns: readonly CampaignSummary[];
  workspace: WorkspaceInfo | null;
  onChanged(): void;
  onDeleted(): void;
  onOpenCase: OpenCase;
}

export function CampaignDetail({
  campaign,
  campaigns,
  workspace,
  onChanged,
  onDeleted,
  onOpenCase,
}: CampaignDetailProps) {
  const { t, formatNumber } = useI18n();
  const [tab, setTab] = useState<Tab>(campaign.phase === 'draft' ? 'overview' : 'cases');
  const [dialog, setDialog] = useState<Dialog>(null);
  /** Bumped by anything that changes the campaign's cases (draw, assignment, a status move). */
  const [dataKey, setDataKey] = useState(0);
  const changed = useCallback(() => {
    setDataKey((k) => k + 1);
    onChanged();
  }, [onChanged]);
  const drawn = campaign.phase !== 'draft';

  return (
    <div className="campaign-detail" data-testid="campaign-detail" data-campaign-id={campaign.id}>
      <header className="campaign-head">
        <div className="campaign-head-text">
          <h2 data-testid="campaign-heading">{campaign.title}</h2>
          <p className="campaign-head-meta">
            <PhaseBadge phase={campaign.phase} />
            <span>{t('campaigns.periodText', { from: campaign.period.from, to: campaign.period.to })}</span>
            <span>{campaign.ruleDescription}</span>
            {drawn ? (
              <span>
                {t('campaigns.drawnSummary', {
                  drawn: formatNumber(campaign.drawnCount),
                  population: formatNumber(campaign.populationSize ?? 0),
                })}
              </span>
            ) : null}
          </p>
        </div>
        <div className="campaign-head-actions">
          <button type="button" className="button" data-testid="campaign-edit" onClick={() => setDialog('edit')}>
            {t('campaigns.edit')}
          </button>
          {drawn ? (
            <>
              <button
                type="button"
                className="button"
                data-testid="campaign-record"
                onClick={() => setDialog('record')}
              >
                {t('campaigns.drawRecord')}
              </button>
              <button
                type="button"
                className="button"
                title={t('reports.openTitle')}
                data-testid="campaign-export"
                onClick={() => setDialog('export')}
              >
                {t('reports.open')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button"
                data-testid="campaign-delete"
                onClick={() => setDialog('delete')}
              >
                {t('campaigns.delete')}
              </button>
              <button
                type="button"
                className="button button-primary"
                data-testid="campaign-draw"
                onClick={() => setDialog('draw')}
              >
                {t('campaigns.draw')}
              </button>
            </>
          )}
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label={campaign.title}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`campaign-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`campaign-panel-${id}`}
            className={tab === id ? 'tab is-current' : 'tab'}
            data-testid={`campaign-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`campaigns.tab.${id}`)}
          </button>
        ))}
      </div>
      <div
        className="campaign-panel"
        role="tabpanel"
        id={`campaign-panel-${tab}`}
        aria-labelledby={`campaign-tab-${tab}`}
      >
        {tab === 'overview' ? <CampaignOverview campaign={campaign} dataKey={dataKey} /> : null}
        {tab === 'cases' ? (
          <CampaignCasesPanel
            campaign={campaign}
            dataKey={dataKey}
            units={workspace?.units ?? []}
            onChanged={changed}
            onOpenCase={onOpenCase}
          />
        ) : null}
        {tab === 'reviewers' ? (
          <ReviewersPanel campaign={campaign} units={workspace?.units ?? []} onChanged={changed} />
        ) : null}
      </div>

      {dialog === 'edit' ? (
        <CampaignDialog
          campaign={campaign}
          campaigns={campaigns}
          workspace={workspace}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            changed();
          }}
        />
      ) : null}
      {dialog === 'draw' ? (
        <DrawDialog
          campaign={campaign}
          onClose={() => setDialog(null)}
          onDrawn={() => {
            setDialog('record');
            setTab('cases');
            changed();
          }}
        />
      ) : null}
      {dialog === 'record' ? <DrawRecordDialog campaignId={campaign.id} onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? <ExportDialog open campaignId={campaign.id} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={t('campaigns.delete')}
          message={t('campaigns.deleteConfirm', { title: campaign.title })}
          confirmLabel={t('campaigns.delete')}
          danger
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await call('campaigns:delete', { campaignId: campaign.id });
            setDialog(null);
            onDeleted();
          }}
        />
      ) : null}
    </div>
  );
}
