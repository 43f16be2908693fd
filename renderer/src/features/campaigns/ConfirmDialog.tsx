/** Asks before an action that cannot be taken back; a refusal from the server is shown in place. */
import { useState } from 'react';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';

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
      <DialogActions
        error={error}
        busy={busy}
        onCancel={onClose}
        confirmLabel={confirmLabel}
        confirmTestId="confirm-ok"
        onConfirm={() => void confirm()}
        danger={danger}
      />
    </Modal>
  );
}
