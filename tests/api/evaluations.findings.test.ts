import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationView, FindingView } from '../../shared/api/evaluationTypes.ts';
import type { RuleId } from '../../shared/checks/ruleIds.ts';
import type { CaseBundleInput } from '../../shared/domain/bundle.ts';
import { addCase, cleanCase, testApi, type TestApi, type TestDoc } from './helpers.ts';

let api: TestApi;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.close());

let counter = 0;
function defective(change: (c: { data: CaseBundleInput; docs: TestDoc[] }) => void): number {
  counter += 1;
  const c = cleanCase(`津滨大沽执罚〔2025〕${100 + counter}号`);
  change(c);
  return addCase(api.ws, c);
}

const finding = (view: { findings: FindingView[] }, rule: RuleId): FindingView =>
  view.findings.find((f) => f.rule === rule)!;

const item = (view: EvaluationView, id: string) => view.items.find((i) => i.itemId === id);

async function open(caseId: number): Promise<EvaluationView> {
  return api.ok('evaluations:open', { caseId });
}

describe('automatic findings: accept, override, re-run', () => {
  it('accepting a failing finding applies the mapped deduction; overriding takes it back', async () => {
    const caseId = defective((c) => {
      c.data.dates = { ...c.data.dates, violation: '2024-11-25', discovered: '2024-11-28', filed: '2024-12-02' };
    });
    const view = await open(caseId);
    const late = finding(view, 'decision_within_90_days');
    expect(late).toMatchObject({ status: 'fail', decision: 'pending' });
    expect(late.computation).toMatchObject({ calendar: 'calendar', deadline: '2025-03-02' });
    expect(late.targets).toEqual([{ kind: 'item', itemId: 'E7', choice: { optionId: 'overdue' } }]);
    expect(view.score.total).toBe(100); // a pending finding changes nothing

    const accepted = await api.ok('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: late.id,
      decision: 'accepted',
      actor: '评查员甲',
    });
    expect(accepted.finding).toMatchObject({ decision: 'accepted', decidedBy: '评查员甲' });
    expect(accepted.finding.applied).toEqual(late.targets);
    expect(accepted.items).toEqual([
      expect.objectContaining({ itemId: 'E7', status: 'deducted', deductions: [{ optionId: 'overdue' }] }),
    ]);
    expect(accepted.score.total).toBe(96);
    expect(accepted.evaluation).toMatchObject({ total: 96, status: 'in_progress' });

    // Override without a reason is refused at the door, naming the field.
    const noReason = await api.call('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: late.id,
      decision: 'overridden',
    });
    expect(noReason.ok === false && noReason.error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const blankReason = await api.call('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: late.id,
      decision: 'overridden',
      reason: '   ',
    });
    expect(blankReason.ok === false && blankReason.error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect((await open(caseId)).score.total).toBe(96);

    const overridden = await api.ok('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: late.id,
      decision: 'overridden',
      reason: '案件经批准延长办案期限',
      actor: '评查员乙',
    });
    expect(overridden.finding).toMatchObject({
      decision: 'overridden',
      decisionReason: '案件经批准延长办案期限',
      decidedBy: '评查员乙',
      applied: [],
    });
    expect(overridden.score.total).toBe(100);
    expect(item(await open(caseId), 'E7')).toBeUndefined();

    const history = await api.ok('evaluations:history', { evaluationId: view.evaluation.id });
    const decisions = history.filter((e) => e.entity === 'finding' && e.action === 'decide').reverse();
    expect(decisions.map((e) => [e.actor, e.before, e.after])).toEqual([
      [
        '评查员甲',
        { rule: 'decision_within_90_days', decision: 'pending', reason: null, decidedBy: null },
        expect.objectContaining({ decision: 'accepted', applied: late.targets }),
      ],
      [
        '评查员乙',
        expect.objectContaining({ decision: 'accepted', decidedBy: '评查员甲' }),
        expect.objectContaining({ decision: 'overridden', reason: '案件经批准延长办案期限', applied: [] }),
      ],
    ]);
    const itemChanges = history.filter((e) => e.entity === 'item_result').reverse();
    expect(itemChanges.map((e) => [e.action, e.before, e.after])).toEqual([
      ['auto-apply', null, expect.objectContaining({ status: 'deducted', rule: 'decision_within_90_days' })],
      ['auto-revert', expect.objectContaining({ status: 'deducted' }), null],
    ]);
  });

  it('an override leaves the item as the reviewer set it', async () => {
    const caseId = defective((c) => {
      c.data.dates = { ...c.data.dates, violation: '2024-11-25', discovered: '2024-11-28', filed: '2024-12-02' };
    });
    const view = await open(caseId);
    await api.ok('evaluations:save-item', {
      evaluationId: view.evaluation.id,
      itemId: 'E7',
      status: 'ok',
      note: '已核实',
    });
    const late = finding(view, 'decision_within_90_days');
    const result = await api.ok('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: late.id,
      decision: 'overridden',
      reason: '延期经批准',
    });
    expect(result.items).toEqual([]);
    expect(item(await open(caseId), 'E7')).toMatchObject({ status: 'ok', note: '已核实' });
    expect(result.score.total).toBe(100);
  });

  it('a finding mapped to a veto hits it; taking it back restores the veto', async () => {
    const caseId = defective((c) => {
      c.data.officers = [{ name: '李执法', certificateNo: '12010001', certificateValidUntil: '2027-12-31' }];
    });
    const view = await open(caseId);
    const single = finding(view, 'two_officers');
    expect(single.status).toBe('fail');
    expect(single.targets).toEqual([{ kind: 'veto', vetoId: 'V2' }]);
    const accepted = await api.ok('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: single.id,
      decision: 'accepted',
    });
    expect(accepted.score.total).toBe(0);
    expect(accepted.evaluation).toMatchObject({ vetoed: true, grade: '不合格' });
    const reset = await api.ok('evaluations:decide-finding', {
      evaluationId: view.evaluation.id,
      findingId: single.id,
      decision: 'pending',
    });
    expect(reset.finding).toMatchObject({ decision: 'pending', decidedBy: null, decisionReason: null });
    expect(reset.score.total).toBe(100);
    expect(reset.evaluation.vetoed).toBe(false);
  });

  it('a missing document is deducted once, on the item for that document', async () => {
    const noClosing = defective((c) => {
      c.docs = c.docs.filter((d) => d.type !== 'closing_report');
    });
    const noReceipt = defective((c) => {
      c.docs = c.docs.filter((d) => d.type !== 'delivery_receipt');
    });
    const a = finding(await open(noClosing), 'required_documents');
    expect(a.targets).toEqual([{ kind: 'item', itemId: 'F4', choice: { optionId: 'defect' } }]);
    const b = finding(await open(noReceipt), 'required_documents');
    expect(b.targets).toEqual([{ kind: 'item', itemId: 'G2', choice: { optionId: 'defect', occurrences: 1 } }]);
  });

  it('two findings sharing a target: the target stays while either is accepted', async () => {
    const caseId = defective((c) => {
      c.data.flags = { legalReviewRequired: true };
      c.data.dates = { ...c.data.dates, legalReview: '2025-04-05' };
    });
    const view = await open(caseId);
    const present = finding(view, 'legal_review_present');
    const before = finding(view, 'legal_review_before_decision');
    expect([present.status, before.status]).toEqual(['fail', 'fail']);
    expect(present.targets).toEqual(before.targets);
    const id = view.evaluation.id;
    const decide = (findingId: number, decision: string, reason?: string) =>
      api.ok('evaluations:decide-finding', { evaluationId: id, findingId, decision, reason });

    expect((await decide(present.id, 'accepted')).score.total).toBe(0); // V8 veto: total 0
    await decide(before.id, 'accepted');
    const afterFirstOverride = await decide(present.id, 'overridden', '审核记录另卷保存');
    expect(afterFirstOverride.items).toEqual([]);
    const mid = await open(caseId);
    expect(item(mid, 'E5')).toMatchObject({ status: 'deducted', deductions: [{ optionId: 'missing' }] });
    expect(item(mid, 'V8')).toMatchObject({ status: 'hit' });
    const last = await decide(before.id, 'overridden', '审核日期笔误');
    expect(last.score.total).toBe(100);
    const end = await open(caseId);
    expect(item(end, 'E5')).toBeUndefined();
    expect(item(end, 'V8')).toBeUndefined();
  });

  it('a deduction the reviewer chose before accepting is never taken back', async () => {
    const caseId = defective((c) => {
      c.data.dates = { ...c.data.dates, violation: '2024-11-25', discovered: '2024-11-28', filed: '2024-12-02' };
    });
    const view = await open(caseId);
    const id = view.evaluation.id;
    await api.ok('evaluations:save-item', {
      evaluationId: id,
      itemId: 'E7',
      status: 'deducted',
      deductions: [{ optionId: 'overdue' }],
    });
    const late = finding(view, 'decision_within_90_days');
    await api.ok('evaluations:decide-finding', { evaluationId: id, findingId: late.id, decision: 'accepted' });
    const result = await api.ok('evaluations:decide-finding', {
      evaluationId: id,
      findingId: late.id,
      decision: 'overridden',
      reason: '复核',
    });
    expect(result.score.total).toBe(96);
    expect(item(await open(caseId), 'E7')).toMatchObject({ status: 'deducted' });
  });

  it('re-running keeps unchanged decisions and resets changed ones, taking back what they applied', async () => {
    // Published 9 working days after the decision: late under Tianjin's 7, in time under 15.
    const caseId = defective((c) => {
      c.data.dates = { ...c.data.dates, published: '2025-04-15' };
    });
    const view = await open(caseId);
    const id = view.evaluation.id;
    const publication = finding(view, 'publication_deadline');
    const order = finding(view, 'document_order');
    expect(publication.status).toBe('fail');
    await api.ok('evaluations:decide-finding', { evaluationId: id, findingId: publication.id, decision: 'accepted' });
    await api.ok('evaluations:decide-finding', { evaluationId: id, findingId: order.id, decision: 'accepted' });
    expect((await open(caseId)).score.total).toBe(99);

    const same = await api.ok('evaluations:rerun-checks', { evaluationId: id });
    expect(same.changedRules).toEqual([]);
    expect(finding(same, 'publication_deadline').decision).toBe('accepted');
    expect(same.score.total).toBe(99);

    const tianjin = (await api.ok('profiles:get', { id: 'tianjin' })).profile;
    const lenient = {
      ...tianjin,
      id: 'lenient',
      name: '宽松测试配置',
      publicationDeadlineWorkingDays: { value: 15, assumed: false, note: '测试', source: null },
    };
    await api.ok('profiles:save', { json: JSON.stringify(lenient) });
    await api.ok('profiles:set-active', { id: 'lenient' });
    const rerun = await api.ok('evaluations:rerun-checks', { evaluationId: id });
    expect(rerun.changedRules).toEqual(['publication_deadline']);
    expect(finding(rerun, 'publication_deadline')).toMatchObject({ status: 'pass', decision: 'pending', applied: [] });
    expect(finding(rerun, 'document_order').decision).toBe('accepted');
    expect(rerun.items).toEqual([expect.objectContaining({ itemId: 'G7', status: 'unreviewed' })]);
    expect(rerun.score.total).toBe(100);
    expect(rerun.evaluation).toMatchObject({ profileId: 'lenient' });
    const history = await api.ok('evaluations:history', { evaluationId: id });
    expect(history.find((e) => e.entity === 'finding' && e.action === 'rerun')).toMatchObject({
      before: { rule: 'publication_deadline', status: 'fail', decision: 'accepted' },
      after: { rule: 'publication_deadline', status: 'pass', decision: 'pending' },
    });
  });

  it('a decision on a finding of another evaluation is NOT_FOUND', async () => {
    const a = await open(defective(() => undefined));
    const b = await open(defective(() => undefined));
    const result = await api.call('evaluations:decide-finding', {
      evaluationId: a.evaluation.id,
      findingId: b.findings[0]!.id,
      decision: 'accepted',
    });
    expect(result.ok === false && result.error).toMatchObject({ code: 'NOT_FOUND', field: 'findingId' });
  });
});
