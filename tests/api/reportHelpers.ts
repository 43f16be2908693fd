/**
 * Two quarters of a campaign workspace for the report tests, made through the API: Q1 (one case
 * per unit, all finalised, its two rectification items issued on 29 September 2025 with a
 * one-working-day deadline, one accepted, one left open), and Q2 (two cases per unit, scored so
 * that one case repeats a Q1 problem of its unit, one hits a veto, and one stays submitted).
 */
import type { OptionChoice } from '../../shared/scoring/types.ts';
import { addPanel, finalize, quarterCases, scoreAll, UNITS, unitCase } from './campaignHelpers.ts';
import { testApi, type TestApi } from './helpers.ts';

export { UNITS };

/** The date the tests reckon from: after National Day 2025 (1–8 October are holidays). */
export const REPORT_TODAY = '2025-10-10';

/** The resident ID of the party of Q2's case U0a. */
export const PARTY_ID = '120101198001011234';

const Q1_SCORES: Record<string, OptionChoice[]>[] = [
  { B1: [{ optionId: 'missing' }] }, // 98
  { C1: [{ optionId: 'insufficient', points: 4 }] }, // 96
  {}, // 100
];

const Q2_SCORES: Record<string, { deductions: Record<string, OptionChoice[]>; vetoes?: string[] }> = {
  U0a: { deductions: { B1: [{ optionId: 'missing' }] } }, // 98, repeats Q1's B1 of unit 0
  U0b: { deductions: {} }, // 100
  U1a: { deductions: { C1: [{ optionId: 'insufficient', points: 6 }] } }, // 94
  U1b: { deductions: {}, vetoes: ['V1'] }, // vetoed
  U2a: { deductions: { B1: [{ optionId: 'missing' }] } }, // 98
  U2b: { deductions: { D1: [{ optionId: 'wrong' }] } }, // submitted only, until `finishQ2`
};

export interface ReportWorkspace {
  api: TestApi;
  q1: number;
  q2: number;
  legalOffice: number;
  /** Q2's evaluation id by key (U0a … U2b) and its case number. */
  q2Cases: Record<string, { evaluationId: number; caseId: number; caseNumber: string; reviewer: string }>;
}

export async function reportWorkspace(): Promise<ReportWorkspace> {
  const api = await testApi(REPORT_TODAY);
  const panel = await addPanel(api);
  UNITS.forEach((unit, u) => unitCase(api, `津Q1执罚〔2025〕${u + 1}号`, unit, `2025-02-1${u}`));
  const q1 = (
    await api.ok('campaigns:create', {
      title: '2025年第一季度行政执法案卷评查',
      organiser: '天津市滨海新区司法局',
      period: { from: '2025-01-01', to: '2025-03-31' },
      rule: { kind: 'all' },
    })
  ).id;
  await api.ok('campaigns:draw', { campaignId: q1, seed: '1' });
  await api.ok('campaigns:assign', { mode: 'auto', campaignId: q1 });
  for (const row of (await api.ok('campaigns:cases', { campaignId: q1 })).rows) {
    const u = UNITS.indexOf(row.unit as (typeof UNITS)[number]);
    await scoreAll(api, row.evaluationId, row.reviewerName!, Q1_SCORES[u]);
    await finalize(api, row.evaluationId, row.reviewerName!);
  }
  await api.ok('rectifications:draft', { campaignId: q1 });
  // Issued the Monday before National Day with one working day: due Tuesday 30 September.
  await api.ok('rectifications:issue', { campaignId: q1, issuedOn: '2025-09-29', workingDays: 1 });
  const q1Items = (await api.ok('rectifications:list', { campaignId: q1 })).rows;
  const closed = q1Items.find((r) => r.unit === UNITS[0])!;
  await api.ok('rectifications:reply', { id: closed.id, text: '已补正立案审批表', actor: '联络员' });
  await api.ok('rectifications:move', { id: closed.id, action: 'complete', on: '2025-09-30', actor: '联络员' });
  await api.ok('rectifications:move', {
    id: closed.id,
    action: 'approve',
    approverId: panel.legalOffice,
    on: '2025-09-30',
  });

  quarterCases(api, { general: 2, simple: 0 });
  // A party with a resident ID: exports mask it unless revealed.
  api.ws.db
    .prepare(`UPDATE cases SET data_json = json_set(data_json, '$.party.idNumber', ?) WHERE case_number = ?`)
    .run(PARTY_ID, '津Q2执罚〔2025〕1001号');
  const q2 = (
    await api.ok('campaigns:create', {
      title: '2025年第二季度行政执法案卷评查',
      organiser: '天津市滨海新区司法局',
      period: { from: '2025-04-01', to: '2025-06-30' },
      rule: { kind: 'all' },
    })
  ).id;
  await api.ok('campaigns:draw', { campaignId: q2, seed: '2' });
  await api.ok('campaigns:assign', { mode: 'auto', campaignId: q2 });
  const q2Cases: ReportWorkspace['q2Cases'] = {};
  for (const row of (await api.ok('campaigns:cases', { campaignId: q2 })).rows) {
    const u = UNITS.indexOf(row.unit as (typeof UNITS)[number]);
    const key = `U${u}${row.caseNumber.includes(`${u + 1}001`) ? 'a' : 'b'}`;
    const plan = Q2_SCORES[key]!;
    await scoreAll(api, row.evaluationId, row.reviewerName!, plan.deductions, plan.vetoes);
    q2Cases[key] = {
      evaluationId: row.evaluationId,
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      reviewer: row.reviewerName!,
    };
    if (key === 'U2b') {
      await api.ok('evaluations:transition', {
        evaluationId: row.evaluationId,
        action: 'submit',
        actor: row.reviewerName,
      });
    } else await finalize(api, row.evaluationId, row.reviewerName!);
  }
  await api.ok('rectifications:draft', { campaignId: q2 });
  return { api, q1, q2, legalOffice: panel.legalOffice, q2Cases };
}

/** Finalises Q2's last evaluation (submitted until now) and drafts its items. */
export async function finishQ2(w: ReportWorkspace): Promise<void> {
  const last = w.q2Cases.U2b!;
  await w.api.ok('evaluations:transition', { evaluationId: last.evaluationId, action: 'review', actor: '复核人丁' });
  await w.api.ok('evaluations:transition', {
    evaluationId: last.evaluationId,
    action: 'finalize',
    actor: '法制科王科长',
  });
  await w.api.ok('rectifications:draft', { campaignId: w.q2 });
}

/** Every row of the tables an export or a refused issue must leave alone. */
export function reportTables(api: Pick<TestApi, 'ws'>): Record<string, unknown[]> {
  return Object.fromEntries(
    ['reports', 'report_settings', 'rectifications', 'rectification_events', 'evaluations', 'audit_log'].map((t) => [
      t,
      api.ws.db.prepare(`SELECT * FROM ${t}`).all(),
    ]),
  );
}
