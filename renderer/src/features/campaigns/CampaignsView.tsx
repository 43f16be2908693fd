/**
 * 评查活动: the list of campaigns on the left; the chosen one on the right with its settings,
 * draw, reviewers and assignment, progress and drawn cases. The chosen campaign is remembered.
 */
import { useCallback, useState } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { readSetting, writeSetting } from '../../settings.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { CampaignDetail } from './CampaignDetail.tsx';
import { CampaignDialog } from './CampaignDialog.tsx';
import { CampaignList } from './CampaignList.tsx';
import { useCampaignList } from './useCampaignData.ts';
import './campaigns.css';

const SELECTED = 'campaign';

interface CampaignsViewProps {
  workspace: WorkspaceInfo | null;
  onOpenCase: OpenCase;
}

export function CampaignsView({ workspace, onOpenCase }: CampaignsViewProps) {
  const { t, lang } = useI18n();
  const campaigns = useCampaignList();
  const [selected, setSelected] = useState<number | null>(() => readSetting<number | null>(SELECTED, null));
  const [creating, setCreating] = useState(false);

  const select = useCallback((id: number | null) => {
    setSelected(id);
    writeSetting(SELECTED, id);
  }, []);
  const changed = campaigns.reload;
  const rows = campaigns.data ?? [];
  const current: CampaignSummary | null = rows.find((c) => c.id === selected) ?? rows[0] ?? null;

  return (
    <main className="view campaigns-view" aria-label={t('nav.campaigns')} data-testid="campaigns-view">
      <aside className="list-sidebar">
        <div className="list-sidebar-head">
          <h2>{t('campaigns.title')}</h2>
          <button
            type="button"
            className="button button-primary"
            data-testid="campaign-new"
            onClick={() => setCreating(true)}
          >
            {t('campaigns.new')}
          </button>
        </div>
        {campaigns.error ? (
          <LoadError
            text={t('campaigns.loadError', { message: errorText(campaigns.error.data, lang) })}
            onRetry={campaigns.reload}
          />
        ) : null}
        <CampaignList campaigns={rows} selectedId={current?.id ?? null} onSelect={select} loading={campaigns.loading} />
      </aside>
      <section className="campaign-main">
        {current ? (
          <CampaignDetail
            key={current.id}
            campaign={current}
            campaigns={rows}
            workspace={workspace}
            onChanged={changed}
            onDeleted={() => {
              select(null);
              changed();
            }}
            onOpenCase={onOpenCase}
          />
        ) : campaigns.loading ? null : (
          <p className="pane-empty" data-testid="campaigns-empty">
            {t('campaigns.empty')}
          </p>
        )}
      </section>
      {creating ? (
        <CampaignDialog
          campaign={null}
          campaigns={rows}
          workspace={workspace}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            select(saved.id);
            changed();
          }}
        />
      ) : null}
    </main>
  );
}
