/**
 * Editing a region profile. A bundled profile is saved as a copy under a new id; a user profile
 * is updated in place, or copied when its id is changed. The server validates; a refusal lists
 * every issue above the form and at its field. The document order and the calendar overrides are
 * kept as they are (the calendar has its own page; the order is edited in the JSON file).
 */
import { useState, type FormEvent } from 'react';
import type { ProfileDetail, ProfileSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { toApiError } from '../../../api/errors.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { byPath, FieldError, fieldProps, IssueSummary, issuesOfError } from '../common/fieldErrors.tsx';
import type { PathIssue } from '../common/IssueTable.tsx';
import { profilePathLabel } from './pathLabel.ts';
import { copyName, draftOf, profileJsonOf, type ProfileDraft } from './profileDraft.ts';
import { ThresholdFields } from './ThresholdFields.tsx';
import { ValueFields } from './ValueFields.tsx';

interface ProfileFormProps {
  detail: ProfileDetail;
  /** Ids of every stored profile: a copy must not replace another one. */
  takenIds: readonly string[];
  onCancel(): void;
  onSaved(summary: ProfileSummary): void;
}

export function ProfileForm({ detail, takenIds, onCancel, onSaved }: ProfileFormProps) {
  const { t, lang } = useI18n();
  const original = detail.profile;
  const bundled = detail.summary.source === 'bundled';
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    draftOf(original, bundled ? copyName(original, takenIds, t('settings.profiles.copySuffix')) : null),
  );
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issueMap = byPath(issues);
  const set = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const id = draft.id.trim();
    if (id !== original.id && takenIds.includes(id)) {
      setIssues([{ path: 'id', message: t('settings.profiles.idTaken', { id }) }]);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('profiles:save', { json: JSON.stringify(profileJsonOf(draft, original)) });
      onSaved(saved);
    } catch (err) {
      const error = toApiError(err);
      const message = errorText(error.data, lang);
      const found = issuesOfError(error.data, message);
      setIssues(found);
      setProblem(found.length === 0 ? message : null);
      setBusy(false);
    }
  };

  const textField = (name: 'id' | 'name' | 'nameEn' | 'description', hint?: string) => (
    <label className="form-field">
      <span>{t(`settings.profiles.field.${name}`)}</span>
      <input
        type="text"
        {...fieldProps(name, issueMap)}
        data-testid={`profile-${name}`}
        value={draft[name]}
        onChange={(event) => set({ [name]: event.target.value })}
      />
      {hint ? <span className="form-hint">{hint}</span> : null}
      <FieldError path={name} issues={issueMap} />
    </label>
  );

  return (
    <form className="cfg-doc cfg-form" data-testid="profile-form" onSubmit={(event) => void save(event)} noValidate>
      <header className="cfg-doc-head">
        <div className="cfg-doc-title">
          <h2>{t(bundled ? 'settings.profiles.copyTitle' : 'settings.profiles.editTitle', { name: original.name })}</h2>
          <p className="cfg-muted">{t(bundled ? 'settings.profiles.copyLead' : 'settings.profiles.editLead')}</p>
        </div>
        <div className="cfg-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="profile-save">
            {t('settings.profiles.save')}
          </button>
        </div>
      </header>
      <div className="cfg-doc-body">
        <IssueSummary issues={issues} labelOf={(path) => profilePathLabel(t, path)} />
        {problem ? (
          <p className="inline-error" role="alert">
            {problem}
          </p>
        ) : null}
        <section className="cfg-part">
          <h3>{t('settings.profiles.basics')}</h3>
          <div className="form-row">
            {textField('id', t(bundled ? 'settings.profiles.idHintCopy' : 'settings.profiles.idHint'))}
            {textField('name')}
            {textField('nameEn')}
          </div>
          <label className="form-field">
            <span>{t('settings.profiles.field.description')}</span>
            <textarea
              rows={2}
              {...fieldProps('description', issueMap)}
              value={draft.description}
              onChange={(event) => set({ description: event.target.value })}
            />
            <FieldError path="description" issues={issueMap} />
          </label>
        </section>
        <section className="cfg-part">
          <h3>{t('settings.profiles.thresholds')}</h3>
          <p className="form-hint">{t('settings.profiles.thresholdsHint')}</p>
          <ThresholdFields
            rows={draft.hearingThresholds}
            issues={issueMap}
            onChange={(hearingThresholds) => set({ hearingThresholds })}
          />
        </section>
        <section className="cfg-part">
          <h3>{t('settings.profiles.valuesTitle')}</h3>
          <p className="form-hint">{t('settings.profiles.assumedHint')}</p>
          <ValueFields
            values={draft.values}
            issues={issueMap}
            onChange={(key, value) => set({ values: { ...draft.values, [key]: value } })}
          />
        </section>
        <p className="form-hint">{t('settings.profiles.keptAsIs')}</p>
      </div>
    </form>
  );
}
