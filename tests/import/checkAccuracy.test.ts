/**
 * Precision and recall of the automatic checks against the fixture generator's answer key:
 * generated bundles (half of them with one injected defect) are imported like a user's, the
 * checks run on every stored case through the store's query layer, and each rule's fails are
 * compared with the key's `failingRules`. A fail is a true positive when the key lists that
 * rule for that case. Several seeds are used because some defects only fit rare cases (a
 * requested hearing, a case needing collective discussion): every rule must be exercised.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/import/importer.ts';
import { checkStoredCases, currentCaseIds } from '../../electron/store/queries/findings.ts';
import { loadActiveProfile } from '../../electron/store/queries/profiles.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { RULE_IDS, type RuleId } from '../../shared/checks/ruleIds.ts';
import { generateFixtures, type FixtureManifest } from '../fixtures/generate.ts';

/** 120 bundles per seed; the seeds together give every rule at least one injected defect. */
const COUNT = 120;
const SEEDS = [11, 12, 13];
/** The date the generator's own self-check uses; only unpaid_demand_notice looks at it. */
const TODAY = '2026-12-31';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Case numbers (with seed) of the misses, for the report when a bound fails. */
  misses: string[];
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-accuracy-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Top-level inputs a user would pick: each bundle, or the batch folder that holds it. */
function importInputs(manifest: FixtureManifest): string[] {
  return [...new Set(manifest.bundles.map((b) => b.batch ?? b.path))];
}

async function runSeed(seed: number, tallies: Map<RuleId, Tally>, expected: Map<RuleId, number>): Promise<void> {
  const manifest = await generateFixtures({
    count: COUNT,
    seed,
    outDir: path.join(root, `bundles-${seed}`),
    defectRate: 0.5,
    workers: 1,
  });
  const ws = await openWorkspace(path.join(root, `ws-${seed}`));
  try {
    const summary = await importPaths(ws, importInputs(manifest));
    expect(summary.failures, `seed ${seed}: import failures`).toEqual([]);
    expect(summary.imported).toHaveLength(COUNT);
    const profile = loadActiveProfile(ws.db);
    const results = checkStoredCases(ws.db, currentCaseIds(ws.db), {
      profileId: profile.id,
      profile: profile.profile,
      today: TODAY,
    });
    const key = new Map(manifest.answerKey.map((k) => [k.caseNumber, new Set<RuleId>(k.failingRules)]));
    expect(results.map((r) => r.caseNumber).sort()).toEqual([...key.keys()].sort());
    for (const r of results) {
      const want = key.get(r.caseNumber)!;
      const got = new Set(r.findings.filter((f) => f.status === 'fail').map((f) => f.rule));
      for (const rule of RULE_IDS) {
        const t = tallies.get(rule)!;
        const label = `seed ${seed} ${r.caseNumber}`;
        if (want.has(rule)) expected.set(rule, (expected.get(rule) ?? 0) + 1);
        if (got.has(rule) && want.has(rule)) t.tp += 1;
        else if (got.has(rule)) {
          t.fp += 1;
          t.misses.push(`FP ${label}: ${r.findings.find((f) => f.rule === rule)!.reasonZh}`);
        } else if (want.has(rule)) {
          t.fn += 1;
          const f = r.findings.find((x) => x.rule === rule)!;
          t.misses.push(`FN ${label}: ${f.status} ${f.reasonZh}`);
        }
      }
    }
  } finally {
    ws.close();
  }
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

describe('automatic checks against the generator’s answer key', () => {
  it(
    `precision and recall ≥ 0.95 for every rule (${SEEDS.length} × ${COUNT} generated bundles)`,
    async () => {
      const tallies = new Map<RuleId, Tally>(RULE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0, misses: [] }]));
      const expected = new Map<RuleId, number>();
      for (const seed of SEEDS) await runSeed(seed, tallies, expected);

      const rows = RULE_IDS.map((rule) => {
        const t = tallies.get(rule)!;
        return {
          rule,
          TP: t.tp,
          FP: t.fp,
          FN: t.fn,
          precision: ratio(t.tp, t.tp + t.fp).toFixed(3),
          recall: ratio(t.tp, t.tp + t.fn).toFixed(3),
        };
      });
      const header = `${'rule'.padEnd(30)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} precision recall`;
      console.log(
        [
          `checks vs answer key: seeds ${SEEDS.join(', ')} × ${COUNT} bundles, defectRate 0.5, profile tianjin`,
          header,
          ...rows.map(
            (r) =>
              `${r.rule.padEnd(30)} ${String(r.TP).padStart(4)} ${String(r.FP).padStart(4)} ${String(r.FN).padStart(4)} ${r.precision.padStart(9)} ${r.recall.padStart(6)}`,
          ),
        ].join('\n'),
      );
      const misses = RULE_IDS.flatMap((r) => tallies.get(r)!.misses.map((m) => `${r} ${m}`));
      if (misses.length > 0) console.log(misses.join('\n'));

      // Every rule had at least one injected defect in the sample.
      expect(RULE_IDS.filter((r) => !expected.has(r))).toEqual([]);
      for (const rule of RULE_IDS) {
        const t = tallies.get(rule)!;
        expect(ratio(t.tp, t.tp + t.fp), `${rule} precision`).toBeGreaterThanOrEqual(0.95);
        expect(ratio(t.tp, t.tp + t.fn), `${rule} recall`).toBeGreaterThanOrEqual(0.95);
      }
    },
    15 * 60_000,
  );
});
