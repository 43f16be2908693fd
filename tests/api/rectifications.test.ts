import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import {
  addPanel,
  createQuarter,
  finalize,
  quarterCases,
  scoreAll,
  refusedWithoutChange,
  UNITS,
  unitCase,
  type Panel,
} from './campaignHelpers.ts';
import { tempDir, testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let panel: Panel;
let campaignId: number;
let files: string;

/** What each unit's first case is deducted on in Q2 (the third unit's case is clean). */
const Q2_DEDUCTIONS: Record<string, Record<string, OptionChoice[]>> = {
  [UNITS[0]]: { C1: [{ optionId: 'insufficient', points: 4 }], E1: [{ optionId: 'element', occurrences: 1 }] },
  [UNITS[1]]: { B1: [{ optionId: 'missing' }] },
  [UNITS[2]]: {},
};

/** Scores and finalises the first drawn case of each unit; the others stay not started. */
async function finaliseFirstOfEachUnit(id: number, deductions: Record<string, Record<string, OptionChoice[]>>) {
  for (const unit of UNITS) {
    const row = (await api.ok('campaigns:cases', { campaignId: id, unit, limit: 1 })).rows[0]!;
    await scoreAll(api, row.evaluationId, row.reviewerName!, deductions[unit]);
    await finalize(api, row.evaluationId, row.reviewerName!);
  }
}

beforeEach(async () => {
  api = await testApi('2025-09-26');
  files = tempDir('pingcha-reply-');
  quarterCases(api, { general: 2, simple: 0 });
  panel = await addPanel(api);
  campaignId = (await createQuarter(api)).id;
  await api.ok('campaigns:draw', { campaignId, seed: 'Q2' });
  await api.ok('campaigns:assign', { mode: 'auto', campaignId });
  await finaliseFirstOfEachUnit(campaignId, Q2_DEDUCTIONS);
});
afterEach(() => {
  api.close();
  fs.rmSync(files, { recursive: true, force: true });
});

const today = (date: string) => {
  api.ctx.today = () => date;
};

async function draftAll() {
  return api.ok('rectifications:draft', { campaignId, actor: '法制科' });
}

describe('drafting', () => {
  it('drafts one item per deduction of the finalised evaluations, in the standard’s wording, once', async () => {
    const draft = await draftAll();
    expect(draft.created.map((r) => [r.unit, r.itemId]).sort()).toEqual(
      [
        [UNITS[0], 'C1'],
        [UNITS[0], 'E1'],
        [UNITS[1], 'B1'],
      ].sort(),
    );
    const c1 = draft.created.find((r) => r.itemId === 'C1')!;
    expect(c1).toMatchObject({
      target: 'item',
      templateId: 'general-penalty',
      itemName: '证据证明全部构成要件',
      deducted: 4,
      status: 'pending',
      displayStatus: 'draft',
      issuedOn: null,
      deadline: null,
      workingDays: 15,
      repeatOf: null,
      createdBy: '法制科',
      campaignId,
    });
    expect(c1.problem).toContain('证据证明全部构成要件');
    expect(c1.problem).toContain('扣 4 分');
    expect(c1.requirement.length).toBeGreaterThan(10);
    expect(c1.legalBasis).toMatch(/《.+》/);
    // The clean case gives nothing; the cases not finalised are not drafted from.
    expect(draft.skipped.filter((s) => s.reason.includes('no deductions'))).toHaveLength(1);
    expect(draft.skipped.filter((s) => s.reason.includes('not finalised'))).toHaveLength(3);
    const again = await draftAll();
    expect(again).toMatchObject({ created: [], existing: 3, removed: 0 });
    const history = await api.ok('rectifications:history', { id: c1.id });
    expect(history.rows.map((e) => e.action)).toEqual(['draft']);
  });

  it('redrafting after a reopened evaluation drops the drafts whose deduction is gone', async () => {
    await draftAll();
    const row = (await api.ok('campaigns:cases', { campaignId, unit: UNITS[1], status: 'finalized' })).rows[0]!;
    await api.ok('evaluations:transition', {
      evaluationId: row.evaluationId,
      action: 'reopen',
      reason: '单位申诉成立',
      actor: '法制科王科长',
    });
    await api.ok('evaluations:save-item', {
      evaluationId: row.evaluationId,
      itemId: 'B1',
      status: 'ok',
      actor: '评查员1',
    });
    await finalize(api, row.evaluationId, row.reviewerName!);
    const redraft = await draftAll();
    expect(redraft).toMatchObject({ created: [], removed: 1, existing: 2 });
    expect((await api.ok('rectifications:list', { campaignId, unit: UNITS[1] })).total).toBe(0);
  });
});

describe('issuing and the lifecycle', () => {
  it('edits drafts, issues with deadlines in working days across the National Day holiday, then freezes the wording', async () => {
    const { created } = await draftAll();
    const c1 = created.find((r) => r.itemId === 'C1')!;
    const edited = await api.ok('rectifications:update', {
      id: c1.id,
      problem: '调查取证不充分：缺少现场照片',
      workingDays: 5,
      actor: '法制科',
    });
    expect(edited).toMatchObject({ problem: '调查取证不充分：缺少现场照片', workingDays: 5 });
    expect(await refusedWithoutChange(api, 'rectifications:update', { id: c1.id, workingDays: 0 })).toMatchObject({
      code: 'VALIDATION',
      field: 'workingDays',
    });
    expect(await refusedWithoutChange(api, 'rectifications:update', { id: c1.id })).toMatchObject({
      code: 'VALIDATION',
      field: 'problem',
    });

    const issued = await api.ok('rectifications:issue', { campaignId, unit: UNITS[0], actor: '法制科' });
    expect(issued.issuedOn).toBe('2025-09-26');
    // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are make-up working days; 10-01…10-08 are off.
    expect(issued.items.map((r) => [r.itemId, r.workingDays, r.deadline, r.displayStatus]).sort()).toEqual([
      ['C1', 5, '2025-10-10', 'pending'],
      ['E1', 15, '2025-10-23', 'pending'],
    ]);
    const listed = await api.ok('rectifications:list', { campaignId });
    expect(listed.counts).toMatchObject({ draft: 1, pending: 2 });
    expect(await refusedWithoutChange(api, 'rectifications:update', { id: c1.id, problem: '改' })).toMatchObject({
      code: 'CONFLICT',
      field: 'problem',
    });
    expect(await refusedWithoutChange(api, 'rectifications:discard', { id: c1.id, reason: '不需要' })).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
    });
    // Only drafts are issued; an issued id is refused by its position.
    expect(await refusedWithoutChange(api, 'rectifications:issue', { campaignId, ids: [c1.id] })).toMatchObject({
      code: 'CONFLICT',
      field: 'ids[0]',
    });
    // A year the holiday calendar does not cover: refused, naming the date.
    expect(
      await refusedWithoutChange(api, 'rectifications:issue', { campaignId, issuedOn: '2031-03-02' }),
    ).toMatchObject({
      code: 'CALENDAR_NOT_COVERED',
      field: 'issuedOn',
    });
    const b1 = created.find((r) => r.itemId === 'B1')!;
    expect(await api.ok('rectifications:discard', { id: b1.id, reason: '已当场整改', actor: '法制科' })).toEqual({
      id: b1.id,
    });
    const discarded = api.ws.db
      .prepare(
        `SELECT before_json AS b, after_json AS a FROM audit_log WHERE entity = 'rectification' AND action = 'discard'`,
      )
      .get() as { b: string; a: string };
    expect(JSON.parse(discarded.b)).toMatchObject({ id: b1.id, itemId: 'B1' });
    expect(JSON.parse(discarded.a)).toEqual({ reason: '已当场整改' });
  });

  it('goes overdue by the calendar, needs a reply to report done, and only the legal office approves', async () => {
    const { created } = await draftAll();
    const c1 = created.find((r) => r.itemId === 'C1')!;
    await api.ok('rectifications:update', { id: c1.id, workingDays: 5 });
    await api.ok('rectifications:issue', { campaignId, ids: [c1.id], issuedOn: '2025-09-26' });

    today('2025-10-10');
    expect((await api.ok('rectifications:get', { id: c1.id })).item).toMatchObject({
      displayStatus: 'pending',
      workingDaysOverdue: 0,
    });
    today('2025-10-11'); // a Saturday, but a make-up working day: the first working day over
    expect((await api.ok('rectifications:get', { id: c1.id })).item).toMatchObject({
      displayStatus: 'overdue',
      workingDaysOverdue: 1,
    });
    today('2025-10-14');
    const overdue = await api.ok('rectifications:list', { status: 'overdue' });
    expect(overdue.rows.map((r) => [r.id, r.workingDaysOverdue])).toEqual([[c1.id, 3]]);
    expect(overdue.counts.overdue).toBe(1);

    expect(
      await refusedWithoutChange(api, 'rectifications:move', { id: c1.id, action: 'complete', actor: '大沽联络员' }),
    ).toMatchObject({ code: 'VALIDATION', field: 'replies' });
    const notIssued = created.find((r) => r.itemId === 'E1')!;
    expect(await refusedWithoutChange(api, 'rectifications:move', { id: notIssued.id, action: 'start' })).toMatchObject(
      {
        code: 'CONFLICT',
        field: 'id',
      },
    );
    await api.ok('rectifications:move', { id: c1.id, action: 'start', actor: '大沽联络员' });
    expect((await api.ok('rectifications:get', { id: c1.id })).item.displayStatus).toBe('overdue');
    await api.ok('rectifications:reply', { id: c1.id, text: '已补充现场照片并完善取证制度', actor: '大沽联络员' });
    const done = await api.ok('rectifications:move', {
      id: c1.id,
      action: 'complete',
      on: '2025-10-15',
      actor: '大沽联络员',
    });
    expect(done).toMatchObject({ status: 'done', displayStatus: 'done', doneOn: '2025-10-15', completedLate: true });

    const unitStaff = panel.unitReviewers.get(UNITS[0])!;
    expect(
      await refusedWithoutChange(api, 'rectifications:move', { id: c1.id, action: 'approve', approverId: unitStaff }),
    ).toMatchObject({ code: 'CONFLICT', field: 'approverId' });
    expect(await refusedWithoutChange(api, 'rectifications:move', { id: c1.id, action: 'approve' })).toMatchObject({
      code: 'VALIDATION',
      field: 'approverId',
    });
    expect(
      await refusedWithoutChange(api, 'rectifications:move', {
        id: c1.id,
        action: 'reject',
        approverId: panel.legalOffice,
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const rejected = await api.ok('rectifications:move', {
      id: c1.id,
      action: 'reject',
      reason: '照片未标注拍摄时间',
      approverId: panel.legalOffice,
    });
    expect(rejected).toMatchObject({ status: 'in_progress', doneOn: null });
    await api.ok('rectifications:reply', { id: c1.id, text: '照片已标注时间', actor: '大沽联络员' });
    await api.ok('rectifications:move', { id: c1.id, action: 'complete', on: '2025-10-16', actor: '大沽联络员' });
    const accepted = await api.ok('rectifications:move', {
      id: c1.id,
      action: 'approve',
      approverId: panel.legalOffice,
      on: '2025-10-17',
      actor: '录入员',
    });
    expect(accepted).toMatchObject({
      status: 'accepted',
      displayStatus: 'accepted',
      acceptedBy: '法制科王科长',
      acceptedOn: '2025-10-17',
      replies: 2,
    });
    expect(await refusedWithoutChange(api, 'rectifications:reply', { id: c1.id, text: '再补充' })).toMatchObject({
      code: 'LOCKED',
      field: 'id',
    });
    expect(
      await refusedWithoutChange(api, 'rectifications:move', {
        id: c1.id,
        action: 'reject',
        reason: 'x',
        approverId: panel.legalOffice,
      }),
    ).toMatchObject({ code: 'LOCKED', field: 'action' });

    const history = await api.ok('rectifications:history', { id: c1.id });
    expect(history.rows.map((e) => [e.action, e.actor, e.toStatus])).toEqual([
      ['approve', '法制科王科长', 'accepted'],
      ['complete', '大沽联络员', 'done'],
      ['reply', '大沽联络员', null],
      ['reject', '法制科王科长', 'in_progress'],
      ['complete', '大沽联络员', 'done'],
      ['reply', '大沽联络员', null],
      ['start', '大沽联络员', 'in_progress'],
      ['issue', '未署名', 'pending'],
      ['update', '未署名', null],
      ['draft', '法制科', 'pending'],
    ]);
    expect(history.rows.find((e) => e.action === 'reject')!.reason).toBe('照片未标注拍摄时间');
    expect(history.rows[0]!.detail).toMatchObject({ approverId: panel.legalOffice, recordedBy: '录入员' });
  });

  it('stores reply attachments from a staging area in the content-addressed file store', async () => {
    const { created } = await draftAll();
    const item = created[0]!;
    await api.ok('rectifications:issue', { campaignId, ids: [item.id] });
    const report = path.join(files, '整改报告.pdf');
    fs.writeFileSync(report, '%PDF-1.4 整改报告');
    const upload = path.join(files, 'upload');
    fs.mkdirSync(path.join(upload, '照片'), { recursive: true });
    fs.writeFileSync(path.join(upload, '照片', '现场.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const stagingId = api.ctx.staging.add([report, upload]);
    const result = await api.ok('rectifications:reply', {
      id: item.id,
      text: '已按要求整改，附整改报告和现场照片',
      stagingId,
      actor: '联络员',
    });
    expect(result.reply.attachments.map((a) => [a.fileName, a.mime, a.size])).toEqual([
      ['整改报告.pdf', 'application/pdf', fs.statSync(report).size],
      ['照片/现场.jpg', 'image/jpeg', 7],
    ]);
    expect(result.item).toMatchObject({ replies: 1, attachments: 2 });
    for (const a of result.reply.attachments) {
      expect(api.ws.files.has(a.sha256)).toBe(true);
      const bytes = await api.ok('rectifications:attachment', { attachmentId: a.id });
      expect(
        Buffer.from(bytes).equals(
          fs.readFileSync(a.fileName === '整改报告.pdf' ? report : path.join(upload, '照片', '现场.jpg')),
        ),
      ).toBe(true);
    }
    const detail = await api.ok('rectifications:get', { id: item.id });
    expect(detail.replies[0]!.attachments).toHaveLength(2);
    expect(detail.events[0]).toMatchObject({ action: 'reply', replyId: result.reply.id });

    // A staging id is used once; a symbolic link is refused naming the file, and nothing is stored.
    expect(
      await refusedWithoutChange(api, 'rectifications:reply', { id: item.id, text: '再次', stagingId }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'stagingId',
    });
    const link = path.join(files, 'link.pdf');
    fs.symlinkSync(report, link);
    const error = await refusedWithoutChange(api, 'rectifications:reply', {
      id: item.id,
      text: '链接',
      stagingId: api.ctx.staging.add([link]),
    });
    expect(error).toMatchObject({ code: 'FILE_SYMLINK', file: 'link.pdf' });
    expect(await refusedWithoutChange(api, 'rectifications:attachment', { attachmentId: 999 })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'attachmentId',
    });
  });
});

describe('repeats in the next campaign', () => {
  it('flags an item whose unit and standard item had an item in the previous campaign, with a link to it', async () => {
    const q2 = await draftAll();
    await api.ok('rectifications:issue', { campaignId });
    const q2c1 = q2.created.find((r) => r.itemId === 'C1')!;

    UNITS.forEach((unit, u) => unitCase(api, `津Q3执罚〔2025〕${u + 1}01号`, unit, `2025-08-0${u + 1}`));
    const q3 = await api.ok('campaigns:create', {
      title: '2025年第三季度行政执法案卷评查',
      period: { from: '2025-07-01', to: '2025-09-30' },
      rule: { kind: 'all' },
    });
    expect(q3.previous).toMatchObject({ id: campaignId });
    await api.ok('campaigns:draw', { campaignId: q3.id, seed: 'Q3' });
    await api.ok('campaigns:assign', { mode: 'auto', campaignId: q3.id });
    await finaliseFirstOfEachUnit(q3.id, {
      // The first unit fails C1 again: a repeat. The second fails C1 for the first time.
      [UNITS[0]]: { C1: [{ optionId: 'insufficient', points: 2 }] },
      [UNITS[1]]: { C1: [{ optionId: 'insufficient', points: 2 }] },
      [UNITS[2]]: {},
    });
    const drafted = await api.ok('rectifications:draft', { campaignId: q3.id });
    expect(drafted.repeats).toBe(1);
    const repeat = drafted.created.find((r) => r.unit === UNITS[0])!;
    expect(repeat.repeatOf).toMatchObject({
      id: q2c1.id,
      campaignId,
      campaignTitle: '2025年第二季度行政执法案卷评查',
      caseNumber: q2c1.caseNumber,
      status: 'pending',
    });
    expect(drafted.created.find((r) => r.unit === UNITS[1])!.repeatOf).toBeNull();
    const repeats = await api.ok('rectifications:list', { campaignId: q3.id, repeat: true });
    expect(repeats.rows.map((r) => r.id)).toEqual([repeat.id]);
    expect((await api.ok('rectifications:list', { campaignId: q3.id, repeat: false })).total).toBe(1);

    // Without a previous campaign nothing is a repeat.
    const q3b = await api.ok('campaigns:create', {
      title: '三季度补充抽查',
      period: { from: '2025-07-01', to: '2025-09-30' },
      rule: { kind: 'all' },
      previousCampaignId: null,
    });
    expect(q3b.previous).toBeNull();
  });
});
