/**
 * Workspaces for the campaign tests: cases of several units and procedures written through the
 * store, reviewers of each unit plus the legal office, and shortcuts that score and move an
 * evaluation through the workflow with the real API operations.
 */
import { expect } from 'vitest';
import type { AppErrorData } from '../../shared/errors.ts';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import { addCase, cleanCase, type TestApi } from './helpers.ts';

export const UNITS = ['大沽街道综合执法大队', '新港街道综合执法大队', '新城镇综合执法大队'] as const;

/** A general-procedure case of `unit`, decided on `decided` (its case date). */
export function unitCase(
  api: Pick<TestApi, 'ws'>,
  caseNumber: string,
  unit: string,
  decided: string,
  procedure: 'general' | 'simple' = 'general',
): number {
  const spec = cleanCase(caseNumber);
  spec.data.unit = unit;
  spec.data.procedure = procedure;
  spec.data.dates = { ...spec.data.dates, decided };
  return addCase(api.ws, spec);
}

/**
 * Q2 2025 cases: per unit, `general` general-procedure and `simple` simple-procedure cases,
 * decided on distinct days of April–June; returns the case ids by unit.
 */
export function quarterCases(
  api: Pick<TestApi, 'ws'>,
  counts: { general: number; simple: number },
  prefix = 'Q2',
): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  UNITS.forEach((unit, u) => {
    const ids: number[] = [];
    for (let i = 0; i < counts.general + counts.simple; i++) {
      const procedure = i < counts.general ? 'general' : 'simple';
      const day = String(1 + ((i * 3 + u) % 28)).padStart(2, '0');
      const month = ['04', '05', '06'][i % 3]!;
      ids.push(
        unitCase(
          api,
          `津${prefix}执罚〔2025〕${u + 1}${String(i + 1).padStart(3, '0')}号`,
          unit,
          `2025-${month}-${day}`,
          procedure,
        ),
      );
    }
    byUnit.set(unit, ids);
  });
  return byUnit;
}

export interface Panel {
  /** One reviewer per unit, by unit. */
  unitReviewers: Map<string, number>;
  legalOffice: number;
  lawyer: number;
}

export async function addPanel(api: TestApi): Promise<Panel> {
  const unitReviewers = new Map<string, number>();
  for (const [i, unit] of UNITS.entries()) {
    const r = await api.ok('reviewers:save', { name: `评查员${i + 1}`, affiliation: 'unit', unit, actor: '法制科' });
    unitReviewers.set(unit, r.id);
  }
  const legal = await api.ok('reviewers:save', {
    name: '法制科王科长',
    affiliation: 'legal_office',
    title: '区司法局法制科科长',
  });
  const lawyer = await api.ok('reviewers:save', { name: '李律师', affiliation: 'external', title: '某律师事务所' });
  return { unitReviewers, legalOffice: legal.id, lawyer: lawyer.id };
}

export async function createQuarter(api: TestApi, extra: Record<string, unknown> = {}) {
  return api.ok('campaigns:create', {
    title: '2025年第二季度行政执法案卷评查',
    organiser: '天津市滨海新区司法局',
    period: { from: '2025-04-01', to: '2025-06-30' },
    rule: { kind: 'all' },
    actor: '法制科',
    ...extra,
  });
}

/**
 * Scores every unreviewed item of the evaluation: `ok`, or `deducted` with the options given.
 * Vetoes named in `vetoes` are hit.
 */
export async function scoreAll(
  api: TestApi,
  evaluationId: number,
  actor: string,
  deductions: Record<string, OptionChoice[]> = {},
  vetoes: string[] = [],
): Promise<void> {
  const view = await api.ok('evaluations:open', { evaluationId });
  for (const itemId of view.score.unreviewed) {
    const chosen = deductions[itemId];
    await api.ok('evaluations:save-item', {
      evaluationId,
      itemId,
      status: chosen ? 'deducted' : 'ok',
      deductions: chosen ?? [],
      actor,
    });
  }
  for (const veto of vetoes)
    await api.ok('evaluations:save-item', { evaluationId, itemId: veto, status: 'hit', actor });
}

/** submit (by the reviewer), review (by the 复核 reviewer), finalize (by the legal office). */
export async function finalize(api: TestApi, evaluationId: number, reviewer: string, checker = '复核人丁') {
  await api.ok('evaluations:transition', { evaluationId, action: 'submit', actor: reviewer });
  await api.ok('evaluations:transition', { evaluationId, action: 'review', actor: checker });
  return api.ok('evaluations:transition', { evaluationId, action: 'finalize', actor: '法制科王科长' });
}

/** Every row of the tables a refused write must leave alone, for before/after comparison. */
export function snapshot(api: Pick<TestApi, 'ws'>): Record<string, unknown[]> {
  const tables = [
    'campaigns',
    'campaign_population',
    'campaign_cases',
    'reviewers',
    'evaluations',
    'item_results',
    'findings',
    'overturns',
    'rectifications',
    'rectification_replies',
    'rectification_attachments',
    'rectification_events',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, api.ws.db.prepare(`SELECT * FROM ${t}`).all()]));
}

/** Calls an operation that must be refused, and checks it changed nothing; returns the refusal. */
export async function refusedWithoutChange(
  api: TestApi,
  name: Parameters<TestApi['call']>[0],
  input: unknown,
): Promise<AppErrorData | null> {
  const before = snapshot(api);
  const result = await api.call(name, input);
  expect(result.ok).toBe(false);
  expect(snapshot(api)).toEqual(before);
  return result.ok ? null : result.error;
}
