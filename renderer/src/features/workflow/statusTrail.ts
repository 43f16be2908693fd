/**
 * An evaluation's status moves, read from its audit trail: every `status` entry the store
 * writes (transitions, and the automatic start on the first edit), however many other entries
 * the evaluation has collected — the trail is read to its end, not just its newest page.
 */
import type { AuditEntry } from '../../../../shared/api/evaluationTypes.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { STATUS_ACTIONS, type StatusAction } from '../../../../shared/campaigns/status.ts';
import { call } from '../../api/client.ts';

export interface StatusMove {
  id: number;
  at: string;
  actor: string;
  from: EvaluationStatus | null;
  to: EvaluationStatus;
  action: StatusAction | null;
  reason: string | null;
}

const PAGE = 1000;

const isStatus = (v: unknown): v is EvaluationStatus =>
  typeof v === 'string' && (EVALUATION_STATUSES as readonly string[]).includes(v);
const isAction = (v: unknown): v is StatusAction =>
  typeof v === 'string' && (STATUS_ACTIONS as readonly string[]).includes(v);
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The status entries among audit entries, newest first as given. */
export function statusMoves(entries: readonly AuditEntry[]): StatusMove[] {
  const moves: StatusMove[] = [];
  for (const e of entries) {
    if (e.action !== 'status') continue;
    const before = record(e.before);
    const after = record(e.after);
    if (!isStatus(after.status)) continue;
    const from = isStatus(before.status) ? before.status : null;
    // The first edit starts an evaluation by itself; its entry names no action.
    const action = isAction(after.action)
      ? after.action
      : from === 'not_started' && after.status === 'in_progress'
        ? 'start'
        : null;
    moves.push({
      id: e.id,
      at: e.at,
      actor: e.actor,
      from,
      to: after.status,
      action,
      reason: typeof after.reason === 'string' && after.reason.trim() ? after.reason : null,
    });
  }
  return moves;
}

/** Every status move of the evaluation, newest first. */
export async function loadStatusMoves(evaluationId: number, signal: AbortSignal): Promise<StatusMove[]> {
  const moves: StatusMove[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await call('evaluations:history', { evaluationId, limit: PAGE, offset }, { signal });
    moves.push(...statusMoves(page));
    if (page.length < PAGE) return moves;
  }
}
