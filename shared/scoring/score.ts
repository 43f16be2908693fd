/**
 * The scoring engine: one pure function of (template, reviewer results). The renderer shows
 * it live, the store saves its output, reports print it — one implementation.
 *
 * Order of operations (documented in resources/checklists/README.md):
 * 1. items: points − chosen deductions, floored at 0 (扣完为止); not-applicable items keep
 *    full marks or leave the applicable points (`exclude`);
 * 2. categories: sum of children (a `pool` category loses at most its points), then `scaleTo`
 *    (earned / applicable × scaleTo);
 * 3. total: sum of top-level categories, rescaled to totalPoints when points were excluded;
 * 4. bonus: added up to its cap, total capped at totalPoints unless mayExceedTotal;
 * 5. vetoes: fail → no total; zero → 0; deduct → −N floored at 0; bar_top_grade → grade only;
 * 6. grade: the first tier (highest first) whose min and conditions the file meets.
 * All arithmetic is exact (rationals); rounding happens only in the explanation texts.
 */
import { matchesAppliesTo } from '../templates/applicability.ts';
import type { NotApplicablePolicy, Template, TemplateCategory, TemplateItem, VetoItem } from '../templates/shape.ts';
import * as explain from './explain.ts';
import { choiceAmount } from './options.ts';
import {
  ZERO,
  add,
  cmp,
  div,
  eq,
  fromNumber,
  max,
  min,
  mul,
  round,
  sub,
  sum,
  toNumber,
  type Rational,
} from './rational.ts';
import type {
  BonusScore,
  CategoryScore,
  EvaluationResults,
  ExplanationStep,
  ItemScore,
  ScoreResult,
  VetoHit,
} from './types.ts';
import { assertValidResults } from './validateResults.ts';

/** Re-exported so that callers of the engine find the text form next to it. */
export { formatExplanation } from './explain.ts';

/** A node's score in its parent's units (after scaling). */
interface Counted {
  earned: Rational;
  applicable: Rational;
}

interface Run {
  template: Template;
  results: EvaluationResults;
  steps: ExplanationStep[];
  items: ItemScore[];
  unreviewed: string[];
}

function applies(run: Run, appliesTo: TemplateItem['appliesTo']): boolean {
  return !run.results.case || matchesAppliesTo(appliesTo, run.results.case);
}

function naCounted(policy: NotApplicablePolicy, points: Rational): Counted {
  return policy === 'exclude' ? { earned: ZERO, applicable: ZERO } : { earned: points, applicable: points };
}

function scoreItem(run: Run, item: TemplateItem, inherited: NotApplicablePolicy, parentApplies: boolean): Counted {
  const policy = item.notApplicable ?? inherited;
  const points = fromNumber(item.points);
  const result = run.results.items[item.id];
  const ownApplies = applies(run, item.appliesTo);
  const autoNA = !parentApplies || !ownApplies;
  const record = (status: ItemScore['status'], earned: Rational, raw: Rational): void => {
    run.items.push({
      id: item.id,
      name: item.name,
      points: item.points,
      status,
      autoNotApplicable: autoNA,
      policy,
      earned: toNumber(earned),
      deducted: toNumber(sub(points, earned)),
      rawDeduction: toNumber(raw),
    });
  };

  if (autoNA || result?.status === 'not_applicable') {
    if (autoNA && result && result.status !== 'not_applicable' && result.status !== 'unreviewed')
      run.steps.push(explain.ignoredResultStep(item.id, item.name));
    // A whole category that does not apply is explained once, at the category.
    if (parentApplies)
      run.steps.push(explain.notApplicableStep(item.id, item.name, policy, item.points, autoNA, false));
    const counted = naCounted(policy, points);
    record('not_applicable', counted.earned, ZERO);
    return counted;
  }
  if (!result || result.status === 'unreviewed') {
    run.unreviewed.push(item.id);
    record('unreviewed', points, ZERO);
    return { earned: points, applicable: points };
  }
  if (result.status !== 'deducted') {
    record('ok', points, ZERO);
    return { earned: points, applicable: points };
  }
  const choices = (result.deductions ?? []).map((choice) => {
    const option = item.deductions.find((o) => o.id === choice.optionId);
    // validateResults guarantees the option exists.
    if (!option) throw new Error(`unreachable: option ${choice.optionId}`);
    return choiceAmount(option, choice, item.points);
  });
  const raw = sum(choices.map((c) => c.amount));
  const deducted = min(raw, points);
  run.steps.push(explain.itemDeductionStep(item.id, item.name, choices, raw, deducted, item.points));
  const earned = sub(points, deducted);
  record('deducted', earned, raw);
  return { earned, applicable: points };
}

function scoreCategory(
  run: Run,
  category: TemplateCategory,
  inherited: NotApplicablePolicy,
  parentApplies: boolean,
): { counted: Counted; score: CategoryScore } {
  const policy = category.notApplicable ?? inherited;
  const ownApplies = parentApplies && applies(run, category.appliesTo);
  if (parentApplies && !ownApplies)
    run.steps.push(explain.notApplicableStep(category.id, category.name, policy, category.points, true, true));

  const children: Counted[] = category.items.map((item) => scoreItem(run, item, policy, ownApplies));
  const subScores: CategoryScore[] = [];
  for (const sub of category.categories) {
    const scored = scoreCategory(run, sub, policy, ownApplies);
    children.push(scored.counted);
    subScores.push(scored.score);
  }

  const points = fromNumber(category.points);
  let earned = sum(children.map((c) => c.earned));
  let applicable = sum(children.map((c) => c.applicable));
  let poolOverflow: Rational | null = null;
  if (category.pool && cmp(applicable, ZERO) > 0) {
    // Children's points are deduction caps here, not shares of the category.
    const deductions = sum(children.map((c) => sub(c.applicable, c.earned)));
    if (cmp(deductions, points) > 0) poolOverflow = deductions;
    applicable = points;
    earned = max(ZERO, sub(points, deductions));
  }
  if (ownApplies)
    run.steps.push(explain.categoryStep(category.id, category.name, earned, applicable, category.points, poolOverflow));

  const score: CategoryScore = {
    id: category.id,
    name: category.name,
    points: category.points,
    applicable: toNumber(applicable),
    earned: toNumber(earned),
    deducted: toNumber(sub(applicable, earned)),
    categories: subScores,
  };
  if (category.scaleTo === undefined) return { counted: { earned, applicable }, score };

  const to = fromNumber(category.scaleTo);
  if (eq(applicable, ZERO)) {
    score.scaled = { to: category.scaleTo, earned: 0 };
    return { counted: { earned: ZERO, applicable: ZERO }, score };
  }
  // A scaled sub-score is a share of its applicable points, so exclusions inside it rescale it.
  const scaled = mul(div(earned, applicable), to);
  if (ownApplies)
    run.steps.push(explain.scaleStep(category.id, category.name, earned, applicable, category.scaleTo, scaled));
  score.scaled = { to: category.scaleTo, earned: toNumber(scaled) };
  return { counted: { earned: scaled, applicable: to }, score };
}

function scoreBonus(run: Run): { score: BonusScore; earned: Rational } | null {
  const bonus = run.template.bonus;
  if (!bonus) return null;
  const items: BonusScore['items'] = [];
  const earnedEach: Rational[] = [];
  for (const item of bonus.items) {
    const result = run.results.items[item.id];
    let earned = ZERO;
    if (result?.status === 'awarded') {
      if (!applies(run, item.appliesTo)) run.steps.push(explain.ignoredResultStep(item.id, item.name));
      else {
        const choices = (result.awards ?? []).map((choice) => {
          const option = item.awards.find((o) => o.id === choice.optionId);
          if (!option) throw new Error(`unreachable: option ${choice.optionId}`);
          return choiceAmount(option, choice, item.points);
        });
        const raw = sum(choices.map((c) => c.amount));
        earned = min(raw, fromNumber(item.points));
        run.steps.push(explain.itemDeductionStep(item.id, item.name, choices, raw, earned, item.points, '+'));
      }
    }
    earnedEach.push(earned);
    items.push({ id: item.id, name: item.name, earned: toNumber(earned) });
  }
  const raw = sum(earnedEach);
  const earned = min(raw, fromNumber(bonus.cap));
  if (cmp(raw, ZERO) > 0) run.steps.push(explain.bonusTotalStep(raw, earned, bonus.cap));
  return { score: { cap: bonus.cap, raw: toNumber(raw), earned: toNumber(earned), items }, earned };
}

function collectVetoHits(run: Run): VetoItem[] {
  const hits: VetoItem[] = [];
  for (const veto of run.template.vetoes) {
    if (!run.results.vetoes?.[veto.id]?.hit) continue;
    if (!applies(run, veto.appliesTo)) run.steps.push(explain.ignoredResultStep(veto.id, veto.name));
    else hits.push(veto);
  }
  return hits;
}

function pickGrade(
  run: Run,
  total: Rational | null,
  failed: boolean,
  hits: readonly VetoItem[],
  barredTop: boolean,
): ScoreResult['grade'] {
  const { tiers, failing } = run.template.grades;
  if (failed) {
    const tier = tiers.find((t) => t.id === failing) ?? tiers[tiers.length - 1] ?? null;
    run.steps.push(explain.gradeStep(tier, '一票否决，案卷不合格', 'failed by a veto'));
    return tier && { id: tier.id, name: tier.name };
  }
  if (total === null) {
    run.steps.push(explain.gradeStep(null, '', ''));
    return null;
  }
  for (const [index, tier] of tiers.entries()) {
    if (cmp(total, fromNumber(tier.min)) < 0) continue;
    if (tier.conditions.includes('no_veto') && hits.length > 0) {
      run.steps.push(explain.gradeSkippedStep(tier, '存在否决项', 'a veto was hit'));
      continue;
    }
    if (barredTop && (index === 0 || tier.conditions.includes('no_bar_top_grade'))) {
      run.steps.push(explain.gradeSkippedStep(tier, '存在不得评为该等级的否决项', 'a veto bars this grade'));
      continue;
    }
    const higher = tiers[index - 1];
    if (higher && cmp(round(total, 1), fromNumber(higher.min)) >= 0 && cmp(total, fromNumber(higher.min)) < 0)
      run.steps.push(explain.roundingNoteStep(total, higher));
    const noVeto = tier.conditions.includes('no_veto');
    run.steps.push(
      explain.gradeStep(
        tier,
        `≥${tier.min}分${noVeto ? '且无否决项' : ''}`,
        `≥ ${tier.min}${noVeto ? ', no veto' : ''}`,
      ),
    );
    return { id: tier.id, name: tier.name };
  }
  run.steps.push(explain.gradeStep(null, '', ''));
  return null;
}

/**
 * Scores one evaluation. The template must come from `parseTemplate`; results are checked
 * against it first (throws AppError VALIDATION naming the item on unknown ids, options out
 * of range, negative occurrences …).
 */
export function scoreEvaluation(template: Template, results: EvaluationResults): ScoreResult {
  assertValidResults(template, results);
  const run: Run = { template, results, steps: [], items: [], unreviewed: [] };
  const totalPoints = fromNumber(template.totalPoints);

  const top = template.categories.map((c) => scoreCategory(run, c, template.notApplicable, true));
  const earned = sum(top.map((t) => t.counted.earned));
  const applicable = sum(top.map((t) => t.counted.applicable));

  let total: Rational | null = null;
  if (eq(applicable, ZERO)) run.steps.push(explain.unscorableStep());
  else if (eq(applicable, totalPoints)) total = earned;
  else {
    total = mul(div(earned, applicable), totalPoints);
    run.steps.push(explain.rescaleStep(earned, applicable, template.totalPoints, total));
  }

  const bonus = scoreBonus(run);
  if (bonus && total !== null && cmp(bonus.earned, ZERO) > 0) {
    const withBonus = add(total, bonus.earned);
    run.steps.push(explain.baseWithBonusStep(total, bonus.earned, withBonus));
    total = withBonus;
    if (!template.bonus?.mayExceedTotal && cmp(total, totalPoints) > 0) {
      total = totalPoints;
      run.steps.push(explain.totalCapStep(template.totalPoints));
    }
  }

  const hits = collectVetoHits(run);
  const topGrade = template.grades.tiers[0]?.name ?? '';
  for (const veto of hits) run.steps.push(explain.vetoStep(veto, topGrade));
  const failed = hits.some((v) => v.effect.type === 'fail');
  const zeroed = hits.some((v) => v.effect.type === 'zero');
  const barredTop = hits.some((v) => v.effect.type === 'bar_top_grade');
  const vetoDeduction = sum(hits.map((v) => (v.effect.type === 'deduct' ? fromNumber(v.effect.points) : ZERO)));
  if (failed) total = null;
  else if (zeroed) total = ZERO;
  else if (total !== null && cmp(vetoDeduction, ZERO) > 0) {
    const after = max(ZERO, sub(total, vetoDeduction));
    run.steps.push(explain.vetoDeductStep(total, vetoDeduction, after));
    total = after;
  }

  if (run.unreviewed.length > 0) run.steps.push(explain.unreviewedStep(run.unreviewed));
  run.steps.push(explain.totalStep(total, failed));
  const grade = pickGrade(run, total, failed, hits, barredTop);

  const hitList: VetoHit[] = hits.map((v) => ({ id: v.id, name: v.name, effect: v.effect }));
  const maxTotal = template.bonus?.mayExceedTotal
    ? toNumber(add(totalPoints, fromNumber(template.bonus.cap)))
    : template.totalPoints;
  return {
    templateId: template.id,
    templateVersion: template.version,
    total: total === null ? null : toNumber(total),
    maxTotal,
    earned: toNumber(earned),
    applicablePoints: toNumber(applicable),
    categories: top.map((t) => t.score),
    items: run.items,
    bonus: bonus?.score ?? null,
    vetoHits: hitList,
    vetoEffects: { failed, zeroed, deducted: toNumber(vetoDeduction), barredTopGrade: barredTop },
    grade,
    complete: run.unreviewed.length === 0,
    unreviewed: run.unreviewed,
    explanation: run.steps,
  };
}
