/**
 * The 复核 reviewer's pending changes as `evaluations:review-change` takes them: each changed
 * entry with its result after review (null: back to unreviewed / veto not hit) and its reason.
 */
import type { OperationInput } from '../../../../shared/api/contract.ts';
import type { ItemEdit } from '../checklist/useEvaluation.ts';

export interface ReviewDraft {
  edit: ItemEdit;
  reason: string;
}

export type ReviewChangeInput = OperationInput<'evaluations:review-change'>['changes'][number];

const decision = (e: ItemEdit) => JSON.stringify([e.status, e.deductions, e.awards, e.note ?? '']);

/** True when the edit says the same as the stored result (the draft can be dropped). */
export function sameAsStored(edit: ItemEdit, stored: ItemEdit): boolean {
  return decision(edit) === decision(stored);
}

export function toChange(id: string, draft: ReviewDraft, isVeto: boolean): ReviewChangeInput {
  const { edit } = draft;
  const reason = draft.reason.trim();
  const note = edit.note ?? '';
  if (isVeto) {
    return {
      target: 'veto',
      id,
      result: edit.status === 'hit' || edit.status === 'clear' ? { hit: edit.status === 'hit', note } : null,
      reason,
    };
  }
  if (edit.status === 'unreviewed' || edit.status === 'hit' || edit.status === 'clear') {
    return { target: 'item', id, result: null, reason };
  }
  return {
    target: 'item',
    id,
    result: { status: edit.status, deductions: edit.deductions, awards: edit.awards, note },
    reason,
  };
}
