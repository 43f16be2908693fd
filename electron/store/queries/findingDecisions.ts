/**
 * The reviewer's decisions on automatic findings, and re-running the checks.
 *
 * Accepting a failing finding applies its targets (findingTargets.ts) to the item and veto
 * results and records what it changed in `applied`. Overriding (with a reason) or resetting to
 * pending takes back exactly what this finding applied — unless another accepted finding
 * applied the same option or veto, or the option was already chosen before — and otherwise
 * leaves the items as the reviewer set them. A re-run keeps the decision of every rule whose
 * outcome did not change; a changed outcome takes back what was applied and goes back to pending.
 */
import type {
  AutoTarget,
  DecideFindingResult,
  FindingDecision,
  FindingView,
  ItemResultView,
  RerunChecksResult,
} from '../../../shared/api/evaluationTypes.ts';
import type { RuleId } from '../../../shared/checks/ruleIds.ts';
import { AppError } from '../../../shared/errors.ts';
import type { OptionChoice } from '../../../shared/scoring/index.ts';
import { stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { caseKindOf, evaluationRow, templateOfRow, writeEvaluation, type WriteContext } from './evaluations.ts';
import { autoTargets } from './findingTargets.ts';
import {
  appliedOf,
  caseChecker,
  findingOf,
  findingRow,
  findingRows,
  findingView,
  insertFinding,
  otherAccepted,
  sameOutcome,
  setFindingDecision,
  updateFindingOutcome,
  type AppliedTarget,
  type FindingRow,
} from './findings.ts';
import { itemResult, putItemResult, storedOf } from './itemResults.ts';
import { loadActiveProfile } from './profiles.ts';

const targetKey = (t: AutoTarget): string =>
  t.kind === 'veto' ? `veto:${t.vetoId}` : `item:${t.itemId}:${t.choice.optionId}`;
const targetItemId = (t: AutoTarget): string => (t.kind === 'veto' ? t.vetoId : t.itemId);

/** Writes one result change and its audit entry; returns the new view. */
function changeResult(
  db: Db,
  ctx: WriteContext,
  itemId: string,
  next: Parameters<typeof putItemResult>[3],
  action: string,
  ruleNote: RuleId,
): ItemResultView | null {
  const before = itemResult(db, ctx.row.id, itemId);
  const after = putItemResult(db, ctx.row.id, itemId, next, ctx.actor, ctx.at);
  appendAudit(db, {
    actor: ctx.actor,
    at: ctx.at,
    entity: 'item_result',
    entityId: itemId,
    evaluationId: ctx.row.id,
    action,
    before: storedOf(before),
    after: storedOf(after) === null ? null : { ...storedOf(after), rule: ruleNote },
  });
  return after;
}

/**
 * Targets other accepted findings of the evaluation put in place. A target already in place
 * because of them is shared (taking this finding back leaves it while they stand); one already
 * in place for no accepted finding was the reviewer's own choice and is never taken back.
 */
function heldByOthers(db: Db, evaluationId: number, findingId: number): Set<string> {
  return new Set(
    otherAccepted(db, evaluationId, findingId).flatMap((f) => f.applied.filter((a) => a.added).map(targetKey)),
  );
}

function applyTarget(
  db: Db,
  ctx: WriteContext,
  target: AutoTarget,
  held: Set<string>,
  rule: RuleId,
  changed: Map<string, ItemResultView | null>,
): AppliedTarget {
  const id = targetItemId(target);
  const current = itemResult(db, ctx.row.id, id);
  const prior = storedOf(current);
  const shared = held.has(targetKey(target));
  if (target.kind === 'veto') {
    if (current?.status === 'hit') return { ...target, prior, added: shared };
    changed.set(
      id,
      changeResult(
        db,
        ctx,
        id,
        { kind: 'veto', status: 'hit', choices: [], note: current?.note ?? null },
        'auto-apply',
        rule,
      ),
    );
    return { ...target, prior, added: true };
  }
  const chosen: OptionChoice[] = current?.status === 'deducted' ? [...current.deductions] : [];
  if (chosen.some((c) => c.optionId === target.choice.optionId)) return { ...target, prior, added: shared };
  const next = {
    kind: 'item' as const,
    status: 'deducted',
    choices: [...chosen, target.choice],
    note: current?.note ?? null,
  };
  changed.set(id, changeResult(db, ctx, id, next, 'auto-apply', rule));
  return { ...target, prior, added: true };
}

function revertTarget(
  db: Db,
  ctx: WriteContext,
  applied: AppliedTarget,
  stillHeld: Set<string>,
  rule: RuleId,
  changed: Map<string, ItemResultView | null>,
): void {
  if (!applied.added || stillHeld.has(targetKey(applied))) return;
  const id = targetItemId(applied);
  const current = itemResult(db, ctx.row.id, id);
  if (!current) return;
  const restore = (): Parameters<typeof putItemResult>[3] => {
    // Back to the status before the finding; a note written since stays (a bare
    // unreviewed result without a note is removed by putItemResult).
    const prior = applied.prior;
    const status = !prior || prior.status === 'deducted' || prior.status === 'hit' ? 'unreviewed' : prior.status;
    return { kind: current.kind, status, choices: [], note: current.note };
  };
  if (applied.kind === 'veto') {
    if (current.status === 'hit') changed.set(id, changeResult(db, ctx, id, restore(), 'auto-revert', rule));
    return;
  }
  const optionId = applied.choice.optionId;
  if (current.status !== 'deducted' || !current.deductions.some((c) => c.optionId === optionId)) return;
  const remaining = current.deductions.filter((c) => c.optionId !== optionId);
  const next =
    remaining.length > 0
      ? { kind: current.kind, status: 'deducted', choices: remaining, note: current.note }
      : restore();
  changed.set(id, changeResult(db, ctx, id, next, 'auto-revert', rule));
}

function takeBack(db: Db, ctx: WriteContext, row: FindingRow, changed: Map<string, ItemResultView | null>): void {
  if (row.decision !== 'accepted') return;
  const held = heldByOthers(db, ctx.row.id, row.id);
  for (const applied of appliedOf(row)) revertTarget(db, ctx, applied, held, row.rule, changed);
}

export interface DecideInput {
  evaluationId: number;
  findingId: number;
  decision: FindingDecision;
  reason?: string | null | undefined;
  actor?: string | undefined;
}

export function decideFinding(db: Db, input: DecideInput): DecideFindingResult {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'overridden' && !reason) {
    throw new AppError('VALIDATION', {
      detail: 'reason: 推翻自动核查结论须说明理由 / overriding a finding needs a reason',
      field: 'reason',
    });
  }
  const { value, ...write } = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: true },
    (ctx) => {
      const row = findingRow(db, ctx.row.id, input.findingId);
      const changed = new Map<string, ItemResultView | null>();
      if (row.decision === input.decision && (row.decisionReason ?? null) === reason) {
        return { row, changed };
      }
      takeBack(db, ctx, row, changed);
      let applied: AppliedTarget[] = [];
      if (input.decision === 'accepted') {
        const held = heldByOthers(db, ctx.row.id, row.id);
        applied = autoTargets(ctx.template, findingOf(row), ctx.kind).map((t) =>
          applyTarget(db, ctx, t, held, row.rule, changed),
        );
      }
      const decided = input.decision === 'pending' ? null : { by: ctx.actor, at: ctx.at };
      setFindingDecision(db, row.id, {
        decision: input.decision,
        reason: input.decision === 'pending' ? null : reason,
        by: decided?.by ?? null,
        at: decided?.at ?? null,
        applied: applied.length > 0 ? applied : null,
      });
      appendAudit(db, {
        actor: ctx.actor,
        at: ctx.at,
        entity: 'finding',
        entityId: row.id,
        evaluationId: ctx.row.id,
        action: 'decide',
        before: { rule: row.rule, decision: row.decision, reason: row.decisionReason, decidedBy: row.decidedBy },
        after: {
          rule: row.rule,
          decision: input.decision,
          reason: input.decision === 'pending' ? null : reason,
          applied: applied.filter((a) => a.added).map(({ prior: _p, added: _a, ...t }) => t),
        },
      });
      return { row: findingRow(db, ctx.row.id, row.id), changed };
    },
  );
  return {
    ...write,
    finding: findingViewFor(db, input.evaluationId, value.row.id),
    items: [...value.changed.entries()].map(([itemId, view]) => view ?? removedView(itemId)),
  };
}

/** A result taken back to "no row": reported as unreviewed so the pane can clear it. */
function removedView(itemId: string): ItemResultView {
  return {
    itemId,
    kind: 'item',
    status: 'unreviewed',
    deductions: [],
    awards: [],
    note: null,
    updatedAt: '',
    updatedBy: '',
  };
}

function findingViewFor(db: Db, evaluationId: number, findingId: number): FindingView {
  return findingsViewOf(db, evaluationId).find((f) => f.id === findingId)!;
}

function findingsViewOf(db: Db, evaluationId: number): FindingView[] {
  const row = evaluationRow(db, evaluationId);
  const template = templateOfRow(db, row);
  return findingRows(db, evaluationId).map((f) => findingView(f, template, caseKindOf(row)));
}

/** Re-runs the checks with the active profile as of `today`. */
export function rerunChecks(
  db: Db,
  input: { evaluationId: number; actor?: string | undefined },
  today: string,
): RerunChecksResult {
  const { value, ...write } = writeEvaluation(
    db,
    input.evaluationId,
    { actor: input.actor, reviewerAction: false },
    (ctx) => {
      const profile = loadActiveProfile(db);
      const findings = caseChecker(profile.profile, today)(db, ctx.row.caseId);
      const rows = new Map(findingRows(db, ctx.row.id).map((r) => [r.rule, r]));
      const changed = new Map<string, ItemResultView | null>();
      const changedRules: RuleId[] = [];
      for (const finding of findings) {
        const row = rows.get(finding.rule);
        if (row && sameOutcome(row, finding)) continue;
        changedRules.push(finding.rule);
        if (!row) {
          const id = insertFinding(db, ctx.row.id, finding, ctx.at);
          appendAudit(db, {
            actor: ctx.actor,
            at: ctx.at,
            entity: 'finding',
            entityId: id,
            evaluationId: ctx.row.id,
            action: 'rerun',
            after: { rule: finding.rule, status: finding.status, reason: finding.reasonZh },
          });
          continue;
        }
        takeBack(db, ctx, row, changed);
        updateFindingOutcome(db, row.id, finding, ctx.at);
        appendAudit(db, {
          actor: ctx.actor,
          at: ctx.at,
          entity: 'finding',
          entityId: row.id,
          evaluationId: ctx.row.id,
          action: 'rerun',
          before: { rule: row.rule, status: row.status, reason: row.reason, decision: row.decision },
          after: { rule: finding.rule, status: finding.status, reason: finding.reasonZh, decision: 'pending' },
        });
      }
      stmt(
        db,
        'UPDATE evaluations SET checks_run_at = ?, checks_today = ?, profile_id = ?, profile_hash = ? WHERE id = ?',
      ).run(ctx.at, today, profile.id, profile.contentHash, ctx.row.id);
      return { changed, changedRules };
    },
  );
  return {
    ...write,
    findings: findingsViewOf(db, input.evaluationId),
    changedRules: value.changedRules,
    items: [...value.changed.entries()].map(([itemId, view]) => view ?? removedView(itemId)),
  };
}
