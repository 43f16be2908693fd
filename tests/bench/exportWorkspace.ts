/**
 * A real workspace for the export benchmark: 500 cases of twelve units (general, simple and
 * inspection files), a reviewer pool, a campaign drawn over all of them and assigned under the
 * cross-review rule, every evaluation scored with seeded deductions through the store's own
 * write path (scores by the engine), signed through the workflow (submit, 复核, 定稿), and the
 * rectification items drafted. Built once into .cache/bench and reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeEvaluation } from '../../electron/store/queries/evaluations.ts';
import { putItemResult } from '../../electron/store/queries/itemResults.ts';
import { openWorkspace, type Workspace } from '../../electron/store/workspace.ts';
import { LATEST_VERSION } from '../../electron/store/migrations/index.ts';
import { walkItems } from '../../shared/templates/walk.ts';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import { addCase, apiContext, cleanCase } from '../api/helpers.ts';
import { dispatch } from '../../electron/api/registry.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import { rng, UNITS } from '../reports/sampleModels.ts';

export const EXPORT_BENCH_TODAY = '2026-04-15';
const VERSION = `v2-${LATEST_VERSION}`;

export interface ExportWorkspace {
  ws: Workspace;
  campaignId: number;
  cases: number;
  buildSeconds: number | null;
}

function kindOf(i: number): { caseType: 'penalty' | 'inspection'; procedure: 'general' | 'simple' | null } {
  if (i % 11 === 5) return { caseType: 'inspection', procedure: null };
  if (i % 9 === 4) return { caseType: 'penalty', procedure: 'simple' };
  return { caseType: 'penalty', procedure: 'general' };
}

function choiceOf(random: () => number, option: { id: string; kind: string; min?: number }): OptionChoice {
  if (option.kind === 'per_occurrence') return { optionId: option.id, occurrences: 1 + Math.floor(random() * 3) };
  if (option.kind === 'range') return { optionId: option.id, points: option.min! };
  return { optionId: option.id };
}

async function build(dir: string, count: number): Promise<{ ws: Workspace; campaignId: number }> {
  fs.rmSync(dir, { recursive: true, force: true });
  const ws = await openWorkspace(dir);
  const ctx = apiContext(ws, EXPORT_BENCH_TODAY);
  const ok = async <K extends OperationName>(name: K, input: unknown): Promise<OperationOutput<K>> => {
    const result = await dispatch(ctx, name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as OperationOutput<K>;
  };
  const random = rng(500);
  for (let i = 0; i < count; i++) {
    const unit = UNITS[i % UNITS.length]!;
    const spec = cleanCase(`${unit.prefix}〔2025〕${1000 + i}号`);
    const kind = kindOf(i);
    spec.data.unit = unit.unit;
    spec.data.agency = unit.agency;
    spec.data.caseType = kind.caseType;
    spec.data.procedure = kind.procedure;
    spec.data.party = { type: 'individual', name: '王某某', idNumber: `120107198501${String(100000 + i).slice(1)}0` };
    const day = 1 + (i % 28);
    spec.data.dates = { ...spec.data.dates, decided: `2026-0${1 + (i % 3)}-${String(day).padStart(2, '0')}` };
    addCase(ws, spec);
  }
  for (const [i, u] of UNITS.entries()) {
    await ok('reviewers:save', { name: `评查员${i + 1}`, affiliation: 'unit', unit: u.unit });
  }
  await ok('reviewers:save', { name: '周敏', affiliation: 'legal_office', title: '区司法局执法监督科' });
  await ok('reviewers:save', { name: '何立新', affiliation: 'legal_office', title: '区司法局执法监督科' });
  const campaignId = (
    await ok('campaigns:create', {
      title: '2026年第一季度行政执法案卷评查',
      organiser: '天津市滨海新区司法局',
      period: { from: '2026-01-01', to: '2026-03-31' },
      rule: { kind: 'all' },
      seed: '20260305',
    })
  ).id;
  await ok('campaigns:draw', { campaignId });
  await ok('campaigns:assign', { mode: 'auto', campaignId });
  const rows = (await ok('campaigns:cases', { campaignId, limit: 1000 })).rows;
  for (const row of rows) {
    // Every item reviewed, about one in six with a seeded deduction, in one store write.
    writeEvaluation(ws.db, row.evaluationId, { actor: row.reviewerName!, reviewerAction: true }, (w) => {
      for (const { item } of walkItems(w.template)) {
        const deduct = item.deductions.length > 0 && random() < 0.16;
        const option = deduct ? item.deductions[Math.floor(random() * item.deductions.length)]! : null;
        putItemResult(
          ws.db,
          row.evaluationId,
          item.id,
          {
            kind: 'item',
            status: option ? 'deducted' : 'ok',
            choices: option ? [choiceOf(random, option as never)] : [],
            note: null,
          },
          w.actor,
          w.at,
        );
      }
    });
    await ok('evaluations:transition', { evaluationId: row.evaluationId, action: 'submit', actor: row.reviewerName });
    const checker = row.reviewerName === '何立新' ? '周敏' : '何立新';
    await ok('evaluations:transition', { evaluationId: row.evaluationId, action: 'review', actor: checker });
    await ok('evaluations:transition', { evaluationId: row.evaluationId, action: 'finalize', actor: '周敏' });
  }
  await ok('rectifications:draft', { campaignId, actor: '周敏' });
  await ok('reports:save-settings', {
    campaignId,
    settings: {
      documentNumber: '津滨司发〔2026〕12号',
      noticeNumber: '津滨司评整〔2026〕{n}号',
      contact: { name: '李华', phone: '022-25201234' },
      cc: '区委依法治区办',
    },
  });
  await ctx.printer.close();
  return { ws, campaignId };
}

export async function exportWorkspace(cacheDir: string, count = 500): Promise<ExportWorkspace> {
  const dir = path.join(cacheDir, `export-${count}-${VERSION}`);
  const marker = path.join(dir, 'ready.json');
  if (fs.existsSync(marker)) {
    const { campaignId } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { campaignId: number };
    return { ws: await openWorkspace(dir), campaignId, cases: count, buildSeconds: null };
  }
  const start = performance.now();
  const { ws, campaignId } = await build(dir, count);
  fs.writeFileSync(marker, JSON.stringify({ campaignId }));
  return { ws, campaignId, cases: count, buildSeconds: (performance.now() - start) / 1000 };
}
