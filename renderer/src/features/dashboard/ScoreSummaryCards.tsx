/** The headline figures — counted cases, mean, median, min, max, pass rate, vetoes — beside last campaign's. */
import type { CampaignStats } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { Drill, type DrillTarget } from './Drill.tsx';

export function ScoreSummaryCards({ stats, onDrill }: { stats: CampaignStats; onDrill(target: DrillTarget): void }) {
  const { t, formatNumber } = useI18n();
  const s = stats.summary;
  const prev = stats.previous;
  const score = (v: number | null) => (v === null ? '—' : formatNumber(v, { maximumFractionDigits: 1 }));
  const pct = (v: number | null) =>
    v === null ? '—' : formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const campaignId = stats.campaignId;
  const cards = [
    {
      key: 'counted',
      label: t('dashboard.counted'),
      value: (
        <span>
          {t('dashboard.countedValue', { counted: formatNumber(stats.counted), drawn: formatNumber(stats.drawn) })}
        </span>
      ),
      previous: prev ? formatNumber(prev.counted) : null,
    },
    {
      key: 'average',
      label: t('dashboard.average'),
      value: <span>{score(s.average)}</span>,
      previous: prev ? score(prev.average) : null,
    },
    {
      key: 'median',
      label: t('dashboard.median'),
      value: <span>{score(s.median)}</span>,
      previous: prev ? score(prev.median) : null,
    },
    {
      key: 'min',
      label: t('dashboard.min'),
      value: s.min ? (
        <Drill
          value={s.min.value}
          caseIds={s.min.caseIds}
          campaignId={campaignId}
          title={t('dashboard.minCases')}
          onDrill={onDrill}
        />
      ) : (
        <span>—</span>
      ),
      previous: null,
    },
    {
      key: 'max',
      label: t('dashboard.max'),
      value: s.max ? (
        <Drill
          value={s.max.value}
          caseIds={s.max.caseIds}
          campaignId={campaignId}
          title={t('dashboard.maxCases')}
          onDrill={onDrill}
        />
      ) : (
        <span>—</span>
      ),
      previous: null,
    },
    {
      key: 'passRate',
      label: t('dashboard.passRate'),
      value: (
        <span>
          {pct(stats.passRate.share)}{' '}
          <small>
            {t('dashboard.failing')}{' '}
            <Drill
              value={stats.passRate.failing.value}
              caseIds={stats.passRate.failing.caseIds}
              campaignId={campaignId}
              title={t('dashboard.failingCases')}
              onDrill={onDrill}
            />
          </small>
        </span>
      ),
      previous: prev ? pct(prev.passRate) : null,
    },
    {
      key: 'vetoed',
      label: t('dashboard.vetoed'),
      value: (
        <Drill
          value={s.vetoed.value}
          caseIds={s.vetoed.caseIds}
          campaignId={campaignId}
          title={t('dashboard.vetoedCases')}
          onDrill={onDrill}
        />
      ),
      previous: prev ? formatNumber(prev.vetoed.value) : null,
    },
    {
      key: 'overturns',
      label: t('dashboard.overturns'),
      value: (
        <Drill
          value={stats.overturns.count}
          caseIds={stats.overturns.caseIds}
          campaignId={campaignId}
          title={t('dashboard.overturnCases')}
          onDrill={onDrill}
        />
      ),
      previous: null,
    },
  ];
  return (
    <div className="summary-cards" data-testid="summary-cards">
      {cards.map((c) => (
        <div key={c.key} className="summary-card" data-testid={`summary-${c.key}`}>
          <span className="summary-label">{c.label}</span>
          <strong className="summary-value">{c.value}</strong>
          {c.previous !== null && prev ? (
            <span className="summary-previous" title={prev.campaign.title}>
              {t('dashboard.previous', { value: c.previous })}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}
