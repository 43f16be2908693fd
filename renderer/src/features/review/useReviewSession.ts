/**
 * A 复核 in progress on the desk: who is reviewing, the entries they changed (kept here, not
 * autosaved, because every change needs a reason), and sending them in one
 * `evaluations:review-change`, where each changed decision becomes a recorded overturn.
 *
 * Only a submitted or reviewed evaluation can be under 复核; the session ends by itself when the
 * evaluation moves on (returned, finalised) or another one opens, and it belongs to one
 * submission: after a return or reopen and a new submit, the 复核 is started afresh.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ReviewChangeResult } from '../../../../shared/api/campaignTypes.ts';
import type { EvaluationSummary } from '../../../../shared/api/evaluationTypes.ts';
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import type { AppErrorData } from '../../../../shared/errors.ts';
import { call } from '../../api/client.ts';
import { EMPTY_EDIT } from '../checklist/ChecklistItem.tsx';
import { errorDataOf } from '../checklist/errorText.ts';
import type { ItemEdit } from '../checklist/useEvaluation.ts';
import { sameAsStored, toChange, type ReviewDraft } from './reviewChanges.ts';
import { rememberSecondReviewer } from './secondReviewer.ts';

export const REVIEWABLE: readonly EvaluationStatus[] = ['submitted', 'reviewed'];

export interface ReviewSession {
  /** The 复核 reviewer while a 复核 is in progress; null otherwise. */
  reviewer: string | null;
  drafts: ReadonlyMap<string, ReviewDraft>;
  /** Every change has its reason. */
  ready: boolean;
  busy: boolean;
  error: AppErrorData | null;
}

export interface ReviewActions {
  start(reviewer: string): void;
  stop(): void;
  edit(itemId: string, edit: ItemEdit): void;
  setReason(itemId: string, reason: string): void;
  revert(itemId: string): void;
  /** Sends the changes; resolves true when they are stored. */
  apply(): Promise<boolean>;
}

interface SessionState {
  evaluationId: number;
  /** The submission under review (a new submit sets a new time). */
  submittedAt: string | null;
  reviewer: string;
  drafts: ReadonlyMap<string, ReviewDraft>;
}

const NO_DRAFTS: ReadonlyMap<string, ReviewDraft> = new Map();

export function useReviewSession(
  evaluation: EvaluationSummary | null,
  stored: ReadonlyMap<string, ItemEdit>,
  vetoIds: ReadonlySet<string>,
  onApplied: (result: ReviewChangeResult) => void,
): [ReviewSession, ReviewActions] {
  const [session, setSession] = useState<SessionState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const evaluationId = evaluation?.id ?? null;
  const submittedAt = evaluation?.submittedAt ?? null;
  const active =
    session !== null &&
    evaluation !== null &&
    session.evaluationId === evaluation.id &&
    session.submittedAt === evaluation.submittedAt &&
    REVIEWABLE.includes(evaluation.status)
      ? session
      : null;

  const start = useCallback(
    (reviewer: string) => {
      if (evaluationId === null || !reviewer.trim()) return;
      rememberSecondReviewer(reviewer);
      setError(null);
      setSession({ evaluationId, submittedAt, reviewer: reviewer.trim(), drafts: NO_DRAFTS });
    },
    [evaluationId, submittedAt],
  );
  const stop = useCallback(() => {
    setError(null);
    setSession(null);
  }, []);

  const edit = useCallback(
    (itemId: string, next: ItemEdit) =>
      setSession((s) => {
        if (!s) return s;
        const drafts = new Map(s.drafts);
        if (sameAsStored(next, stored.get(itemId) ?? EMPTY_EDIT)) drafts.delete(itemId);
        else drafts.set(itemId, { edit: next, reason: s.drafts.get(itemId)?.reason ?? '' });
        return { ...s, drafts };
      }),
    [stored],
  );
  const setReason = useCallback(
    (itemId: string, reason: string) =>
      setSession((s) => {
        const draft = s?.drafts.get(itemId);
        if (!s || !draft) return s;
        return { ...s, drafts: new Map(s.drafts).set(itemId, { ...draft, reason }) };
      }),
    [],
  );
  const revert = useCallback(
    (itemId: string) =>
      setSession((s) => {
        if (!s) return s;
        const drafts = new Map(s.drafts);
        drafts.delete(itemId);
        return { ...s, drafts };
      }),
    [],
  );

  const drafts = active?.drafts ?? NO_DRAFTS;
  const ready = drafts.size > 0 && [...drafts.values()].every((d) => d.reason.trim() !== '');

  const apply = useCallback(async () => {
    if (!active || !ready) return false;
    setBusy(true);
    setError(null);
    try {
      const result = await call('evaluations:review-change', {
        evaluationId: active.evaluationId,
        actor: active.reviewer,
        changes: [...active.drafts].map(([id, draft]) => toChange(id, draft, vetoIds.has(id))),
      });
      setSession((s) => (s ? { ...s, drafts: NO_DRAFTS } : s));
      onApplied(result);
      return true;
    } catch (err) {
      setError(errorDataOf(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, [active, ready, vetoIds, onApplied]);

  const state = useMemo<ReviewSession>(
    () => ({ reviewer: active?.reviewer ?? null, drafts, ready, busy, error: active ? error : null }),
    [active, drafts, ready, busy, error],
  );
  return [state, { start, stop, edit, setReason, revert, apply }];
}
