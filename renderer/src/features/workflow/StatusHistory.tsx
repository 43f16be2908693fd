/** An evaluation's status changes from its audit log: when, who, from → to, and the reason given. */
import type { AuditEntry } from '../../../../shared/api/evaluationTypes.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { STATUS_ACTIONS, type StatusAction } from '../../../../shared/campaigns/status.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { statusLabel } from '../cases/enumLabels.ts';

interface StatusChange {
  id: number;
  at: string;
  actor: string;
  from: EvaluationStatus | null;
  to: EvaluationStatus;
  action: StatusAction | null;
  reason: string | null;
}

const isStatus = (v: unknown): v is EvaluationStatus =>
  typeof v === 'string' && (EVALUATION_STATUSES as readonly string[]).includes(v);
const isAction = (v: unknown): v is StatusAction =>
  typeof v === 'string' && (STATUS_ACTIONS as readonly string[]).includes(v);

/** The entries that moved the status (the store writes `after.status` on each). */
export function statusChanges(entries: readonly AuditEntry[]): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const e of entries) {
    const after = (e.after ?? {}) as Record<string, unknown>;
    const before = (e.before ?? {}) as Record<string, unknown>;
    if (!isStatus(after.status) || after.status === before.status) continue;
    changes.push({
      id: e.id,
      at: e.at,
      actor: e.actor,
      from: isStatus(before.status) ? before.status : null,
      to: after.status,
      action: isAction(after.action) ? after.action : null,
      reason: typeof after.reason === 'string' ? after.reason : null,
    });
  }
  return changes;
}

export function StatusHistory({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useI18n();
  const changes = statusChanges(entries);
  if (changes.length === 0) return <p className="form-hint">{t('workflow.noHistory')}</p>;
  return (
    <ol className="timeline" data-testid="status-history">
      {changes.map((c) => (
        <li key={c.id} className="timeline-entry" data-testid="status-history-entry" data-to={c.to}>
          <span className="timeline-when">{c.at.replace('T', ' ').slice(0, 16)}</span>
          <span className="timeline-what">
            {c.action ? t(`workflow.action.${c.action}`) : t('workflow.statusChange')}：
            {c.from ? statusLabel(c.from, t) : '—'} → {statusLabel(c.to, t)}
          </span>
          <span className="timeline-who">{c.actor}</span>
          {c.reason ? <span className="timeline-reason">{t('workflow.reasonText', { reason: c.reason })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
