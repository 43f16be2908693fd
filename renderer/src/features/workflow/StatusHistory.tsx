/**
 * An evaluation's sign-offs and status moves. The signatures (submitted, reviewed, finalised:
 * who and when) are the evaluation's own fields as the store keeps them; the moves below come
 * from the audit trail, with the reason given for a return or a reopen.
 */
import type { EvaluationSummary } from '../../../../shared/api/evaluationTypes.ts';
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { statusLabel } from '../cases/enumLabels.ts';
import { formatAt } from './OverturnList.tsx';
import type { StatusMove } from './statusTrail.ts';

interface StatusHistoryProps {
  evaluation: EvaluationSummary;
  moves: readonly StatusMove[];
}

function Signature({ label, by, at }: { label: MessageKey; by: string | null; at: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{by ? `${by}${at ? ` · ${formatAt(at)}` : ''}` : '—'}</dd>
    </>
  );
}

export function StatusHistory({ evaluation: e, moves }: StatusHistoryProps) {
  const { t } = useI18n();
  return (
    <>
      <dl className="signatures" data-testid="signatures">
        <Signature label="workflow.signedReviewer" by={e.reviewer} at={null} />
        <Signature label="workflow.signedSubmit" by={e.submittedBy} at={e.submittedAt} />
        <Signature label="workflow.signedReview" by={e.reviewedBy} at={e.reviewedAt} />
        <Signature label="workflow.signedFinalize" by={e.finalizedBy} at={e.finalizedAt} />
      </dl>
      {moves.length === 0 ? (
        <p className="form-hint">{t('workflow.noHistory')}</p>
      ) : (
        <ol className="timeline" data-testid="status-history">
          {moves.map((m) => (
            <li key={m.id} className="timeline-entry" data-testid="status-history-entry" data-to={m.to}>
              <span className="timeline-when">{formatAt(m.at)}</span>
              <span className="timeline-what">
                {m.action ? t(`workflow.action.${m.action}`) : t('workflow.statusChange')}：
                {m.from ? statusLabel(m.from, t) : '—'} → {statusLabel(m.to, t)}
              </span>
              <span className="timeline-who">{m.actor}</span>
              {m.reason ? (
                <span className="timeline-reason">{t('workflow.reasonText', { reason: m.reason })}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
