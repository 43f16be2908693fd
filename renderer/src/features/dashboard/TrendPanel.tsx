/** The headline figures across drawn campaigns, oldest first: a line of mean scores and the table. */
import type { CampaignTrend } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import type { ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { Drill, type DrillTarget } from './Drill.tsx';
import { TrendChart } from './TrendChart.tsx';

interface TrendPanelProps {
  trend: CampaignTrend | null;
  error: ApiError | null;
  onDrill(target: DrillTarget): void;
}

export function TrendPanel({ trend, error, onDrill }: TrendPanelProps) {
  const { t, lang, formatNumber } = useI18n();
  const score = (v: number | null) => (v === null ? '—' : formatNumber(v, { maximumFractionDigits: 1 }));
  return (
    <section className="card" aria-labelledby="stats-trend" data-testid="trend">
      <h3 id="stats-trend">{t('dashboard.trend')}</h3>
      {error ? <p className="inline-error">{errorText(error.data, lang)}</p> : null}
      {trend ? (
        <>
          <TrendChart
            rows={trend.rows}
            onDrill={(row) =>
              onDrill({
                title: t('dashboard.campaignCases', { title: row.campaign.title }),
                campaignId: row.campaign.id,
                caseIds: row.caseIds,
              })
            }
          />
          <table className="data-table" data-testid="trend-table">
            <thead>
              <tr>
                <th>{t('dashboard.campaign')}</th>
                <th>{t('dashboard.period')}</th>
                <th className="num">{t('dashboard.counted')}</th>
                <th className="num">{t('dashboard.average')}</th>
                <th className="num">{t('dashboard.median')}</th>
                <th className="num">{t('dashboard.passRate')}</th>
                <th className="num">{t('dashboard.vetoed')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.rows.map((r) => (
                <tr key={r.campaign.id}>
                  <td>{r.campaign.title}</td>
                  <td>
                    {r.campaign.period.from} – {r.campaign.period.to}
                  </td>
                  <td className="num">
                    <Drill
                      value={r.counted}
                      caseIds={r.caseIds}
                      campaignId={r.campaign.id}
                      title={t('dashboard.campaignCases', { title: r.campaign.title })}
                      onDrill={onDrill}
                    />
                  </td>
                  <td className="num">{score(r.average)}</td>
                  <td className="num">{score(r.median)}</td>
                  <td className="num">
                    {r.passRate === null
                      ? '—'
                      : formatNumber(r.passRate, { style: 'percent', maximumFractionDigits: 1 })}
                  </td>
                  <td className="num">
                    <Drill
                      value={r.vetoed.value}
                      caseIds={r.vetoed.caseIds}
                      campaignId={r.campaign.id}
                      title={t('dashboard.vetoedCases')}
                      onDrill={onDrill}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="form-hint">{t('app.loading')}</p>
      )}
    </section>
  );
}
