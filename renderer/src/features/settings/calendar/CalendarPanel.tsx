/**
 * 节假日日历: coverage of the active profile's calendar with the warning for the days ahead on
 * the left, a year's month grid on the right, and the dialog that adds a year's schedule.
 */
import { useState } from 'react';
import type { CalendarCoverage } from '../../../../../shared/api/calendarTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import type { Loaded } from '../../../data/useLoad.ts';
import { useLoad } from '../../../data/useLoad.ts';
import { Modal } from '../../../components/Modal.tsx';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { CoverageSummary } from './CoverageSummary.tsx';
import { CoverageWarning } from './CoverageWarning.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';
import { YearCalendar } from './YearCalendar.tsx';

interface CalendarPanelProps {
  coverage: Loaded<CalendarCoverage>;
  /** The active profile was saved or changed (coverage reloads). */
  onChanged(): void;
}

/** Loads what the dialog needs — the active profile whole and the ids taken — then shows it. */
function OverrideEditor(props: {
  coverage: CalendarCoverage;
  year: number;
  onClose(): void;
  onSaved(year: number): void;
}) {
  const { t, lang } = useI18n();
  const id = props.coverage.profile.id;
  const data = useLoad(`override:${id}`, async (signal) => ({
    detail: await call('profiles:get', { id }, { signal }),
    ids: (await call('profiles:list', {}, { signal })).map((p) => p.id),
  }));
  if (data.error) {
    return (
      <Modal open title={t('settings.calendar.addTitle')} onClose={props.onClose}>
        <p className="inline-error" role="alert">
          {errorText(data.error.data, lang)}
        </p>
      </Modal>
    );
  }
  if (!data.data) return null;
  return <OverrideDialog {...props} detail={data.data.detail} takenIds={data.data.ids} />;
}

export function CalendarPanel({ coverage, onChanged }: CalendarPanelProps) {
  const { t, lang } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const data = coverage.data;
  if (!data) {
    return coverage.error ? (
      <LoadError text={errorText(coverage.error.data, lang)} onRetry={coverage.reload} />
    ) : (
      <p className="list-empty">{t('app.loading')}</p>
    );
  }
  const shown = year ?? Number(data.today.slice(0, 4));
  const edit = (y: number) => {
    setYear(y);
    setEditing(y);
  };

  return (
    <div className="cfg-split cfg-calendar">
      <aside className="list-sidebar cfg-calendar-side">
        <div className="list-sidebar-head">
          <h2>{t('settings.sections.calendar')}</h2>
          <button
            type="button"
            className="button"
            data-testid="calendar-add"
            onClick={() => edit(data.uncoveredAhead[0] ?? data.years[data.years.length - 1]! + 1)}
          >
            {t('settings.calendar.add')}
          </button>
        </div>
        <div className="cfg-calendar-info">
          <CoverageWarning coverage={data} onAdd={edit} />
          <CoverageSummary coverage={data} onEdit={edit} onShow={setYear} />
          <p className="form-hint">{t('settings.calendar.explain')}</p>
        </div>
      </aside>
      <section className="cfg-main">
        <YearCalendar coverage={data} year={shown} onYear={setYear} />
      </section>
      {editing !== null ? (
        <OverrideEditor
          coverage={data}
          year={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setYear(saved);
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}
