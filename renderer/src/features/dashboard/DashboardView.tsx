/**
 * 统计分析 for one campaign — score summary, grade distribution, common problems, units, veto
 * hits — and the trend across campaigns; each as a chart and a table. Every number drills down
 * to its cases (the API returns their ids with each figure), and from there to the desk.
 */
import { useMemo, useState } from 'react';
import type { StatsBasis } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { readSetting, writeSetting } from '../../settings.ts';
import { useCampaignList } from '../campaigns/useCampaignData.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { CampaignStatsPanel } from './CampaignStatsPanel.tsx';
import type { DrillTarget } from './Drill.tsx';
import { DrillDownDialog } from './DrillDownDialog.tsx';
import { TrendPanel } from './TrendPanel.tsx';
import './dashboard.css';

export function DashboardView({ onOpenCase }: { onOpenCase: OpenCase }) {
  const { t, lang } = useI18n();
  const campaigns = useCampaignList();
  const drawn = useMemo(() => (campaigns.data ?? []).filter((c) => c.phase !== 'draft'), [campaigns.data]);
  const [chosen, setChosen] = useState<number | null>(() => readSetting<number | null>('dashboard.campaign', null));
  const [basis, setBasis] = useState<StatsBasis>('finalized');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const campaign = drawn.find((c) => c.id === chosen) ?? drawn[0] ?? null;
  const campaignId = campaign?.id ?? null;

  const stats = useLoad(
    `stats:${campaignId}:${basis}`,
    campaignId === null ? null : (signal) => call('campaigns:stats', { campaignId, basis }, { signal }),
  );
  const trend = useLoad(
    `trend:${basis}:${drawn.length}`,
    drawn.length === 0 ? null : (signal) => call('campaigns:trend', { basis }, { signal }),
  );

  return (
    <main className="view dashboard" aria-label={t('nav.dashboard')} data-testid="dashboard">
      <div className="dashboard-toolbar">
        <label className="inline-form">
          <span>{t('dashboard.campaign')}</span>
          <select
            className="filter-select"
            value={campaignId === null ? '' : String(campaignId)}
            data-testid="dashboard-campaign"
            onChange={(event) => {
              const id = Number(event.target.value);
              setChosen(id);
              writeSetting('dashboard.campaign', id);
            }}
          >
            {drawn.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="radiogroup" aria-label={t('dashboard.basis')}>
          {(['finalized', 'submitted'] as const).map((b) => (
            <button
              key={b}
              type="button"
              role="radio"
              aria-checked={basis === b}
              className={basis === b ? 'segment is-current' : 'segment'}
              data-testid={`dashboard-basis-${b}`}
              onClick={() => setBasis(b)}
            >
              {t(`dashboard.basisOption.${b}`)}
            </button>
          ))}
        </div>
        <span className="form-hint">{t('dashboard.basisHint')}</span>
      </div>
      {campaigns.error || stats.error ? (
        <p className="inline-error" role="alert">
          {errorText((campaigns.error ?? stats.error)!.data, lang)}
        </p>
      ) : null}
      {campaign === null ? (
        <p className="pane-empty" data-testid="dashboard-empty">
          {campaigns.loading ? t('app.loading') : t('dashboard.empty')}
        </p>
      ) : (
        <div className="dashboard-body">
          {stats.data ? (
            <CampaignStatsPanel stats={stats.data} onDrill={setDrill} />
          ) : (
            <p className="pane-empty">{t('app.loading')}</p>
          )}
          <TrendPanel trend={trend.data} error={trend.error} onDrill={setDrill} />
        </div>
      )}
      {drill ? (
        <DrillDownDialog
          target={drill}
          units={campaign?.scope.units ?? []}
          onOpenCase={onOpenCase}
          onClose={() => setDrill(null)}
        />
      ) : null}
    </main>
  );
}
