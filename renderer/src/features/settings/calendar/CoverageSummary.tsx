/**
 * Which years the working-day calendar covers for the active profile: the packaged data's range
 * and the profile's own overrides (each opens for editing).
 */
import type { CalendarCoverage } from '../../../../../shared/api/calendarTypes.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { SourceBadge } from '../common/SourceBadge.tsx';

interface CoverageSummaryProps {
  coverage: CalendarCoverage;
  onEdit(year: number): void;
  onShow(year: number): void;
}

/** 2004–2026, 2028: consecutive years joined. */
function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === y) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

export function CoverageSummary({ coverage, onEdit, onShow }: CoverageSummaryProps) {
  const { t } = useI18n();
  const { profile, packaged } = coverage;
  return (
    <div className="cfg-coverage" data-testid="calendar-coverage" data-years={coverage.years.join(',')}>
      <dl className="cfg-coverage-list">
        <div>
          <dt>{t('settings.calendar.profile')}</dt>
          <dd>
            {profile.name} <code>{profile.id}</code> <SourceBadge source={profile.source} />
          </dd>
        </div>
        <div>
          <dt>{t('settings.calendar.covered')}</dt>
          <dd className="cfg-strong" data-testid="calendar-covered-years">
            {t('settings.calendar.years', { years: yearRuns(coverage.years) })}
          </dd>
        </div>
        <div>
          <dt>{t('settings.calendar.packaged')}</dt>
          <dd>{t('settings.calendar.packagedRange', { first: packaged.firstYear, last: packaged.lastYear })}</dd>
        </div>
        <div>
          <dt>{t('settings.calendar.overrides')}</dt>
          <dd>
            {coverage.overrides.length === 0 ? (
              t('settings.calendar.noOverrides')
            ) : (
              <ul className="cfg-plain-list" data-testid="calendar-overrides">
                {coverage.overrides.map((o) => (
                  <li key={o.year} data-year={o.year}>
                    <button type="button" className="link-button" onClick={() => onShow(o.year)}>
                      {t('settings.calendar.yearOption', { year: o.year })}
                    </button>{' '}
                    {t('settings.calendar.overrideCounts', {
                      holidays: o.holidays.length,
                      workdays: o.workdays.length,
                    })}
                    {o.source ? <div className="cfg-muted">{o.source}</div> : null}
                    <button
                      type="button"
                      className="link-button"
                      data-testid="calendar-override-edit"
                      onClick={() => onEdit(o.year)}
                    >
                      {t('settings.calendar.editOverride')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
