/**
 * A year's twelve months with the active profile's calendar: where the year's schedule comes
 * from (the packaged data, the profile's override, or nowhere — then only weekends are known).
 */
import { useMemo } from 'react';
import type { CalendarCoverage } from '../../../../../shared/api/calendarTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../data/useLoad.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { MonthGrid } from './MonthGrid.tsx';

interface YearCalendarProps {
  coverage: CalendarCoverage;
  year: number;
  onYear(year: number): void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function YearCalendar({ coverage, year, onYear }: YearCalendarProps) {
  const { t, lang } = useI18n();
  const profileId = coverage.profile.id;
  // The overrides in the key: a saved schedule shows at once.
  const data = useLoad(`${year}:${profileId}:${JSON.stringify(coverage.overrides)}`, (signal) =>
    call('calendar:year', { year, profileId }, { signal }),
  );
  const special = useMemo(() => new Map((data.data?.days ?? []).map((d) => [d.date, d])), [data.data]);
  const first = Math.min(coverage.packaged.firstYear, ...coverage.years);
  const last = Math.max(coverage.packaged.lastYear, ...coverage.years, Number(coverage.today.slice(0, 4)) + 1);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const status = data.data
    ? data.data.covered
      ? data.data.sources
          .map((s) =>
            s === 'override'
              ? t('settings.calendar.fromOverride', {
                  source: data.data?.overrideSource ?? t('settings.calendar.noSource'),
                })
              : t('settings.calendar.fromPackage'),
          )
          .join(t('settings.listSeparator'))
      : t('settings.calendar.yearUncovered')
    : null;

  return (
    <section className="cfg-year" data-testid="calendar-year" data-year={year} data-covered={data.data?.covered}>
      <div className="cfg-year-bar">
        <button
          type="button"
          className="icon-button"
          aria-label={t('settings.calendar.prevYear')}
          title={t('settings.calendar.prevYear')}
          disabled={year <= first}
          onClick={() => onYear(year - 1)}
        >
          ‹
        </button>
        <select
          aria-label={t('settings.calendar.year')}
          value={year}
          data-testid="calendar-year-select"
          onChange={(event) => onYear(Number(event.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {t('settings.calendar.yearOption', { year: y })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon-button"
          aria-label={t('settings.calendar.nextYear')}
          title={t('settings.calendar.nextYear')}
          disabled={year >= last}
          onClick={() => onYear(year + 1)}
        >
          ›
        </button>
        <span
          className={data.data && !data.data.covered ? 'cfg-year-status is-uncovered' : 'cfg-year-status'}
          data-testid="calendar-year-status"
        >
          {status}
        </span>
        <span className="cfg-legend">
          <span className="cfg-legend-item is-holiday">{t('settings.calendar.mark.holiday')}</span>
          {t('settings.calendar.legendHoliday')}
          <span className="cfg-legend-item is-workday">{t('settings.calendar.mark.workday')}</span>
          {t('settings.calendar.legendWorkday')}
          <span className="cfg-legend-item is-weekend" />
          {t('settings.calendar.legendWeekend')}
        </span>
      </div>
      {data.error ? <LoadError text={errorText(data.error.data, lang)} onRetry={data.reload} /> : null}
      <div className={data.data && !data.data.covered ? 'cfg-months is-uncovered' : 'cfg-months'}>
        {MONTHS.map((m) => (
          <MonthGrid key={m} year={year} month={m} special={special} today={coverage.today} />
        ))}
      </div>
    </section>
  );
}
