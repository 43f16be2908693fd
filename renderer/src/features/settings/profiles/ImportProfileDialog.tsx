/**
 * 导入地区配置: pick or drop a profile JSON file; before saving, say whether it adds a profile,
 * replaces a user profile of the same id, or would be refused (a bundled id). The server's
 * validation errors come back by JSON path.
 */
import { useState } from 'react';
import type { ProfileSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { toApiError } from '../../../api/errors.ts';
import { Modal } from '../../../components/Modal.tsx';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { issuesOfError } from '../common/fieldErrors.tsx';
import { IssueTable, type PathIssue } from '../common/IssueTable.tsx';
import { JsonFilePicker, type PickedJson } from '../common/JsonFilePicker.tsx';

interface ImportProfileDialogProps {
  profiles: readonly ProfileSummary[];
  onClose(): void;
  onImported(summary: ProfileSummary): void;
}

/** The id and name the file declares, when it is a JSON object that has them. */
function declared(text: string): { id: string; name: string } | null {
  try {
    const value = JSON.parse(text) as { id?: unknown; name?: unknown } | null;
    if (value && typeof value.id === 'string')
      return { id: value.id, name: typeof value.name === 'string' ? value.name : '' };
  } catch {
    // Not JSON: the server says so, with the position.
  }
  return null;
}

export function ImportProfileDialog({ profiles, onClose, onImported }: ImportProfileDialogProps) {
  const { t, lang } = useI18n();
  const [file, setFile] = useState<PickedJson | null>(null);
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = file ? declared(file.text) : null;
  const existing = target ? profiles.find((p) => p.id === target.id) : undefined;

  const save = async () => {
    if (!file) return;
    setBusy(true);
    setIssues([]);
    setProblem(null);
    try {
      onImported(await call('profiles:save', { json: file.text }));
    } catch (err) {
      const error = toApiError(err);
      const message = errorText(error.data, lang);
      const found = issuesOfError(error.data, message);
      setIssues(found);
      setProblem(t('settings.profiles.importFailed', { name: file.name, message }));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      wide
      title={t('settings.profiles.importTitle')}
      onClose={onClose}
      busy={busy}
      testId="profile-import-dialog"
    >
      <p className="form-lead">{t('settings.profiles.importLead')}</p>
      <JsonFilePicker
        disabled={busy}
        testId="profile-import"
        onPicked={(picked) => {
          setFile(picked);
          setIssues([]);
          setProblem(null);
        }}
        onError={(message) => {
          setFile(null);
          setProblem(message);
        }}
      />
      {file ? <p className="cfg-muted">{t('settings.file.chosen', { name: file.name })}</p> : null}
      {target ? (
        <p
          className={existing?.source === 'bundled' ? 'inline-error' : 'cfg-notice'}
          data-testid="profile-import-preview"
        >
          {existing === undefined
            ? t('settings.profiles.importNew', { id: target.id, name: target.name })
            : existing.source === 'bundled'
              ? t('settings.profiles.importBundled', { name: file?.name ?? '', id: target.id })
              : t('settings.profiles.importReplace', { id: target.id, name: existing.name })}
        </p>
      ) : null}
      {problem && issues.length === 0 ? (
        <p className="inline-error" role="alert" data-testid="profile-import-problem">
          {problem}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <>
          <p className="inline-error" role="alert" data-testid="profile-import-invalid">
            {t('settings.profiles.importInvalid', { name: file?.name ?? '', count: issues.length })}
          </p>
          <IssueTable issues={issues} testId="profile-import-errors" />
        </>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!file || busy || existing?.source === 'bundled'}
          data-testid="profile-import-confirm"
          onClick={() => void save()}
        >
          {t('settings.profiles.importConfirm')}
        </button>
      </div>
    </Modal>
  );
}
