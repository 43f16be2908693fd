/**
 * Reviewer assignment under the cross-review rule (交叉评查): a reviewer never evaluates a case
 * of their own unit. Reviewers without a unit (法制科 staff, lawyers) may take any case.
 *
 * Load is balanced deterministically in two steps. First a greedy pass: the most constrained
 * cases (fewest eligible reviewers) are placed first, each to the eligible reviewer with the
 * fewest cases so far (ties: the reviewer listed first). Greedy alone can leave reviewers
 * uneven (a unit's cases all land before the next unit's, whose eligible reviewers differ), so
 * the second step moves cases along chains — r gives a case to s, s gives one to t — whenever
 * such a chain takes one case from a reviewer to one with at least two fewer. When no chain is
 * left, no reassignment could lower the busiest reviewer's load.
 */
import { AppError } from '../errors.ts';
import { NO_UNIT } from './scope.ts';

export interface Reviewer {
  id: number;
  name: string;
  /** Home unit; null for reviewers who belong to no evaluated unit. */
  unit: string | null;
}

export interface AssignableCase {
  caseId: number;
  caseNumber: string;
  unit: string | null;
}

export interface Assignment {
  caseId: number;
  reviewerId: number;
}

export interface AssignmentResult {
  assignments: Assignment[];
  load: { reviewerId: number; name: string; unit: string | null; cases: number }[];
}

export function mayReview(reviewer: Reviewer, c: AssignableCase): boolean {
  return reviewer.unit === null || c.unit === null || reviewer.unit !== c.unit;
}

/** Throws CROSS_REVIEW naming the unit (field `reviewerId`) when the pair breaks the rule. */
export function checkAssignment(reviewer: Reviewer, c: AssignableCase): void {
  if (!mayReview(reviewer, c)) {
    throw new AppError('CROSS_REVIEW', {
      detail: `${reviewer.name}（${reviewer.unit}）不得评查本单位案卷 ${c.caseNumber}（${c.unit}）`,
      field: 'reviewerId',
      details: { unit: c.unit, reviewerId: reviewer.id, caseId: c.caseId },
    });
  }
}

/**
 * Assigns every case in `cases`; `existing` are assignments already made (counted in the load,
 * not moved). Fails with CROSS_REVIEW naming every unit whose cases only its own reviewers could take.
 */
export function assignReviewers(
  cases: readonly AssignableCase[],
  reviewers: readonly Reviewer[],
  existing: readonly Assignment[] = [],
): AssignmentResult {
  if (reviewers.length === 0) {
    throw new AppError('VALIDATION', { detail: '没有评查人员，请先添加评查人员', field: 'reviewers' });
  }
  const load = new Map<number, number>(reviewers.map((r) => [r.id, 0]));
  for (const a of existing) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);

  const eligible = new Map<number, Reviewer[]>();
  const blocked = new Set<string>();
  for (const c of cases) {
    const list = reviewers.filter((r) => mayReview(r, c));
    if (list.length === 0) blocked.add(c.unit ?? NO_UNIT);
    eligible.set(c.caseId, list);
  }
  if (blocked.size > 0) {
    const units = [...blocked].sort();
    throw new AppError('CROSS_REVIEW', {
      detail: `单位「${units.join('、')}」的案卷只能由本单位评查人员评查，请增加其他单位或法制机构的评查人员`,
      field: 'reviewers',
      details: { units },
    });
  }

  const order = [...cases].sort(
    (a, b) =>
      eligible.get(a.caseId)!.length - eligible.get(b.caseId)!.length ||
      (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0) ||
      a.caseId - b.caseId,
  );
  const owner = new Map<number, number>();
  for (const c of order) {
    let best: Reviewer | undefined;
    for (const r of eligible.get(c.caseId)!) {
      if (!best || load.get(r.id)! < load.get(best.id)!) best = r;
    }
    load.set(best!.id, load.get(best!.id)! + 1);
    owner.set(c.caseId, best!.id);
  }
  rebalance(order, reviewers, eligible, owner, load);
  return {
    assignments: order.map((c) => ({ caseId: c.caseId, reviewerId: owner.get(c.caseId)! })),
    load: reviewers.map((r) => ({ reviewerId: r.id, name: r.name, unit: r.unit, cases: load.get(r.id)! })),
  };
}

/** Moves cases along augmenting chains until no chain lowers a reviewer by one and raises one two below it. */
function rebalance(
  order: readonly AssignableCase[],
  reviewers: readonly Reviewer[],
  eligible: ReadonlyMap<number, readonly Reviewer[]>,
  owner: Map<number, number>,
  load: Map<number, number>,
): void {
  const rank = new Map(reviewers.map((r, i) => [r.id, i]));
  // Each successful chain lowers the sum of squared loads, so this ends; the cap is a guard.
  for (let guard = 0; guard < order.length * reviewers.length + 1; guard++) {
    const busiest = [...reviewers].sort(
      (a, b) => load.get(b.id)! - load.get(a.id)! || rank.get(a.id)! - rank.get(b.id)!,
    );
    const casesOf = new Map<number, AssignableCase[]>(reviewers.map((r) => [r.id, []]));
    for (const c of order) casesOf.get(owner.get(c.caseId)!)!.push(c);
    let moved = false;
    for (const start of busiest) {
      const top = load.get(start.id)!;
      const via = new Map<number, { from: number; caseId: number }>();
      const queue = [start.id];
      const seen = new Set(queue);
      let end: number | null = null;
      while (queue.length > 0 && end === null) {
        const u = queue.shift()!;
        for (const c of casesOf.get(u)!) {
          for (const s of eligible.get(c.caseId)!) {
            if (seen.has(s.id)) continue;
            seen.add(s.id);
            via.set(s.id, { from: u, caseId: c.caseId });
            if (load.get(s.id)! <= top - 2) {
              end = s.id;
              break;
            }
            queue.push(s.id);
          }
          if (end !== null) break;
        }
      }
      if (end === null) continue;
      for (let r = end; r !== start.id;) {
        const step = via.get(r)!;
        owner.set(step.caseId, r);
        r = step.from;
      }
      load.set(start.id, top - 1);
      load.set(end, load.get(end)! + 1);
      moved = true;
      break;
    }
    if (!moved) return;
  }
}
