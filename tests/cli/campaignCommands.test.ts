import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { dispatch } from '../../electron/api/registry.ts';
import type { OperationName, OperationOutput } from '../../shared/api/contract.ts';
import { finalize, quarterCases, scoreAll, UNITS } from '../api/campaignHelpers.ts';
import { apiContext, tempDir, type TestApi } from '../api/helpers.ts';
import { runCaptured } from './runCaptured.ts';

const cli = (...argv: string[]) => runCaptured([...argv, '--workspace', workspace]);

let dir: string;
let workspace: string;
const write = (name: string, text: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

beforeAll(async () => {
  dir = tempDir('pingcha-cli-campaign-');
  workspace = path.join(dir, 'ws');
  const ws = await openWorkspace(workspace);
  quarterCases({ ws }, { general: 3, simple: 1 });
  ws.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pingcha reviewers', () => {
  it('imports the reviewer pool from a CSV and lists it', async () => {
    const csv = write(
      'reviewers.csv',
      [
        '姓名,类别,所在单位,职务',
        `评查员1,执法单位,${UNITS[0]},队员`,
        `评查员2,执法单位,${UNITS[1]},队员`,
        `评查员3,unit,${UNITS[2]},`,
        '法制科王科长,法制机构,,科长',
        '李律师,外聘,,律师',
      ].join('\r\n'),
    );
    const imported = await cli('reviewers', 'import', csv, '--json');
    expect(imported.code).toBe(0);
    expect(imported.json().reviewers.map((r: { name: string }) => r.name)).toEqual([
      '评查员1',
      '评查员2',
      '评查员3',
      '法制科王科长',
      '李律师',
    ]);
    const list = await cli('reviewers');
    expect(list.code).toBe(0);
    expect(list.out).toContain('法制科王科长');
    expect(list.out).toContain(UNITS[2]);
  });

  it('refuses a bad file whole, naming the file, the line and the column (exit 1)', async () => {
    const bad = write('bad.csv', ['姓名,类别,所在单位', '新人甲,外聘,', '新人乙,执法单位,'].join('\n'));
    const result = await cli('reviewers', 'import', bad, '--json');
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', file: bad, field: 'line 3.所在单位' },
    });
    const kinds = write('kinds.csv', ['姓名,类别', '新人丙,志愿者'].join('\n'));
    expect((await cli('reviewers', 'import', kinds, '--json')).json().error).toMatchObject({
      file: kinds,
      field: 'line 2.类别',
    });
    const noHeader = write('noheader.csv', '甲,外聘\n');
    expect((await cli('reviewers', 'import', noHeader, '--json')).json().error).toMatchObject({
      file: noHeader,
      field: 'line 1',
    });
    const missing = await cli('reviewers', 'import', path.join(dir, 'nope.csv'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.json().error).toMatchObject({ code: 'IO', file: path.join(dir, 'nope.csv') });
    expect(
      (await cli('reviewers', '--json')).json().reviewers.some((r: { name: string }) => r.name.startsWith('新人')),
    ).toBe(false);
  });

  it('adds and removes one reviewer; bad options name the field', async () => {
    const added = await cli('reviewers', 'add', '--name', '临时人员', '--affiliation', '外聘', '--json');
    expect(added.code).toBe(0);
    expect(added.json()).toMatchObject({ name: '临时人员', affiliation: 'external' });
    const bad = await cli('reviewers', 'add', '--name', '某人', '--affiliation', 'unit', '--json');
    expect(bad.code).toBe(2);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION', field: 'unit' });
    const removed = await cli('reviewers', 'remove', '临时人员', '--json');
    expect(removed.json()).toMatchObject({ outcome: 'deleted' });
  });
});

describe('pingcha campaign', () => {
  let campaignId: number;

  it('creates a campaign from options; bad options exit 2 naming the field', async () => {
    const created = await cli(
      'campaign',
      'create',
      '--title',
      '2025年第二季度行政执法案卷评查',
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--types',
      'penalty',
      '--rule',
      'per-unit:2',
      '--seed',
      'Q2-2025',
      '--organiser',
      '滨海新区司法局',
      '--actor',
      '法制科',
      '--json',
    );
    expect(created.code).toBe(0);
    campaignId = created.json().id;
    expect(created.json()).toMatchObject({
      ruleText: 'per-unit:2',
      seed: 'Q2-2025',
      scope: { caseTypes: ['penalty'] },
      createdBy: '法制科',
    });
    const rule = await cli(
      'campaign',
      'create',
      '--title',
      'x',
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--rule',
      'some',
      '--json',
    );
    expect(rule.code).toBe(1);
    expect(rule.json().error).toMatchObject({ code: 'DRAW_INVALID', field: 'rule' });
    const types = await cli(
      'campaign',
      'create',
      '--title',
      'x',
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--types',
      'fines',
      '--json',
    );
    expect(types.code).toBe(2);
    expect(types.json().error).toMatchObject({ code: 'VALIDATION', field: 'scope.caseTypes[0]' });
    const date = await cli(
      'campaign',
      'create',
      '--title',
      'x',
      '--from',
      '2025-13-01',
      '--to',
      '2025-06-30',
      '--json',
    );
    expect(date.json().error).toMatchObject({ code: 'VALIDATION', field: 'period.from' });
    expect((await cli('campaign', 'create', '--title', 'x')).code).toBe(2);
    expect((await cli('campaign', 'draw')).code).toBe(2);
    expect((await cli('campaign', 'fly', '1')).code).toBe(2);
    const list = await cli('campaign', 'list', '--json');
    expect(list.json().total).toBe(1);
  });

  it('previews and draws, printing the 抽样记录; the same seed in another workspace draws the same cases', async () => {
    const preview = await cli('campaign', 'preview', String(campaignId), '--json');
    expect(preview.json()).toMatchObject({ populationSize: 12, drawnCount: 6 });
    const drawn = await cli('campaign', 'draw', String(campaignId), '--actor', '法制科');
    expect(drawn.code).toBe(0);
    expect(drawn.out).toContain('抽样记录');
    expect(drawn.out).toContain('随机种子  Q2-2025');
    expect(drawn.out).toContain('结果一致 ✓');
    for (const unit of UNITS) expect(drawn.out).toContain(unit);
    const record = (await cli('campaign', 'record', String(campaignId), '--json')).json();
    expect(record.drawnCount).toBe(6);
    const again = await cli('campaign', 'draw', String(campaignId), '--json');
    expect(again.code).toBe(1);
    expect(again.json().error).toMatchObject({ code: 'CONFLICT', field: 'campaignId' });

    const other = path.join(dir, 'other');
    const ws = await openWorkspace(other);
    quarterCases({ ws }, { general: 3, simple: 1 });
    ws.close();
    const run = async (...argv: string[]) => (await runCaptured([...argv, '--workspace', other, '--json'])).json();
    const twin = await run(
      'campaign',
      'create',
      '--title',
      'T',
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--rule',
      'per-unit:2',
    );
    const twinDraw = await run('campaign', 'draw', String(twin.id), '--seed', 'Q2-2025');
    expect(twinDraw.record.drawn.map((d: { caseNumber: string }) => d.caseNumber)).toEqual(
      record.drawn.map((d: { caseNumber: string }) => d.caseNumber),
    );
  });

  it('assigns under cross-review, refuses a reviewer of the case’s own unit, and reports status by unit and reviewer', async () => {
    const assigned = await cli('campaign', 'assign', String(campaignId), '--json');
    expect(assigned.code).toBe(0);
    expect(assigned.json()).toMatchObject({ unassigned: 0 });
    const cases = (await cli('campaign', 'cases', String(campaignId), '--unit', UNITS[0], '--json')).json();
    expect(cases.total).toBe(2);
    const own = await cli(
      'campaign',
      'assign',
      String(campaignId),
      '--case',
      cases.rows[0].caseNumber,
      '--reviewer',
      '评查员1',
      '--json',
    );
    expect(own.code).toBe(1);
    expect(own.json().error).toMatchObject({ code: 'CROSS_REVIEW', field: 'reviewerId' });
    const other = await cli(
      'campaign',
      'assign',
      String(campaignId),
      '--case',
      cases.rows[0].caseNumber,
      '--reviewer',
      '李律师',
    );
    expect(other.code).toBe(0);
    const status = await cli('campaign', 'status', String(campaignId));
    expect(status.code).toBe(0);
    expect(status.out).toContain('未分配 0 件');
    expect(status.out).toContain('李律师');
    const json = (await cli('campaign', 'status', String(campaignId), '--json')).json();
    expect(json.progress).toMatchObject({ total: 6, unassigned: 0, byStatus: { not_started: 6 } });
    expect(json.campaign).toMatchObject({ id: campaignId, phase: 'drawn' });
    const stats = await cli('campaign', 'stats', String(campaignId), '--json');
    expect(stats.json()).toMatchObject({ counted: 0, drawn: 6 });
  });
});

describe('pingcha rectification', () => {
  it('lists an empty board, refuses drafting from an unknown campaign, and reports bad statuses', async () => {
    const list = await cli('rectification', 'list', '--json');
    expect(list.code).toBe(0);
    expect(list.json()).toMatchObject({ total: 0, rows: [] });
    const unknown = await cli('rectification', 'draft', '99', '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
    const status = await cli('rectification', 'list', '--status', 'late', '--json');
    expect(status.code).toBe(2);
    expect(status.json().error).toMatchObject({ field: 'status' });
    expect((await cli('rectification', 'move', '1')).code).toBe(2);
  });
});

describe('pingcha rectification: draft, issue, follow up', () => {
  let itemId: number;
  beforeAll(async () => {
    // Score and finalise one drawn case through the API (the CLI has no checklist).
    const ws = await openWorkspace(workspace);
    const ctx = apiContext(ws, '2025-09-26');
    const call = async <K extends OperationName>(name: K, input: unknown) => {
      const result = await dispatch(ctx, name, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as OperationOutput<K>;
    };
    const api = {
      ws,
      ctx,
      ok: call,
      call: (n: OperationName, i: unknown) => dispatch(ctx, n, i),
      close: () => ws.close(),
    };
    const row = (await call('campaigns:cases', { campaignId: 1, unit: UNITS[0], procedure: 'general' })).rows[0]!;
    await scoreAll(api as unknown as TestApi, row.evaluationId, row.reviewerName!, {
      C1: [{ optionId: 'insufficient', points: 3 }],
    });
    await finalize(api as unknown as TestApi, row.evaluationId, row.reviewerName!);
    ws.close();
  });

  it('drafts, issues with a deadline in working days, shows overdue items, records a reply with files, approves', async () => {
    const drafted = await cli('rectification', 'draft', '1', '--actor', '法制科', '--json');
    expect(drafted.code).toBe(0);
    expect(drafted.json().created).toHaveLength(1);
    itemId = drafted.json().created[0].id;
    const issued = await cli('rectification', 'issue', '1', '--on', '2025-09-26', '--days', '5', '--json');
    expect(issued.json().items[0]).toMatchObject({ id: itemId, deadline: '2025-10-10', workingDays: 5 });
    const overdue = await cli('rectification', 'list', '--status', 'overdue', '--today', '2025-10-14');
    expect(overdue.code).toBe(0);
    expect(overdue.out).toContain('3 个工作日');
    expect(overdue.out).toContain('逾期 1');

    const report = write('整改报告.pdf', '%PDF-1.4 整改报告');
    const missing = await cli(
      'rectification',
      'reply',
      String(itemId),
      '--text',
      'x',
      '--file',
      path.join(dir, 'none.pdf'),
      '--json',
    );
    expect(missing.code).toBe(1);
    expect(missing.json().error).toMatchObject({ code: 'IO', field: 'file', file: path.join(dir, 'none.pdf') });
    const reply = await cli(
      'rectification',
      'reply',
      String(itemId),
      '--text',
      '已补充证据',
      '--file',
      report,
      '--actor',
      '大沽联络员',
      '--json',
    );
    expect(reply.code).toBe(0);
    expect(reply.json().reply.attachments).toMatchObject([{ fileName: '整改报告.pdf', mime: 'application/pdf' }]);
    expect((await cli('rectification', 'move', String(itemId), 'complete', '--on', '2025-10-13')).code).toBe(0);
    const byUnit = await cli('rectification', 'move', String(itemId), 'approve', '--approver', '评查员1', '--json');
    expect(byUnit.code).toBe(1);
    expect(byUnit.json().error).toMatchObject({ code: 'CONFLICT', field: 'approverId' });
    const approved = await cli(
      'rectification',
      'move',
      String(itemId),
      'approve',
      '--approver',
      '法制科王科长',
      '--json',
    );
    expect(approved.json()).toMatchObject({ status: 'accepted', acceptedBy: '法制科王科长' });
    const show = await cli('rectification', 'show', String(itemId));
    expect(show.out).toContain('已验收');
    expect(show.out).toContain('整改报告.pdf');
    expect(show.out).toContain('大沽联络员');
  });
});
