/**
 * 导入评查标准: pick or drop a JSON file; it is validated first (every error with its JSON path,
 * nothing stored), then what it would add is shown, and only then imported.
 */
import { useState } from 'react';
import type { TemplateSummary, TemplateValidation } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { toApiError, type ApiError } from '../../../api/errors.ts';
import { Modal } from '../../../components/Modal.tsx';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { IssueTable } from '../common/IssueTable.tsx';
import { JsonFilePicker, type PickedJson } from '../common/JsonFilePicker.tsx';
import { ImportPreview } from './ImportPreview.tsx';

interface ImportTemplateDialogProps {
  onClose(): void;
  onImported(summary: TemplateSummary): void;
}

export function ImportTemplateDialog({ onClose, onImported }: ImportTemplateDialogProps) {
  const { t, lang, formatNumber } = useI18n();
  const [file, setFile] = useState<PickedJson | null>(null);
  const [validation, setValidation] = useState<TemplateValidation | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setProblem(null);
    try {
      return await work();
    } catch (err) {
      const error: ApiError = toApiError(err);
      setProblem(errorText(error.data, lang));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const validate = async (picked: PickedJson) => {
    setFile(picked);
    setValidation(null);
    setValidation(await run(() => call('templates:validate', { json: picked.text })));
  };
  const importFile = async () => {
    if (!file) return;
    const result = await run(() => call('templates:import', { json: file.text }));
    if (result) {
      onImported(result.summary);
      onClose();
    }
  };
  const importable =
    validation?.ok === true && (validation.outcome === 'new_template' || validation.outcome === 'new_version');

  return (
    <Modal
      open
      wide
      title={t('settings.standards.importTitle')}
      onClose={onClose}
      busy={busy}
      testId="template-import-dialog"
    >
      <p className="form-lead">{t('settings.standards.importLead')}</p>
      <JsonFilePicker
        disabled={busy}
        testId="template-import"
        onPicked={(picked) => void validate(picked)}
        onError={(message) => {
          setFile(null);
          setValidation(null);
          setProblem(message);
        }}
      />
      {file ? <p className="cfg-muted">{t('settings.file.chosen', { name: file.name })}</p> : null}
      {busy && !validation ? <p className="cfg-muted">{t('settings.standards.validating')}</p> : null}
      {problem ? (
        <p className="inline-error" role="alert" data-testid="template-import-problem">
          {problem}
        </p>
      ) : null}
      {validation && !validation.ok ? (
        <section className="cfg-import-errors">
          <p className="inline-error" role="alert" data-testid="template-import-invalid">
            {t('settings.standards.invalid', {
              name: file?.name ?? '',
              count: formatNumber(validation.errors.length),
            })}
          </p>
          <IssueTable issues={validation.errors} testId="template-import-errors" />
        </section>
      ) : null}
      {validation?.ok ? <ImportPreview validation={validation} fileName={file?.name ?? ''} /> : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!importable || busy}
          data-testid="template-import-confirm"
          onClick={() => void importFile()}
        >
          {t('settings.standards.importConfirm')}
        </button>
      </div>
    </Modal>
  );
}
