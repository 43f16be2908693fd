/**
 * 复核 (second-level review): the reviewer's changes to an evaluation, each recorded as an
 * overturn — which item, its result before and after, who changed it and why — so that a
 * report can say how many first-level decisions were reversed and a unit can see the reason.
 * A "change" that leaves the result as it was is not an overturn and is dropped.
 */
import { AppError } from '../errors.ts';
import type { ItemResult, VetoResult } from '../scoring/types.ts';
import { canonicalJson } from './canonical.ts';

export type ReviewTarget = 'item' | 'veto';

export interface ReviewChange {
  target: ReviewTarget;
  id: string;
  /** The result after review; null clears it (an item back to unreviewed, a veto to not hit). */
  result: ItemResult | VetoResult | null;
  reason: string;
}

export interface Overturn {
  target: ReviewTarget;
  itemId: string;
  before: ItemResult | VetoResult | null;
  after: ItemResult | VetoResult | null;
  reviewer: string;
  reason: string;
}

export interface CurrentResults {
  items: Readonly<Record<string, ItemResult>>;
  vetoes: Readonly<Record<string, VetoResult>>;
}

/**
 * Only what decides the score: notes may be reworded without overturning anything, and a
 * missing result means what the engine takes it to mean (unreviewed item, veto not hit).
 */
function decisive(target: ReviewTarget, result: ItemResult | VetoResult | null): string {
  if (target === 'veto') return canonicalJson({ hit: result !== null && 'hit' in result && result.hit });
  const item = result !== null && 'status' in result ? result : null;
  return canonicalJson({
    status: item?.status ?? 'unreviewed',
    deductions: item?.deductions ?? [],
    awards: item?.awards ?? [],
  });
}

export function computeOverturns(
  current: CurrentResults,
  changes: readonly ReviewChange[],
  reviewer: string,
  known: { items: ReadonlySet<string>; vetoes: ReadonlySet<string> },
): Overturn[] {
  const who = reviewer.trim();
  if (!who) throw new AppError('VALIDATION', { detail: '复核人不能为空', field: 'reviewer' });
  const seen = new Set<string>();
  const overturns: Overturn[] = [];
  changes.forEach((change, i) => {
    const field = `changes[${i}]`;
    const ids = change.target === 'item' ? known.items : known.vetoes;
    if (!ids.has(change.id)) {
      throw new AppError('VALIDATION', {
        detail: `评查标准中没有 ${change.target} ${change.id}`,
        field: `${field}.id`,
      });
    }
    const key = `${change.target}:${change.id}`;
    if (seen.has(key)) throw new AppError('VALIDATION', { detail: `${change.id} 重复`, field: `${field}.id` });
    seen.add(key);
    if (!change.reason.trim()) {
      throw new AppError('VALIDATION', { detail: `${change.id} 的改判须说明理由`, field: `${field}.reason` });
    }
    const before = (change.target === 'item' ? current.items[change.id] : current.vetoes[change.id]) ?? null;
    if (decisive(change.target, before) === decisive(change.target, change.result)) return;
    overturns.push({
      target: change.target,
      itemId: change.id,
      before,
      after: change.result,
      reviewer: who,
      reason: change.reason.trim(),
    });
  });
  return overturns;
}
