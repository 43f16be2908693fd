/** One campaign's figures: summary, grades, common problems, problem groups, units and vetoes. */
import type { CampaignStats } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { gradeLabel } from '../cases/enumLabels.ts';
import { BarChart, type Bar } from './BarChart.tsx';
import { Drill, type DrillTarget } from './Drill.tsx';
import { ProblemsTable } from './ProblemsTable.tsx';
import { ScoreSummaryCards } from './ScoreSummaryCards.tsx';
import { UnitsTable } from './UnitsTable.tsx';

const GRADE_TONES: Record<string, Bar['tone']> = { 优秀: 'good', 良好: 'default', 合格: 'warn', 不合格: 'bad' };

export function CampaignStatsPanel({ stats, onDrill }: { stats: CampaignStats; onDrill(target: DrillTarget): void }) {
  const { t, formatNumber } = useI18n();
  const campaignId = stats.campaignId;
  const pct = (share: number) => formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
  const drill = (title: string, caseIds: readonly number[]) => onDrill({ title, campaignId, caseIds });
  return (
    <div className="stats-panel" data-testid="campaign-stats">
      <ScoreSummaryCards stats={stats} onDrill={onDrill} />
      <div className="stats-grid">
        <section className="card" aria-labelledby="stats-grades">
          <h3 id="stats-grades">{t('dashboard.grades')}</h3>
          <BarChart
            title={t('dashboard.grades')}
            bars={stats.grades.map((g) => ({
              key: g.grade,
              label: gradeLabel(g.grade, t),
              value: g.count,
              note: pct(g.share),
              tone: GRADE_TONES[g.grade] ?? 'default',
              onClick: () => drill(t('dashboard.gradeCases', { grade: gradeLabel(g.grade, t) }), g.caseIds),
            }))}
          />
          <table className="data-table" data-testid="grade-table">
            <thead>
              <tr>
                <th>{t('dashboard.grade')}</th>
                <th className="num">{t('dashboard.count')}</th>
                <th className="num">{t('dashboard.share')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.grades.map((g) => (
                <tr key={g.grade} data-grade={g.grade}>
                  <td>{gradeLabel(g.grade, t)}</td>
                  <td className="num">
                    <Drill
                      value={g.count}
                      caseIds={g.caseIds}
                      campaignId={campaignId}
                      title={t('dashboard.gradeCases', { grade: gradeLabel(g.grade, t) })}
                      onDrill={onDrill}
                      testId={`grade-count-${g.grade}`}
                    />
                  </td>
                  <td className="num">{pct(g.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="stats-groups">
          <h3 id="stats-groups">{t('dashboard.problemGroups')}</h3>
          <BarChart
            title={t('dashboard.problemGroups')}
            bars={stats.problemGroups.map((g) => ({
              key: g.category,
              label: g.category,
              value: g.count,
              note: pct(g.share),
              tone: g.category === '一票否决' ? 'bad' : 'default',
              onClick: () => drill(t('dashboard.groupCases', { group: g.category }), g.caseIds),
            }))}
          />
          <h3 className="subhead">{t('dashboard.vetoes')}</h3>
          {stats.vetoes.length === 0 ? (
            <p className="form-hint">{t('dashboard.noVetoes')}</p>
          ) : (
            <table className="data-table" data-testid="veto-table">
              <thead>
                <tr>
                  <th>{t('dashboard.vetoItem')}</th>
                  <th className="num">{t('dashboard.count')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.vetoes.map((v) => (
                  <tr key={`${v.templateId}:${v.id}`}>
                    <td className="wrap">
                      {v.id} {v.name}
                    </td>
                    <td className="num">
                      <Drill
                        value={v.count}
                        caseIds={v.caseIds}
                        campaignId={campaignId}
                        title={t('dashboard.vetoCases', { name: v.name })}
                        onDrill={onDrill}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="stats-problems">
        <h3 id="stats-problems">{t('dashboard.problems')}</h3>
        <ProblemsTable problems={stats.problems} campaignId={campaignId} onDrill={onDrill} />
      </section>
      <section className="card" aria-labelledby="stats-units">
        <h3 id="stats-units">{t('dashboard.units')}</h3>
        <UnitsTable
          units={stats.units}
          grades={stats.grades.map((g) => g.grade)}
          campaignId={campaignId}
          onDrill={onDrill}
        />
      </section>
    </div>
  );
}
