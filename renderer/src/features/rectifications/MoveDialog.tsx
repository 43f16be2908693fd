/**
 * Asks what one move of an item needs: the legal-office approver (approve, reject), the reason
 * (reject, discard: required), the date of the move (default today). Refusals show in place.
 */
import { useState, type FormEvent } from 'react';
import type { RectificationView } from '../../../../shared/api/rectificationTypes.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { useReviewers } from '../campaigns/useCampaignData.ts';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';

export type MoveKind = 'start' | 'complete' | 'approve' | 'reject' | 'discard';

interface MoveDialogProps {
  item: RectificationView;
  move: MoveKind;
  onClose(): void;
  onDone(): void;
}

export function MoveDialog({ item, move, onClose, onDone }: MoveDialogProps) {
  const { t } = useI18n();
  const reviewers = useReviewers();
  const approvers = (reviewers.data ?? []).filter((r) => r.affiliation === 'legal_office' && r.active);
  const needsApprover = move === 'approve' || move === 'reject';
  const needsReason = move === 'reject' || move === 'discard';
  const [approverId, setApproverId] = useState('');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const chosenApprover = approverId || (approvers.length === 1 ? String(approvers[0]!.id) : '');
  const ready = (!needsApprover || chosenApprover !== '') && (!needsReason || reason.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const actor = rememberedReviewer().trim();
    const actorField = actor ? { actor } : {};
    try {
      if (move === 'discard') {
        await call('rectifications:discard', { id: item.id, reason: reason.trim(), ...actorField });
      } else {
        const approver = approvers.find((r) => String(r.id) === chosenApprover);
        await call('rectifications:move', {
          id: item.id,
          action: move,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(needsApprover ? { approverId: Number(chosenApprover) } : {}),
          ...(on ? { on } : {}),
          ...(approver ? { actor: approver.name } : actorField),
        });
      }
      onDone();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal open title={t(`rectifications.move.${move}`)} onClose={onClose} busy={busy} testId="move-dialog">
      <form className="form" onSubmit={(event) => void submit(event)}>
        <p className="form-lead">
          {item.caseNumber} · {item.itemId} {item.itemName}
        </p>
        {needsApprover ? (
          <label className="form-field">
            <span>{t('rectifications.approver')}</span>
            <select value={chosenApprover} data-testid="move-approver" onChange={(e) => setApproverId(e.target.value)}>
              <option value="">{t('rectifications.chooseApprover')}</option>
              {approvers.map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {r.name}
                  {r.title ? `（${r.title}）` : ''}
                </option>
              ))}
            </select>
            {reviewers.data && approvers.length === 0 ? (
              <span className="form-error">{t('rectifications.noApprovers')}</span>
            ) : null}
          </label>
        ) : null}
        {move === 'complete' || move === 'start' ? (
          <label className="form-field form-field-narrow">
            <span>{move === 'complete' ? t('rectifications.reportedOn') : t('rectifications.startedOn')}</span>
            <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
            <span className="form-hint">{t('rectifications.dateDefault')}</span>
          </label>
        ) : null}
        {move !== 'start' && move !== 'complete' ? (
          <label className="form-field">
            <span>{needsReason ? t('rectifications.reasonRequired') : t('rectifications.opinion')}</span>
            <textarea rows={3} value={reason} data-testid="move-reason" onChange={(e) => setReason(e.target.value)} />
          </label>
        ) : null}
        <DialogActions
          error={error}
          errorTestId="move-error"
          busy={busy}
          onCancel={onClose}
          confirmLabel={t(`rectifications.move.${move}`)}
          confirmTestId="move-confirm"
          confirmDisabled={!ready}
        />
      </form>
    </Modal>
  );
}
