/**
 * Confirms one status move of an evaluation (submit, return, review, finalise, reopen): asks
 * who acts and, for return and reopen, why; the server's refusal (items left unreviewed, a
 * status that changed meanwhile) is shown in the dialog, which then stays open.
 */
import { useState, type FormEvent } from 'react';
import type { TransitionResult } from '../../../../shared/api/campaignTypes.ts';
import { TRANSITIONS, type StatusAction } from '../../../../shared/campaigns/status.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { rememberedReviewer, rememberReviewer } from '../checklist/useEvaluation.ts';
import { rememberedSecondReviewer, rememberSecondReviewer } from '../review/secondReviewer.ts';

interface TransitionDialogProps {
  evaluationId: number;
  caseNumber: string;
  action: StatusAction;
  /** Who acts, when the caller knows (the 复核 reviewer during a 复核). */
  actor: string | null;
  onClose(): void;
  onDone(result: TransitionResult): void;
}

/** The 评查人 submits; the later moves are the 复核 reviewer's or the legal office's. */
const byReviewer = (action: StatusAction) => action === 'submit' || action === 'start';

export function TransitionDialog({
  evaluationId,
  caseNumber,
  action,
  actor: given,
  onClose,
  onDone,
}: TransitionDialogProps) {
  const { t } = useI18n();
  const [actor, setActor] = useState(
    () => given ?? (byReviewer(action) ? rememberedReviewer() : rememberedSecondReviewer()),
  );
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const needsReason = TRANSITIONS[action].needsReason;
  const ready = actor.trim() !== '' && (!needsReason || reason.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('evaluations:transition', {
        evaluationId,
        action,
        actor: actor.trim(),
        ...(needsReason ? { reason: reason.trim() } : {}),
      });
      if (byReviewer(action)) rememberReviewer(actor);
      else rememberSecondReviewer(actor);
      onDone(result);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t(`workflow.action.${action}`)} onClose={onClose} busy={busy} testId="transition-dialog">
      <form className="form" onSubmit={(event) => void submit(event)}>
        <p className="form-lead">{t(`workflow.confirm.${action}`, { caseNumber })}</p>
        <label className="form-field">
          <span>{t('workflow.actor')}</span>
          <input
            type="text"
            value={actor}
            required
            autoFocus={actor === ''}
            data-testid="transition-actor"
            onChange={(event) => setActor(event.target.value)}
          />
        </label>
        {needsReason ? (
          <label className="form-field">
            <span>{t('workflow.reason')}</span>
            <textarea
              rows={3}
              value={reason}
              required
              autoFocus={actor !== ''}
              placeholder={t('workflow.reasonPlaceholder')}
              data-testid="transition-reason"
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
        ) : null}
        <DialogActions
          error={error}
          errorTestId="transition-error"
          busy={busy}
          onCancel={onClose}
          confirmLabel={t(`workflow.action.${action}`)}
          confirmTestId="transition-confirm"
          confirmDisabled={!ready}
        />
      </form>
    </Modal>
  );
}
