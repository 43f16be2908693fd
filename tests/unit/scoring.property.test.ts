/**
 * Properties of the scoring engine over random valid templates and random valid results.
 * Templates are built from small integer "specs" in half points, so that every generated
 * template is valid by construction (checked: parseTemplate must accept it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scoreEvaluation,
  type CategoryScore,
  type EvaluationResults,
  type ItemResult,
} from '../../shared/scoring/index.ts';
import {
  parseTemplate,
  walkItems,
  type Template,
  type TemplateInput,
  type VetoEffect,
} from '../../shared/templates/index.ts';

// ---------- template specs ----------

const optionSpec = fc.record({
  kind: fc.constantFrom('fixed', 'per_occurrence', 'range', 'whole'),
  a: fc.nat(1000),
  b: fc.nat(1000),
  capped: fc.boolean(),
});
type OptionSpec = typeof optionSpec extends fc.Arbitrary<infer T> ? T : never;

const itemSpec = fc.record({
  halves: fc.integer({ min: 1, max: 20 }),
  options: fc.array(optionSpec, { minLength: 1, maxLength: 3 }),
  policy: fc.constantFrom(undefined, 'full_marks', 'exclude'),
  procedure: fc.constantFrom(undefined, undefined, 'general', 'simple'),
});
type ItemSpec = typeof itemSpec extends fc.Arbitrary<infer T> ? T : never;

const groupShape = {
  pool: fc.boolean(),
  poolHalves: fc.integer({ min: 1, max: 40 }),
  scaleHalves: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  policy: fc.constantFrom(undefined, 'full_marks', 'exclude'),
};
const subSpec = fc.record({ ...groupShape, items: fc.array(itemSpec, { minLength: 1, maxLength: 3 }) });
const categorySpec = fc.record({
  ...groupShape,
  items: fc.array(itemSpec, { minLength: 1, maxLength: 4 }),
  subs: fc.array(subSpec, { maxLength: 2 }),
});
type CategorySpec = typeof categorySpec extends fc.Arbitrary<infer T> ? T : never;

const vetoSpec = fc.record({
  type: fc.constantFrom('zero', 'deduct', 'fail', 'bar_top_grade'),
  halves: fc.integer({ min: 1, max: 240 }),
});

const templateSpec = fc.record({
  categories: fc.array(categorySpec, { minLength: 1, maxLength: 4 }),
  vetoes: fc.array(vetoSpec, { maxLength: 4 }),
  bonus: fc.option(
    fc.record({
      capHalves: fc.integer({ min: 1, max: 20 }),
      mayExceedTotal: fc.boolean(),
      items: fc.array(itemSpec, { minLength: 1, maxLength: 2 }),
    }),
    { nil: undefined },
  ),
  policy: fc.constantFrom('full_marks', 'exclude'),
  tierPercents: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }),
  tierConditions: fc.array(fc.subarray(['no_veto', 'no_bar_top_grade'] as const), { minLength: 3, maxLength: 3 }),
});
type TemplateSpec = typeof templateSpec extends fc.Arbitrary<infer T> ? T : never;

/** Option numbers derived from the spec so that they always fit the item (in half points). */
function buildOption(spec: OptionSpec, id: string, itemHalves: number): Record<string, unknown> {
  const base = { id, label: id };
  const h = itemHalves;
  switch (spec.kind) {
    case 'fixed':
      return { ...base, kind: 'fixed', points: ((spec.a % h) + 1) / 2 };
    case 'per_occurrence': {
      const p = (spec.a % h) + 1;
      const cap = p + (spec.b % (h - p + 1));
      return spec.capped
        ? { ...base, kind: 'per_occurrence', points: p / 2, cap: cap / 2 }
        : { ...base, kind: 'per_occurrence', points: p / 2 };
    }
    case 'range': {
      const lo = spec.a % (h + 1);
      const hi = Math.max(1, lo + (spec.b % (h - lo + 1)));
      return { ...base, kind: 'range', min: lo / 2, max: hi / 2, step: 0.5 };
    }
    default:
      return { ...base, kind: 'whole' };
  }
}

function buildItem(spec: ItemSpec, id: string, key: 'deductions' | 'awards'): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id,
    name: `项目${id}`,
    points: spec.halves / 2,
    [key]: spec.options.map((o, i) => buildOption(o, `o${i}`, spec.halves)),
  };
  if (key === 'deductions' && spec.policy) item.notApplicable = spec.policy;
  if (spec.procedure) item.appliesTo = { procedures: [spec.procedure] };
  return item;
}

interface Counter {
  next: number;
}

/** Returns the category and what it counts in its parent, in half points. */
function buildCategory(
  spec: CategorySpec | (typeof subSpec extends fc.Arbitrary<infer T> ? T : never),
  counter: Counter,
): { category: Record<string, unknown>; counted: number } {
  const id = `C${counter.next++}`;
  const items = spec.items.map((s) => buildItem(s, `I${counter.next++}`, 'deductions'));
  const subs = 'subs' in spec ? spec.subs.map((s) => buildCategory(s, counter)) : [];
  const sumHalves = spec.items.reduce((n, s) => n + s.halves, 0) + subs.reduce((n, s) => n + s.counted, 0);
  const pointsHalves = spec.pool ? spec.poolHalves : sumHalves;
  const category: Record<string, unknown> = {
    id,
    name: `类别${id}`,
    points: pointsHalves / 2,
    pool: spec.pool,
    items,
    categories: subs.map((s) => s.category),
  };
  if (spec.policy) category.notApplicable = spec.policy;
  if (spec.scaleHalves !== undefined) category.scaleTo = spec.scaleHalves / 2;
  return { category, counted: spec.scaleHalves ?? pointsHalves };
}

function buildTemplate(spec: TemplateSpec): Template {
  const counter = { next: 1 };
  const categories = spec.categories.map((c) => buildCategory(c, counter));
  const totalHalves = categories.reduce((n, c) => n + c.counted, 0);
  const totalHundredths = totalHalves * 50;
  const mins = [...new Set(spec.tierPercents.map((p) => Math.max(1, Math.floor((totalHundredths * p) / 100))))]
    .sort((a, b) => b - a)
    .map((m) => m / 100);
  const tiers = [
    ...mins.map((min, i) => ({ id: `g${i}`, name: `等级${i}`, min, conditions: spec.tierConditions[i] ?? [] })),
    { id: 'fail', name: '不合格', min: 0 },
  ];
  const vetoes = spec.vetoes.map((v, i) => {
    const effect: VetoEffect = v.type === 'deduct' ? { type: 'deduct', points: v.halves / 2 } : { type: v.type };
    return { id: `V${i}`, name: `否决${i}`, effect };
  });
  const input = {
    format: 'pingcha-template/1',
    id: 'generated',
    name: '生成的模板',
    version: '1.0.0',
    applicability: { caseTypes: ['penalty'], procedures: ['general', 'simple'] },
    totalPoints: totalHalves / 2,
    notApplicable: spec.policy,
    vetoes,
    categories: categories.map((c) => c.category),
    bonus: spec.bonus && {
      cap: spec.bonus.capHalves / 2,
      mayExceedTotal: spec.bonus.mayExceedTotal,
      items: spec.bonus.items.map((s, i) => buildItem(s, `B${i}`, 'awards')),
    },
    grades: { tiers, failing: 'fail' },
  } as TemplateInput;
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error(`generator made an invalid template: ${JSON.stringify(parsed.errors)}`);
  return parsed.template;
}

// ---------- result specs ----------

const choiceSpec = fc.record({ use: fc.boolean(), occurrences: fc.integer({ min: 1, max: 6 }), k: fc.nat(100) });
const itemResultSpec = fc.record({
  status: fc.constantFrom('unreviewed', 'ok', 'deducted', 'deducted', 'not_applicable', 'missing'),
  choices: fc.array(choiceSpec, { minLength: 3, maxLength: 3 }),
});
type ItemResultSpec = typeof itemResultSpec extends fc.Arbitrary<infer T> ? T : never;

const resultsSpec = fc.record({
  items: fc.array(itemResultSpec, { minLength: 40, maxLength: 40 }),
  vetoes: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  procedure: fc.constantFrom(undefined, 'general', 'simple'),
});
type ResultsSpec = typeof resultsSpec extends fc.Arbitrary<infer T> ? T : never;

function buildChoices(
  options: readonly Template['categories'][number]['items'][number]['deductions'][number][],
  specs: readonly (typeof choiceSpec extends fc.Arbitrary<infer T> ? T : never)[],
) {
  return options.flatMap((option, i) => {
    const c = specs[i];
    if (!c?.use) return [];
    if (option.kind === 'per_occurrence') return [{ optionId: option.id, occurrences: c.occurrences }];
    if (option.kind === 'range') {
      const lo = Math.round(option.min * 2);
      const hi = Math.round(option.max * 2);
      return [{ optionId: option.id, points: (lo + (c.k % (hi - lo + 1))) / 2 }];
    }
    return [{ optionId: option.id }];
  });
}

function buildItemResult(
  options: Template['categories'][number]['items'][number]['deductions'],
  spec: ItemResultSpec,
  used: 'deductions' | 'awards',
): ItemResult | undefined {
  if (spec.status === 'missing') return undefined;
  const active = used === 'deductions' ? 'deducted' : 'awarded';
  if (spec.status !== 'deducted') return { status: spec.status };
  const choices = buildChoices(options, spec.choices);
  if (choices.length === 0) return { status: 'ok' };
  return { status: active, [used]: choices };
}

function buildResults(t: Template, spec: ResultsSpec): EvaluationResults {
  const items: Record<string, ItemResult> = {};
  walkItems(t).forEach(({ item }, i) => {
    const r = buildItemResult(item.deductions, spec.items[i % spec.items.length]!, 'deductions');
    if (r) items[item.id] = r;
  });
  t.bonus?.items.forEach((item, i) => {
    const r = buildItemResult(item.awards, spec.items[(i + 17) % spec.items.length]!, 'awards');
    if (r) items[item.id] = r;
  });
  const vetoes = Object.fromEntries(t.vetoes.map((v, i) => [v.id, { hit: spec.vetoes[i] ?? false }]));
  return {
    case: spec.procedure ? { caseType: 'penalty', procedure: spec.procedure } : undefined,
    items,
    vetoes,
  };
}

const noVetoes = (r: EvaluationResults): EvaluationResults => ({ ...r, vetoes: {} });
const tierIndex = (t: Template, gradeId: string | undefined): number =>
  t.grades.tiers.findIndex((tier) => tier.id === gradeId);

const arbTemplate = templateSpec.map(buildTemplate);
const arbCase = fc.tuple(arbTemplate, resultsSpec).map(([t, spec]) => ({ t, results: buildResults(t, spec) }));

const runs = { numRuns: 300 };

// ---------- properties ----------

describe('scoring properties', () => {
  it('keeps the total within [0, maxTotal]; null only on a fail veto or when nothing applies', () => {
    fc.assert(
      fc.property(arbCase, ({ t, results }) => {
        const r = scoreEvaluation(t, results);
        const bonusCap = t.bonus?.mayExceedTotal ? t.bonus.cap : 0;
        expect(r.maxTotal).toBeCloseTo(t.totalPoints + bonusCap, 9);
        if (r.total === null) expect(r.vetoEffects.failed || r.applicablePoints === 0).toBe(true);
        else {
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(r.maxTotal + 1e-9);
        }
        expect(r.explanation.some((s) => s.kind === 'total')).toBe(true);
      }),
      runs,
    );
  });

  it('never raises the total (nor the grade) when a deduction is added to an applicable item', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(1000), fc.nat(1000), ({ t, results }, pickItem, k) => {
        const items = walkItems(t).filter(({ item }) => results.items[item.id]?.status !== 'not_applicable');
        fc.pre(items.length > 0);
        const { item } = items[pickItem % items.length]!;
        const current = results.items[item.id];
        const chosen = current?.status === 'deducted' ? (current.deductions ?? []) : [];
        const free = item.deductions.filter((o) => !chosen.some((c) => c.optionId === o.id));
        fc.pre(free.length > 0);
        const option = free[k % free.length]!;
        const extra =
          option.kind === 'range'
            ? { optionId: option.id, points: option.max }
            : option.kind === 'per_occurrence'
              ? { optionId: option.id, occurrences: 1 + (k % 4) }
              : { optionId: option.id };
        const more: EvaluationResults = {
          ...results,
          items: { ...results.items, [item.id]: { status: 'deducted', deductions: [...chosen, extra] } },
        };
        const before = scoreEvaluation(t, results);
        const after = scoreEvaluation(t, more);
        if (before.total === null) expect(after.total).toBeNull();
        else {
          expect(after.total).not.toBeNull();
          expect(after.total!).toBeLessThanOrEqual(before.total + 1e-9);
          expect(tierIndex(t, after.grade?.id)).toBeGreaterThanOrEqual(tierIndex(t, before.grade?.id));
        }
      }),
      runs,
    );
  });

  it('applies each veto effect alone as specified', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(10), ({ t, results }, pick) => {
        fc.pre(t.vetoes.length > 0);
        const veto = t.vetoes[pick % t.vetoes.length]!;
        const base = scoreEvaluation(t, noVetoes(results));
        const hit = scoreEvaluation(t, { ...results, vetoes: { [veto.id]: { hit: true } } });
        expect(hit.vetoHits.map((v) => v.id)).toEqual([veto.id]);
        switch (veto.effect.type) {
          case 'zero':
            expect(hit.total).toBe(0);
            break;
          case 'deduct':
            if (base.total === null) expect(hit.total).toBeNull();
            else expect(hit.total).toBeCloseTo(Math.max(0, base.total - veto.effect.points), 9);
            break;
          case 'fail':
            expect(hit.total).toBeNull();
            expect(hit.grade?.id).toBe('fail');
            break;
          case 'bar_top_grade':
            expect(hit.total).toBe(base.total);
            expect(hit.grade?.id).not.toBe(t.grades.tiers[0]!.id);
            break;
        }
      }),
      runs,
    );
  });

  it('keeps every category between 0 and its points, and floors pools at 0', () => {
    const check = (c: CategoryScore, spec: Template['categories'][number]): void => {
      expect(c.earned).toBeGreaterThanOrEqual(-1e-9);
      expect(c.earned).toBeLessThanOrEqual(c.applicable + 1e-9);
      expect(c.applicable).toBeLessThanOrEqual(c.points + 1e-9);
      if (spec.pool) expect([0, c.points]).toContainEqual(c.applicable);
      if (c.scaled) expect(c.scaled.earned).toBeLessThanOrEqual(c.scaled.to + 1e-9);
      c.categories.forEach((sub, i) => check(sub, spec.categories[i]!));
    };
    fc.assert(
      fc.property(arbCase, ({ t, results }) => {
        const r = scoreEvaluation(t, results);
        r.categories.forEach((c, i) => check(c, t.categories[i]!));
        for (const item of r.items) {
          expect(item.earned).toBeGreaterThanOrEqual(0);
          expect(item.earned).toBeLessThanOrEqual(item.points);
        }
      }),
      runs,
    );
  });

  it('gives grades monotone in the total for the same vetoes', () => {
    fc.assert(
      fc.property(arbTemplate, resultsSpec, resultsSpec, (t, a, b) => {
        const ra = buildResults(t, a);
        const rb = { ...buildResults(t, b), vetoes: ra.vetoes };
        const sa = scoreEvaluation(t, ra);
        const sb = scoreEvaluation(t, rb);
        fc.pre(sa.total !== null && sb.total !== null);
        if (sa.total! <= sb.total!)
          expect(tierIndex(t, sa.grade?.id)).toBeGreaterThanOrEqual(tierIndex(t, sb.grade?.id));
        if (sb.total! <= sa.total!)
          expect(tierIndex(t, sb.grade?.id)).toBeGreaterThanOrEqual(tierIndex(t, sa.grade?.id));
      }),
      runs,
    );
  });

  it('says complete exactly when every applicable item was reviewed', () => {
    fc.assert(
      fc.property(arbCase, ({ t, results }) => {
        const r = scoreEvaluation(t, results);
        const open = r.items.filter((i) => i.status === 'unreviewed').map((i) => i.id);
        expect(r.unreviewed).toEqual(open);
        expect(r.complete).toBe(open.length === 0);
        for (const id of open) expect([undefined, 'unreviewed']).toContain(results.items[id]?.status);
      }),
      runs,
    );
  });
});

describe('not applicable, exclude: the total is rescaled', () => {
  /** Flat templates (no pools, scaling, bonus or vetoes) where the oracle is simple. */
  const flatSpec = templateSpec.map((s): TemplateSpec => ({
    ...s,
    policy: 'exclude',
    vetoes: [],
    bonus: undefined,
    categories: s.categories.map((c) => ({
      ...c,
      pool: false,
      scaleHalves: undefined,
      policy: undefined,
      subs: [],
      items: c.items.map((i) => ({ ...i, policy: undefined, procedure: undefined })),
    })),
  }));

  it('scores earned / applicable × total points', () => {
    fc.assert(
      fc.property(flatSpec.map(buildTemplate), resultsSpec, (t, spec) => {
        const results = buildResults(t, spec);
        const r = scoreEvaluation(t, results);
        let earned = 0;
        let applicable = 0;
        for (const { item } of walkItems(t)) {
          const result = results.items[item.id];
          if (result?.status === 'not_applicable') continue;
          let deducted = 0;
          for (const choice of result?.deductions ?? []) {
            const option = item.deductions.find((o) => o.id === choice.optionId)!;
            if (option.kind === 'fixed') deducted += option.points;
            else if (option.kind === 'whole') deducted += item.points;
            else if (option.kind === 'range') deducted += choice.points!;
            else deducted += Math.min(option.points * (choice.occurrences ?? 1), option.cap ?? Infinity);
          }
          earned += item.points - Math.min(item.points, deducted);
          applicable += item.points;
        }
        if (applicable === 0) expect(r.total).toBeNull();
        else expect(r.total).toBeCloseTo((earned / applicable) * t.totalPoints, 9);
        expect(r.applicablePoints).toBeCloseTo(applicable, 9);
        const rescaled = r.explanation.some((s) => s.kind === 'rescale');
        expect(rescaled).toBe(applicable > 0 && Math.abs(applicable - t.totalPoints) > 1e-9);
      }),
      runs,
    );
  });
});
