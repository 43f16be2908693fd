/**
 * The warning while the next 60 days reach a year the calendar does not cover: deadlines that
 * end there are refused (CALENDAR_NOT_COVERED), so the year's schedule must be added now.
 */
import type { CalendarCoverage } from '../../../../../shared/api/calendarTypes.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';

export function CoverageWarning({ coverage, onAdd }: { coverage: CalendarCoverage; onAdd(year: number): void }) {
  const { t } = useI18n();
  const years = coverage.uncoveredAhead;
  const first = years[0];
  if (first === undefined) return null;
  return (
    <div className="cfg-warning cfg-coverage-warning" role="alert" data-testid="calendar-warning">
      <strong>{t('settings.calendar.warningTitle', { years: years.join(t('settings.listSeparator')) })}</strong>
      <p>
        {t('settings.calendar.warningText', {
          today: coverage.today,
          days: coverage.horizonDays,
          end: coverage.horizonEnd,
          years: years.join(t('settings.listSeparator')),
        })}
      </p>
      <button
        type="button"
        className="button button-primary"
        data-testid="calendar-warning-add"
        onClick={() => onAdd(first)}
      >
        {t('settings.calendar.addYear', { year: first })}
      </button>
    </div>
  );
}
