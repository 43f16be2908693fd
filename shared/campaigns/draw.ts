/**
 * A campaign's draw (抽样): the frozen population is split into strata by unit and procedure,
 * the rule says how many cases each stratum gives, and each stratum is sampled with its own
 * PRNG stream seeded from (seed, stratum). The result carries everything a 抽样记录 prints, so a
 * unit can re-run the draw from the record and check it.
 *
 * Determinism: cases are ordered by case number (UTF-16 code units, not locale collation,
 * which differs between ICU versions); quotas are integer arithmetic; the PRNG is our own.
 * Seeding per stratum means a case added to one unit does not reshuffle the other units.
 */
import type { Procedure } from '../domain/bundle.ts';
import { AppError } from '../errors.ts';
import { allocate } from './allocate.ts';
import { fnv1a32, mulberry32, sample } from './prng.ts';
import { describeDrawRule, formatDrawRule, type DrawRule, type PopulationCase } from './scope.ts';

/** Names the algorithm on the record; bump it if anything above changes the picks. */
export const DRAW_METHOD = 'pingcha-draw/1 (fnv1a32 + mulberry32, Fisher–Yates per stratum, largest remainder)';

export interface DrawnCase extends PopulationCase {
  stratum: string;
  /** 1-based position in its stratum's draw order. */
  pick: number;
}

export interface StratumRow {
  key: string;
  unit: string | null;
  procedure: Procedure | null;
  population: number;
  drawn: number;
}

export interface CountRow<K> {
  value: K;
  population: number;
  drawn: number;
}

export interface DrawResult {
  method: string;
  rule: DrawRule;
  ruleText: string;
  ruleDescription: string;
  seed: string;
  populationSize: number;
  drawnCount: number;
  strata: StratumRow[];
  byUnit: CountRow<string | null>[];
  byProcedure: CountRow<Procedure | null>[];
  /** Ordered by unit, procedure, case number. */
  drawn: DrawnCase[];
  caseIds: number[];
}

export function stratumKey(unit: string | null, procedure: Procedure | null): string {
  return JSON.stringify([unit, procedure]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nulls (no unit, no procedure) sort last. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

function compareCases(a: PopulationCase, b: PopulationCase): number {
  return compareText(a.caseNumber, b.caseNumber) || a.caseId - b.caseId;
}

export function validateSeed(seed: string): string {
  const trimmed = seed.trim();
  if (trimmed.length === 0 || trimmed.length > 64 || !/^[\x21-\x7e]+$/.test(trimmed)) {
    throw new AppError('DRAW_INVALID', {
      detail: `seed "${seed}"：应为 1–64 个可打印的 ASCII 字符（数字或字母）`,
      field: 'seed',
    });
  }
  return trimmed;
}

interface Group {
  key: string;
  unit: string | null;
  procedure: Procedure | null;
  cases: PopulationCase[];
}

function groupStrata(population: readonly PopulationCase[]): Group[] {
  const groups = new Map<string, Group>();
  for (const c of population) {
    const key = stratumKey(c.unit, c.procedure);
    let group = groups.get(key);
    if (!group) {
      group = { key, unit: c.unit, procedure: c.procedure, cases: [] };
      groups.set(key, group);
    }
    group.cases.push(c);
  }
  const list = [...groups.values()];
  for (const g of list) g.cases.sort(compareCases);
  return list.sort((a, b) => compareNullable(a.unit, b.unit) || compareNullable(a.procedure, b.procedure));
}

/** How many cases each stratum gives under the rule. */
function quotas(groups: readonly Group[], rule: DrawRule, populationSize: number): number[] {
  if (rule.kind === 'all') return groups.map((g) => g.cases.length);
  if (rule.kind === 'percent') {
    // ceil(P% × N) in integers: P has at most two decimals, so P × 100 is whole.
    const hundredths = Math.round(rule.percent * 100);
    const target = Math.floor((hundredths * populationSize + 9_999) / 10_000);
    return allocate(
      groups.map((g) => ({ key: g.key, size: g.cases.length })),
      target,
      true,
    );
  }
  const result = new Array<number>(groups.length).fill(0);
  const units = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const unitKey = JSON.stringify(g.unit);
    units.set(unitKey, [...(units.get(unitKey) ?? []), i]);
  });
  for (const indices of units.values()) {
    const unitStrata = indices.map((i) => ({ key: groups[i]!.key, size: groups[i]!.cases.length }));
    const unitSize = unitStrata.reduce((sum, s) => sum + s.size, 0);
    const shares = allocate(unitStrata, Math.min(rule.n, unitSize), true);
    indices.forEach((groupIndex, j) => {
      result[groupIndex] = shares[j]!;
    });
  }
  return result;
}

function countBy<K extends string | null>(
  groups: readonly Group[],
  drawnPer: readonly number[],
  pick: (g: Group) => K,
): CountRow<K>[] {
  const rows = new Map<string, CountRow<K>>();
  groups.forEach((g, i) => {
    const value = pick(g);
    const key = JSON.stringify(value);
    const row = rows.get(key) ?? { value, population: 0, drawn: 0 };
    row.population += g.cases.length;
    row.drawn += drawnPer[i]!;
    rows.set(key, row);
  });
  return [...rows.values()].sort((a, b) => compareNullable(a.value, b.value));
}

export function drawCampaign(population: readonly PopulationCase[], rule: DrawRule, rawSeed: string): DrawResult {
  const seed = validateSeed(rawSeed);
  if (population.length === 0) {
    throw new AppError('DRAW_INVALID', { detail: '抽样范围内没有案卷，请调整范围或期间', field: 'scope' });
  }
  const ids = new Set<number>();
  for (const c of population) {
    if (ids.has(c.caseId))
      throw new AppError('DRAW_INVALID', { detail: `case ${c.caseId} twice`, field: 'population' });
    ids.add(c.caseId);
  }
  const groups = groupStrata(population);
  const perStratum = quotas(groups, rule, population.length);
  const drawn: DrawnCase[] = [];
  groups.forEach((g, i) => {
    const k = perStratum[i]!;
    const picks =
      k >= g.cases.length && rule.kind === 'all'
        ? g.cases
        : sample(g.cases, k, mulberry32(fnv1a32(`${seed}\u0000${g.key}`)));
    const order = new Map(picks.map((c, index) => [c.caseId, index + 1]));
    for (const c of [...picks].sort(compareCases)) drawn.push({ ...c, stratum: g.key, pick: order.get(c.caseId)! });
  });
  return {
    method: DRAW_METHOD,
    rule,
    ruleText: formatDrawRule(rule),
    ruleDescription: describeDrawRule(rule),
    seed,
    populationSize: population.length,
    drawnCount: drawn.length,
    strata: groups.map((g, i) => ({
      key: g.key,
      unit: g.unit,
      procedure: g.procedure,
      population: g.cases.length,
      drawn: perStratum[i]!,
    })),
    byUnit: countBy(groups, perStratum, (g) => g.unit),
    byProcedure: countBy(groups, perStratum, (g) => g.procedure),
    drawn,
    caseIds: drawn.map((c) => c.caseId),
  };
}
