/** Asks before an action that cannot be taken back; a refusal from the server is shown in place. */
import { useState } from 'react';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onClose(): void;
  onConfirm(): Promise<void>;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  onClose,
  onConfirm,
}: ConfirmDialogProps) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onClose={onClose} busy={busy} testId="confirm-dialog">
      <p className="form-lead">{message}</p>
      {error ? (
        <p className="inline-error" role="alert">
          {errorText(error.data, lang)}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          disabled={busy}
          data-testid="confirm-ok"
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
