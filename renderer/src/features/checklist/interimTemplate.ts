/**
 * INTERIM built-in checklist, only so the desk can be used end to end before the standards
 * work lands. It is not a real standard: the real templates are data in resources/checklists/
 * scored by shared/scoring, and they replace this file and ChecklistPane's internals.
 */
import type { MessageKey } from '../../../../shared/i18n/index.ts';

export interface InterimItem {
  id: string;
  label: MessageKey;
  /** Deduction choices in points, besides "no deduction" and "not applicable". */
  deductions: readonly number[];
}

export const INTERIM_ITEMS: readonly InterimItem[] = [
  { id: 'filing', label: 'checklist.items.filing', deductions: [2, 5] },
  { id: 'officers', label: 'checklist.items.officers', deductions: [5, 10] },
  { id: 'evidence', label: 'checklist.items.evidence', deductions: [5, 10, 20] },
  { id: 'notice', label: 'checklist.items.notice', deductions: [10, 20] },
  { id: 'legalReview', label: 'checklist.items.legalReview', deductions: [5, 10] },
  { id: 'decision', label: 'checklist.items.decision', deductions: [2, 5, 10] },
  { id: 'delivery', label: 'checklist.items.delivery', deductions: [2, 5] },
];

export const FULL_SCORE = 100;

/** 'ok' = no deduction, 'na' = not applicable, a number = points deducted. */
export type ItemChoice = 'ok' | 'na' | number;

export interface ItemDraft {
  choice: ItemChoice | null;
  note: string;
  citations: { documentId: number; pageNo: number; quote?: string }[];
}

export interface CaseDraft {
  items: Record<string, ItemDraft>;
  savedAt: string | null;
}

export const EMPTY_ITEM: ItemDraft = { choice: null, note: '', citations: [] };

export function scoreOf(draft: CaseDraft | undefined): number {
  if (!draft) return FULL_SCORE;
  let deducted = 0;
  for (const item of Object.values(draft.items)) if (typeof item.choice === 'number') deducted += item.choice;
  return Math.max(0, FULL_SCORE - deducted);
}
