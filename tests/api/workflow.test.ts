import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationRow } from '../../electron/store/queries/evaluations.ts';
import { evaluationContent } from '../../electron/store/queries/workflow.ts';
import { canonicalJson } from '../../shared/campaigns/canonical.ts';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import { addPanel, createQuarter, scoreAll, refusedWithoutChange, UNITS, unitCase } from './campaignHelpers.ts';
import { testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let evaluationId: number;
let caseNumber: string;
beforeEach(async () => {
  api = await testApi();
  caseNumber = '津滨大沽执罚〔2025〕31号';
  const caseId = unitCase(api, caseNumber, UNITS[0], '2025-05-06');
  evaluationId = (await api.ok('evaluations:open', { caseId })).evaluation.id;
});
afterEach(() => api.close());

const transition = (action: string, actor: string, reason?: string) =>
  api.ok('evaluations:transition', { evaluationId, action, actor, ...(reason ? { reason } : {}) });

async function submitted(
  deductions: Record<string, OptionChoice[]> = { C1: [{ optionId: 'insufficient', points: 4 }] },
) {
  await scoreAll(api, evaluationId, '评查员甲', deductions);
  await transition('submit', '评查员甲');
}

describe('status transitions', () => {
  it('starts, refuses submitting while items are unreviewed, submits, reviews and finalises with the content hash', async () => {
    const started = await transition('start', '评查员甲');
    expect(started).toMatchObject({ from: 'not_started', to: 'in_progress', evaluation: { reviewer: '评查员甲' } });
    const early = await refusedWithoutChange(api, 'evaluations:transition', {
      evaluationId,
      action: 'submit',
      actor: '评查员甲',
    });
    expect(early).toMatchObject({ code: 'VALIDATION', field: 'items' });
    expect(early!.message).toMatch(/尚有 \d+ 项未评/);
    await submitted();
    const row = evaluationRow(api.ws.db, evaluationId);
    expect(row).toMatchObject({ status: 'submitted', submittedBy: '评查员甲' });

    const reviewed = await transition('review', '复核人丁');
    expect(reviewed.evaluation).toMatchObject({ status: 'reviewed', reviewedBy: '复核人丁' });
    const finalized = await transition('finalize', '法制科王科长');
    expect(finalized).toMatchObject({ from: 'reviewed', to: 'finalized' });
    // The hash is sha256 over the canonical JSON of the evaluation's content as locked.
    const content = evaluationContent(api.ws.db, evaluationRow(api.ws.db, evaluationId));
    const expected = crypto.createHash('sha256').update(canonicalJson(content)).digest('hex');
    expect(finalized.contentHash).toBe(expected);
    expect(finalized.evaluation).toMatchObject({
      status: 'finalized',
      contentHash: expected,
      finalizedBy: '法制科王科长',
      submittedBy: '评查员甲',
      reviewedBy: '复核人丁',
    });
    expect(await api.ok('evaluations:verify', { evaluationId })).toEqual({
      evaluationId,
      status: 'finalized',
      stored: expected,
      computed: expected,
      matches: true,
    });
    const statuses = api.ws.db
      .prepare(`SELECT actor, after_json AS a FROM audit_log WHERE evaluation_id = ? AND action = 'status' ORDER BY id`)
      .all(evaluationId) as { actor: string; a: string }[];
    expect(statuses.map((s) => [s.actor, JSON.parse(s.a).action])).toEqual([
      ['评查员甲', 'start'],
      ['评查员甲', 'submit'],
      ['复核人丁', 'review'],
      ['法制科王科长', 'finalize'],
    ]);
  });

  it('refuses transitions the status does not allow, naming the action; return needs a reason', async () => {
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', { evaluationId, action: 'finalize', actor: 'x' }),
    ).toMatchObject({ code: 'CONFLICT', field: 'action' });
    await submitted();
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', { evaluationId, action: 'return', actor: '复核人丁' }),
    ).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', { evaluationId, action: 'jump', actor: 'x' }),
    ).toMatchObject({ code: 'VALIDATION', field: 'action' });
    const back = await transition('return', '复核人丁', '证据页码引用不全，请补充');
    expect(back).toMatchObject({ to: 'in_progress', reason: '证据页码引用不全，请补充' });
    expect(back.evaluation).toMatchObject({ submittedBy: null, submittedAt: null });
    // Back in progress: the reviewer edits again.
    await api.ok('evaluations:save-item', {
      evaluationId,
      itemId: 'A1',
      status: 'ok',
      note: '补充',
      actor: '评查员甲',
    });
  });

  it('a 复核 is a second reviewer: not the evaluation’s own, nor a registered reviewer of the case’s unit', async () => {
    await addPanel(api);
    await submitted();
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', { evaluationId, action: 'review', actor: '评查员甲' }),
    ).toMatchObject({ code: 'CONFLICT', field: 'actor' });
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', { evaluationId, action: 'review', actor: '评查员1' }),
    ).toMatchObject({ code: 'CROSS_REVIEW' });
    await transition('review', '评查员2');
  });
});

describe('locks', () => {
  it('refuses every ordinary edit of a submitted evaluation (only the 复核 may change it) and of a finalised one (LOCKED, naming it)', async () => {
    await submitted();
    const view = await api.ok('evaluations:open', { evaluationId });
    const document = api.ws.db.prepare('SELECT id FROM documents LIMIT 1').get() as { id: number };
    const edits: [Parameters<TestApi['call']>[0], unknown][] = [
      [
        'evaluations:save-item',
        { evaluationId, itemId: 'A1', status: 'deducted', deductions: [{ optionId: 'element' }] },
      ],
      ['evaluations:add-evidence', { evaluationId, itemId: 'A1', documentId: document.id, pageNo: 1 }],
      ['evaluations:decide-finding', { evaluationId, findingId: view.findings[0]!.id, decision: 'accepted' }],
      ['evaluations:rerun-checks', { evaluationId }],
      ['evaluations:set-reviewer', { evaluationId, reviewer: '别人' }],
    ];
    for (const [name, input] of edits) {
      const error = await refusedWithoutChange(api, name, input);
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'status' });
      expect(error!.message).toContain(caseNumber);
    }
    await transition('review', '复核人丁');
    await transition('finalize', '法制科王科长');
    const locked: [Parameters<TestApi['call']>[0], unknown][] = [
      ...edits,
      [
        'evaluations:review-change',
        { evaluationId, actor: '复核人丁', changes: [{ target: 'item', id: 'A1', result: null, reason: '改' }] },
      ],
      ['evaluations:transition', { evaluationId, action: 'submit', actor: '评查员甲' }],
      ['evaluations:transition', { evaluationId, action: 'return', actor: '复核人丁', reason: '再看' }],
    ];
    for (const [name, input] of locked) {
      const error = await refusedWithoutChange(api, name, input);
      expect(error).toMatchObject({ code: 'LOCKED', field: 'evaluationId' });
      expect(error!.message).toContain(`#${evaluationId}`);
      expect(error!.message).toContain(caseNumber);
    }
  });

  it('reopening needs a reason, is logged, unlocks, and a changed evaluation no longer matches its old hash', async () => {
    await submitted();
    await transition('review', '复核人丁');
    const { contentHash } = await transition('finalize', '法制科王科长');
    expect(
      await refusedWithoutChange(api, 'evaluations:transition', {
        evaluationId,
        action: 'reopen',
        actor: '法制科王科长',
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const reopened = await transition('reopen', '法制科王科长', '被评查单位申诉，C1 扣分需重新核实');
    expect(reopened).toMatchObject({ from: 'finalized', to: 'in_progress', contentHash: null });
    expect(reopened.evaluation).toMatchObject({ contentHash: null, finalizedAt: null, reviewedBy: null });
    const audit = api.ws.db
      .prepare(
        `SELECT actor, before_json AS b, after_json AS a FROM audit_log WHERE evaluation_id = ? AND action = 'status' ORDER BY id DESC LIMIT 1`,
      )
      .get(evaluationId) as { actor: string; b: string; a: string };
    expect(audit.actor).toBe('法制科王科长');
    expect(JSON.parse(audit.b)).toEqual({ status: 'finalized', contentHash });
    expect(JSON.parse(audit.a)).toMatchObject({
      status: 'in_progress',
      action: 'reopen',
      reason: '被评查单位申诉，C1 扣分需重新核实',
    });

    await api.ok('evaluations:save-item', {
      evaluationId,
      itemId: 'C1',
      status: 'deducted',
      deductions: [{ optionId: 'insufficient', points: 2 }],
      actor: '评查员甲',
    });
    const verify = await api.ok('evaluations:verify', { evaluationId });
    expect(verify.matches).toBe(false);
    expect(verify.computed).not.toBe(contentHash);
    await transition('submit', '评查员甲');
    await transition('review', '复核人丁');
    const again = await transition('finalize', '法制科王科长');
    expect(again.contentHash).not.toBe(contentHash);
    expect((await api.ok('evaluations:verify', { evaluationId })).matches).toBe(true);
    // A finalised evaluation changed behind the app's back no longer verifies.
    api.ws.db
      .prepare(`UPDATE item_results SET note = '私自修改' WHERE evaluation_id = ? AND item_id = 'A1'`)
      .run(evaluationId);
    expect((await api.ok('evaluations:verify', { evaluationId })).matches).toBe(false);
  });
});

describe('复核 overturns', () => {
  it('records every changed decision of the 复核 with the points before and after; a reworded note is no overturn', async () => {
    await submitted({ C1: [{ optionId: 'insufficient', points: 4 }], E1: [{ optionId: 'element', occurrences: 2 }] });
    const before = await api.ok('evaluations:open', { evaluationId });
    expect(before.evaluation.total).toBe(94);
    const result = await api.ok('evaluations:review-change', {
      evaluationId,
      actor: '复核人丁',
      changes: [
        { target: 'item', id: 'C1', result: { status: 'ok' }, reason: '证据链完整，扣分不当' },
        {
          target: 'item',
          id: 'E1',
          result: {
            status: 'deducted',
            deductions: [{ optionId: 'element', occurrences: 2 }],
            note: '告知书缺两项要素',
          },
          reason: '补充说明',
        },
        { target: 'veto', id: 'V1', result: { hit: true }, reason: '实施主体不合法' },
      ],
    });
    expect(result.overturns.map((o) => [o.target, o.itemId, o.deductedBefore, o.deductedAfter])).toEqual(
      expect.arrayContaining([
        ['item', 'C1', 4, 0],
        ['veto', 'V1', null, null],
      ]),
    );
    expect(result.overturns).toHaveLength(2);
    const c1 = result.overturns.find((o) => o.itemId === 'C1')!;
    expect(c1).toMatchObject({
      reviewer: '复核人丁',
      originalReviewer: '评查员甲',
      reason: '证据链完整，扣分不当',
      itemName: '证据证明全部构成要件',
      caseNumber,
      before: { status: 'deducted', deductions: [{ optionId: 'insufficient', points: 4 }] },
      after: { status: 'ok' },
    });
    expect(result).toMatchObject({ total: 0, grade: '不合格', evaluation: { status: 'submitted' } });
    const view = await api.ok('evaluations:open', { evaluationId });
    expect(view.items.find((i) => i.itemId === 'E1')!.note).toBe('告知书缺两项要素');
    expect((await api.ok('evaluations:overturns', { evaluationId })).total).toBe(2);
    const audit = api.ws.db
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE evaluation_id = ? AND action = 'review'`)
      .get(evaluationId);
    expect(audit).toEqual({ n: 3 });
  });

  it('refuses bad changes naming the change and field, by the evaluation’s own reviewer, or before submission; nothing is stored', async () => {
    const change = (c: unknown) => ({ evaluationId, actor: '复核人丁', changes: [c] });
    expect(
      await refusedWithoutChange(
        api,
        'evaluations:review-change',
        change({ target: 'item', id: 'C1', result: null, reason: '' }),
      ),
    ).toMatchObject({ code: 'VALIDATION', field: 'changes[0].reason' });
    await scoreAll(api, evaluationId, '评查员甲');
    expect(
      await refusedWithoutChange(
        api,
        'evaluations:review-change',
        change({ target: 'item', id: 'C1', result: null, reason: '改' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'status' });
    await transition('submit', '评查员甲');
    expect(
      await refusedWithoutChange(
        api,
        'evaluations:review-change',
        change({ target: 'item', id: 'ZZ9', result: null, reason: '改' }),
      ),
    ).toMatchObject({ code: 'VALIDATION', field: 'changes[0].id' });
    const badOption = await refusedWithoutChange(
      api,
      'evaluations:review-change',
      change({
        target: 'item',
        id: 'C1',
        result: { status: 'deducted', deductions: [{ optionId: 'nope' }] },
        reason: '改',
      }),
    );
    expect(badOption).toMatchObject({ code: 'VALIDATION' });
    expect(badOption!.field).toMatch(/^changes\[0\]\.result\./);
    expect(
      await refusedWithoutChange(api, 'evaluations:review-change', {
        evaluationId,
        actor: '评查员甲',
        changes: [{ target: 'item', id: 'C1', result: null, reason: '自己改' }],
      }),
    ).toMatchObject({ code: 'CONFLICT', field: 'actor' });
  });

  it('lists a campaign’s overturns', async () => {
    const campaign = await createQuarter(api, { scope: { units: [UNITS[0]] } });
    const drawn = await api.ok('campaigns:draw', { campaignId: campaign.id, seed: '1' });
    expect(drawn.evaluationsLinked).toBe(1);
    await submitted();
    await api.ok('evaluations:review-change', {
      evaluationId,
      actor: '复核人丁',
      changes: [{ target: 'item', id: 'C1', result: { status: 'ok' }, reason: '不扣' }],
    });
    const list = await api.ok('evaluations:overturns', { campaignId: campaign.id });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ campaignId: campaign.id, evaluationId, itemId: 'C1' });
    const neither = await api.call('evaluations:overturns', {});
    expect(neither.ok ? null : neither.error).toMatchObject({ code: 'VALIDATION', field: 'evaluationId' });
  });
});
