/**
 * One drawn case's evaluation in a campaign: its reviewer (reassigned here; a reviewer of the
 * case's own unit is refused and the refusal shown in place), its status with the moves it
 * allows (submit, return, review, finalise, reopen), its 复核 overturns and its status history;
 * and the way to the desk to read and score it.
 */
import { useState } from 'react';
import type { CampaignCaseRow, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { gradeLabel, procedureLabel } from '../cases/enumLabels.ts';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';
import { OverturnList } from '../workflow/OverturnList.tsx';
import { StatusBadge } from '../workflow/StatusBadge.tsx';
import { StatusHistory } from '../workflow/StatusHistory.tsx';
import { WorkflowActions } from '../workflow/WorkflowActions.tsx';
import { loadStatusMoves } from '../workflow/statusTrail.ts';

interface EvaluationDialogProps {
  campaignId: number;
  row: CampaignCaseRow;
  reviewers: readonly ReviewerView[];
  onChanged(): void;
  onOpenOnDesk(row: CampaignCaseRow): void;
  onClose(): void;
}

export function EvaluationDialog({
  campaignId,
  row,
  reviewers,
  onChanged,
  onOpenOnDesk,
  onClose,
}: EvaluationDialogProps) {
  const { t, lang, formatNumber } = useI18n();
  const [status, setStatus] = useState<EvaluationStatus>(row.status);
  const [reviewerId, setReviewerId] = useState(row.reviewerId === null ? '' : String(row.reviewerId));
  const [assigned, setAssigned] = useState(row.reviewerId);
  const [assignError, setAssignError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const overturns = useLoad(`overturns:${row.evaluationId}:${round}`, (signal) =>
    call('evaluations:overturns', { evaluationId: row.evaluationId }, { signal }),
  );
  const history = useLoad(`history:${row.evaluationId}:${round}`, async (signal) => {
    const [opened, moves] = await Promise.all([
      call('evaluations:open', { evaluationId: row.evaluationId }, { signal }),
      loadStatusMoves(row.evaluationId, signal),
    ]);
    return { evaluation: opened.evaluation, moves };
  });

  const assign = async () => {
    setAssignError(null);
    const next = reviewerId === '' ? null : Number(reviewerId);
    try {
      const actor = rememberedReviewer().trim();
      await call('campaigns:assign', {
        mode: 'set',
        campaignId,
        caseId: row.caseId,
        reviewerId: next,
        ...(actor ? { actor } : {}),
      });
      setAssigned(next);
      onChanged();
    } catch (err) {
      setAssignError(toApiError(err));
    }
  };

  const active = reviewers.filter((r) => r.active || r.id === row.reviewerId);
  return (
    <Modal open wide title={row.caseNumber} onClose={onClose} testId="evaluation-dialog">
      <div className="evaluation-head">
        <StatusBadge status={status} />
        <span>{row.unit ?? t('campaigns.noUnit')}</span>
        <span>{procedureLabel(row.procedure, t)}</span>
        <span>{[row.partyName, row.cause].filter(Boolean).join(' · ')}</span>
        {row.status === 'not_started' || row.total === null ? null : (
          <span className="evaluation-score">
            {t('checklist.totalValue', { score: formatNumber(row.total) })} {gradeLabel(row.grade, t)}
          </span>
        )}
        <button type="button" className="button" data-testid="evaluation-open-desk" onClick={() => onOpenOnDesk(row)}>
          {t('campaignCases.openOnDesk')}
        </button>
      </div>

      <section className="dialog-section">
        <h3 className="section-title">{t('campaignCases.assignment')}</h3>
        <div className="inline-form">
          <select
            aria-label={t('campaignCases.reviewer')}
            value={reviewerId}
            data-testid="assign-reviewer"
            onChange={(event) => {
              setReviewerId(event.target.value);
              setAssignError(null);
            }}
          >
            <option value="">{t('cases.unassigned')}</option>
            {active.map((r) => (
              <option key={r.id} value={String(r.id)}>
                {r.unit ? `${r.name}（${r.unit}）` : `${r.name}（${t(`reviewers.affiliation.${r.affiliation}`)}）`}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={reviewerId === (assigned === null ? '' : String(assigned))}
            data-testid="assign-save"
            onClick={() => void assign()}
          >
            {t('campaignCases.assign')}
          </button>
        </div>
        {assignError ? (
          <p className="inline-error" role="alert" data-testid="assign-error">
            {errorText(assignError.data, lang)}
          </p>
        ) : null}
      </section>

      <section className="dialog-section">
        <h3 className="section-title">{t('workflow.title')}</h3>
        <WorkflowActions
          evaluationId={row.evaluationId}
          caseNumber={row.caseNumber}
          status={status}
          onDone={(result) => {
            setStatus(result.to);
            setRound((r) => r + 1);
            onChanged();
          }}
        />
      </section>

      <section className="dialog-section">
        <h3 className="section-title">{t('workflow.overturns')}</h3>
        {overturns.error ? (
          <p className="inline-error">{errorText(overturns.error.data, lang)}</p>
        ) : (
          <OverturnList overturns={overturns.data?.rows ?? []} />
        )}
      </section>

      <section className="dialog-section">
        <h3 className="section-title">{t('workflow.history')}</h3>
        {history.error ? (
          <p className="inline-error">{errorText(history.error.data, lang)}</p>
        ) : history.data ? (
          <StatusHistory evaluation={history.data.evaluation} moves={history.data.moves} />
        ) : (
          <p className="form-hint">{t('app.loading')}</p>
        )}
      </section>
    </Modal>
  );
}
