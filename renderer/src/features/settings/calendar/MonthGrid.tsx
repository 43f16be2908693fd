/**
 * One month, weeks starting on Monday as on Chinese calendars: holidays marked 休, weekend days
 * worked marked 班, weekends shaded, today outlined.
 */
import { weekday } from '../../../../../shared/calendar/dates.ts';
import type { SpecialDay } from '../../../../../shared/api/calendarTypes.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';

interface MonthGridProps {
  year: number;
  /** 1–12. */
  month: number;
  special: ReadonlyMap<string, SpecialDay>;
  today: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday-first weeks of the month; null pads the days outside it. */
function weeksOf(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = `${year}-${pad(month)}-01`;
  const lead = (weekday(first) + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function MonthGrid({ year, month, special, today }: MonthGridProps) {
  const { t, lang } = useI18n();
  return (
    <table className="cfg-month" data-testid="calendar-month" data-month={month}>
      <caption>{t('settings.calendar.month', { month })}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col" abbr={t(`settings.calendar.weekday.${d}`)}>
              {t(`settings.calendar.weekdayShort.${d}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeksOf(year, month).map((week, w) => (
          <tr key={w}>
            {week.map((date, i) => {
              if (!date) return <td key={i} />;
              const day = special.get(date);
              const weekend = i >= 5;
              const name = day ? (lang === 'en' ? day.nameEn : day.nameZh) : null;
              const mark = day ? t(`settings.calendar.mark.${day.kind}`) : null;
              const classes = [
                'cfg-day',
                day ? `is-${day.kind}` : weekend ? 'is-weekend' : '',
                date === today ? 'is-today' : '',
              ].filter(Boolean);
              return (
                <td
                  key={date}
                  className={classes.join(' ')}
                  title={[date, name, mark].filter(Boolean).join(' ')}
                  data-date={date}
                  data-kind={day?.kind}
                >
                  {Number(date.slice(8))}
                  {mark ? <span className="cfg-day-mark">{mark}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
