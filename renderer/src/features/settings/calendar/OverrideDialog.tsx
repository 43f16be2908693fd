/**
 * 补充节假日安排: one year's days off and weekend working days (调休上班) with the notice they
 * come from, saved into the active profile through profiles:save. A bundled profile is not
 * changed: the schedule goes into a user copy, which becomes the active profile.
 */
import { useState, type FormEvent } from 'react';
import type { CalendarCoverage } from '../../../../../shared/api/calendarTypes.ts';
import type { ProfileDetail } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import type { ProfileCalendarOverride } from '../../../../../shared/profiles/schema.ts';
import { call } from '../../../api/client.ts';
import { toApiError } from '../../../api/errors.ts';
import { Modal } from '../../../components/Modal.tsx';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { byPath, FieldError, fieldProps, issuesOfError } from '../common/fieldErrors.tsx';
import { IssueTable, type PathIssue } from '../common/IssueTable.tsx';
import { copyName } from '../profiles/profileDraft.ts';
import { weekday } from '../../../../../shared/calendar/dates.ts';
import { formatDateList, parseDateList } from './dateList.ts';
import { overrideIssues, profileWithOverride, type OverrideChange } from './overrideProfile.ts';

/** Make-up working days must be Saturdays or Sundays: the ones that are not, named before saving. */
function weekdays(dates: readonly string[]): string[] {
  return dates.filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
}

/** The paths this dialog has a field for; an issue elsewhere in the profile is listed apart. */
const FIELDS = ['id', 'name', 'override', 'override.year', 'override.source', 'override.holidays', 'override.workdays'];

interface OverrideDialogProps {
  coverage: CalendarCoverage;
  /** The active profile, whole (the override is saved into it). */
  detail: ProfileDetail;
  takenIds: readonly string[];
  year: number;
  onClose(): void;
  onSaved(year: number): void;
}

export function OverrideDialog({ coverage, detail, takenIds, year, onClose, onSaved }: OverrideDialogProps) {
  const { t, lang } = useI18n();
  const existing = detail.profile.calendarOverrides.find((o) => o.year === year) ?? null;
  const bundled = detail.summary.source === 'bundled';
  const [yearText, setYearText] = useState(String(year));
  const [source, setSource] = useState(existing?.source ?? '');
  const [holidays, setHolidays] = useState(formatDateList(existing?.holidays ?? []));
  const [workdays, setWorkdays] = useState(formatDateList(existing?.workdays ?? []));
  const [copy, setCopy] = useState(() => copyName(detail.profile, takenIds, t('settings.profiles.copySuffix')));
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const parsedHolidays = parseDateList(holidays);
  const parsedWorkdays = parseDateList(workdays);
  const issueMap = byPath(issues);

  const store = async (change: OverrideChange) => {
    setBusy(true);
    setProblem(null);
    setIssues([]);
    const { json, index } = profileWithOverride(detail.profile, change);
    try {
      const saved = await call('profiles:save', { json: JSON.stringify(json) });
      if (!saved.active) await call('profiles:set-active', { id: saved.id });
      onSaved(change.override?.year ?? year);
    } catch (err) {
      const error = toApiError(err);
      const message = errorText(error.data, lang);
      const found = overrideIssues(issuesOfError(error.data, message), index);
      setIssues(found);
      setProblem(found.length === 0 ? message : null);
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unreadable: PathIssue[] = [
      ...(parsedHolidays.invalid.length > 0
        ? [
            {
              path: 'override.holidays',
              message: t('settings.calendar.unreadable', { tokens: parsedHolidays.invalid.join('、') }),
            },
          ]
        : []),
      ...(parsedWorkdays.invalid.length > 0
        ? [
            {
              path: 'override.workdays',
              message: t('settings.calendar.unreadable', { tokens: parsedWorkdays.invalid.join('、') }),
            },
          ]
        : []),
    ];
    if (unreadable.length > 0) {
      setIssues(unreadable);
      return;
    }
    const override: ProfileCalendarOverride = {
      year: Number(yearText),
      holidays: parsedHolidays.dates,
      workdays: parsedWorkdays.dates,
      source: source.trim() === '' ? null : source.trim(),
    };
    void store({ replaces: existing ? year : null, override, copy: bundled ? copy : null });
  };

  const dateField = (
    name: 'holidays' | 'workdays',
    value: string,
    parsed: ReturnType<typeof parseDateList>,
    onChange: (v: string) => void,
  ) => (
    <label className="form-field">
      <span>{t(`settings.calendar.${name}`)}</span>
      <textarea
        rows={5}
        {...fieldProps(`override.${name}`, issueMap)}
        data-autofocus={name === 'holidays' || undefined}
        data-testid={`override-${name}`}
        value={value}
        placeholder={t(`settings.calendar.${name}Placeholder`, { year: yearText })}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="form-hint">{t('settings.calendar.parsedCount', { count: parsed.dates.length })}</span>
      {name === 'workdays' && weekdays(parsed.dates).length > 0 ? (
        <span className="form-hint cfg-hint-warning" data-testid="override-weekdays">
          {t('settings.calendar.notWeekend', { dates: weekdays(parsed.dates).join('、') })}
        </span>
      ) : null}
      <FieldError path={`override.${name}`} issues={issueMap} />
    </label>
  );

  return (
    <Modal
      open
      wide
      title={existing ? t('settings.calendar.editTitle', { year }) : t('settings.calendar.addTitle')}
      onClose={onClose}
      busy={busy}
      testId="override-dialog"
    >
      <form className="form" onSubmit={submit} noValidate>
        <p className="form-lead">
          {bundled
            ? t('settings.calendar.formLeadCopy')
            : t('settings.calendar.formLead', { profile: coverage.profile.name })}
        </p>
        {bundled ? (
          <div className="cfg-notice">
            <p>{t('settings.calendar.copyLead', { profile: detail.profile.name })}</p>
            <div className="form-row">
              <label className="form-field">
                <span>{t('settings.profiles.field.id')}</span>
                <input
                  type="text"
                  {...fieldProps('id', issueMap)}
                  value={copy.id}
                  onChange={(event) => setCopy({ ...copy, id: event.target.value })}
                />
                <FieldError path="id" issues={issueMap} />
              </label>
              <label className="form-field">
                <span>{t('settings.profiles.field.name')}</span>
                <input
                  type="text"
                  {...fieldProps('name', issueMap)}
                  value={copy.name}
                  onChange={(event) => setCopy({ ...copy, name: event.target.value })}
                />
                <FieldError path="name" issues={issueMap} />
              </label>
            </div>
          </div>
        ) : null}
        <div className="form-row">
          <label className="form-field cfg-field-year">
            <span>{t('settings.calendar.year')}</span>
            <input
              type="number"
              min={1949}
              max={2200}
              {...fieldProps('override.year', issueMap)}
              data-testid="override-year"
              value={yearText}
              onChange={(event) => setYearText(event.target.value)}
            />
            <FieldError path="override.year" issues={issueMap} />
          </label>
          <label className="form-field form-field-wide">
            <span>{t('settings.calendar.source')}</span>
            <input
              type="text"
              {...fieldProps('override.source', issueMap)}
              data-testid="override-source"
              value={source}
              placeholder={t('settings.calendar.sourcePlaceholder', { year: yearText })}
              onChange={(event) => setSource(event.target.value)}
            />
            <FieldError path="override.source" issues={issueMap} />
          </label>
        </div>
        <div className="form-row">
          {dateField('holidays', holidays, parsedHolidays, setHolidays)}
          {dateField('workdays', workdays, parsedWorkdays, setWorkdays)}
        </div>
        <p className="form-hint">{t('settings.calendar.datesHint')}</p>
        <FieldError path="override" issues={issueMap} />
        {problem ? (
          <p className="inline-error" role="alert">
            {problem}
          </p>
        ) : null}
        {issues.length > 0 ? (
          <p className="inline-error" role="alert" data-testid="override-issues">
            {t('settings.form.issues', { count: issues.length })}
          </p>
        ) : null}
        {issues.some((i) => !FIELDS.includes(i.path)) ? (
          <IssueTable issues={issues.filter((i) => !FIELDS.includes(i.path))} testId="override-other-issues" />
        ) : null}
        <div className="modal-footer">
          {existing ? (
            <button
              type="button"
              className={removing ? 'button button-danger' : 'button'}
              disabled={busy}
              data-testid="override-remove"
              onClick={() =>
                removing
                  ? void store({ replaces: year, override: null, copy: bundled ? copy : null })
                  : setRemoving(true)
              }
            >
              {removing ? t('settings.calendar.removeConfirm', { year }) : t('settings.calendar.remove')}
            </button>
          ) : null}
          <span className="cfg-spacer" />
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="override-save">
            {t(bundled ? 'settings.calendar.saveCopy' : 'settings.calendar.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
