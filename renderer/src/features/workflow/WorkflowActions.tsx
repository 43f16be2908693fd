/**
 * The status moves an evaluation allows now, as buttons; each opens the TransitionDialog.
 * `beforeAction` lets the desk store queued checklist edits before a submit.
 */
import { useState } from 'react';
import type { TransitionResult } from '../../../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import { allowedActions, type StatusAction } from '../../../../shared/campaigns/status.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { TransitionDialog } from './TransitionDialog.tsx';

interface WorkflowActionsProps {
  evaluationId: number;
  caseNumber: string;
  status: EvaluationStatus;
  /** Who acts, when known (the 复核 reviewer during a 复核); else the dialog suggests a name. */
  actor?: string | null;
  /** Resolves false to cancel (e.g. queued edits could not be stored). */
  beforeAction?(): Promise<boolean>;
  onDone(result: TransitionResult): void;
}

/** `start` happens by itself on the first edit; the buttons offer the sign-off moves. */
const SHOWN: readonly StatusAction[] = ['submit', 'return', 'review', 'finalize', 'reopen'];

export function WorkflowActions({
  evaluationId,
  caseNumber,
  status,
  actor = null,
  beforeAction,
  onDone,
}: WorkflowActionsProps) {
  const { t } = useI18n();
  const [action, setAction] = useState<StatusAction | null>(null);
  const actions = allowedActions(status).filter((a) => SHOWN.includes(a));
  const open = async (next: StatusAction) => {
    if (beforeAction && !(await beforeAction())) return;
    setAction(next);
  };
  return (
    <div className="workflow-actions" role="group" aria-label={t('workflow.actions')}>
      {actions.length === 0 ? <span className="form-hint">{t('workflow.noActions')}</span> : null}
      {actions.map((a) => (
        <button
          key={a}
          type="button"
          className={a === 'return' || a === 'reopen' ? 'button' : 'button button-primary'}
          data-testid={`workflow-${a}`}
          onClick={() => void open(a)}
        >
          {t(`workflow.action.${a}`)}
        </button>
      ))}
      {action ? (
        <TransitionDialog
          evaluationId={evaluationId}
          caseNumber={caseNumber}
          action={action}
          actor={actor}
          onClose={() => setAction(null)}
          onDone={(result) => {
            setAction(null);
            onDone(result);
          }}
        />
      ) : null}
    </div>
  );
}
