/**
 * The bottom of a form dialog: the refusal of the last attempt (in the user's language) and
 * the 取消 / confirm pair. The confirm button submits the surrounding <form> unless an onConfirm
 * is given; both are disabled while the request runs.
 */
import { errorText } from '../../../shared/i18n/labels.ts';
import type { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/i18nContext.ts';

interface DialogActionsProps {
  error: ApiError | null;
  /** data-testid of the error line. */
  errorTestId?: string;
  busy: boolean;
  onCancel(): void;
  confirmLabel: string;
  confirmTestId: string;
  /** Disabled for a reason other than busy (an incomplete form). */
  confirmDisabled?: boolean;
  /** Without it the confirm button is the form's submit button. */
  onConfirm?: () => void;
  danger?: boolean;
}

export function DialogActions({
  error,
  errorTestId,
  busy,
  onCancel,
  confirmLabel,
  confirmTestId,
  confirmDisabled = false,
  onConfirm,
  danger = false,
}: DialogActionsProps) {
  const { t, lang } = useI18n();
  return (
    <>
      {error ? (
        <p className="inline-error" role="alert" data-testid={errorTestId}>
          {errorText(error.data, lang)}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('app.cancel')}
        </button>
        <button
          type={onConfirm ? 'button' : 'submit'}
          className={danger ? 'button button-danger' : 'button button-primary'}
          disabled={busy || confirmDisabled}
          data-testid={confirmTestId}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
