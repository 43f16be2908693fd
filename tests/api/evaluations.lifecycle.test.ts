import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/evaluationTypes.ts';
import { addCase, cleanCase, testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let caseId: number;
beforeEach(async () => {
  api = await testApi();
  caseId = addCase(api.ws, cleanCase('津滨大沽执罚〔2025〕1号'));
});
afterEach(() => api.close());

const stored = (id: number) =>
  api.ws.db.prepare('SELECT status, total, grade, vetoed, score_json AS s FROM evaluations WHERE id = ?').get(id) as {
    status: string;
    total: number | null;
    grade: string | null;
    vetoed: number;
    s: string;
  };

describe('evaluation lifecycle through the API handlers', () => {
  it('opens (creating it once, with the template chosen by case type and the checks run), then reopens it', async () => {
    const view = await api.ok('evaluations:open', { caseId });
    expect(view.created).toBe(true);
    expect(view.evaluation).toMatchObject({
      caseId,
      status: 'not_started',
      template: { templateId: 'general-penalty', version: '1.0.0' },
      profileId: 'tianjin',
      checksToday: '2025-06-30',
      isCurrent: true,
      total: 100,
    });
    expect(view.evaluation.template.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.template.id).toBe('general-penalty');
    expect(view.findings).toHaveLength(26);
    expect(view.findings.every((f) => f.decision === 'pending')).toBe(true);
    expect(view.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(view.score.complete).toBe(false);

    const again = await api.ok('evaluations:open', { caseId });
    expect(again.created).toBe(false);
    expect(again.evaluation.id).toBe(view.evaluation.id);
    expect(api.ws.db.prepare('SELECT count(*) AS n FROM evaluations').get()).toEqual({ n: 1 });
    const byId = await api.ok('evaluations:open', { evaluationId: view.evaluation.id });
    expect(byId.evaluation.id).toBe(view.evaluation.id);
  });

  it('saves item results, recomputes the score in the same write, stores it and returns it', async () => {
    const { evaluation } = await api.ok('evaluations:open', { caseId });
    const saved = await api.ok('evaluations:save-item', {
      evaluationId: evaluation.id,
      itemId: 'C1',
      status: 'deducted',
      deductions: [{ optionId: 'insufficient', points: 2.5 }],
      note: '证据链不完整',
      actor: '评查员甲',
    });
    expect(saved.item).toMatchObject({ itemId: 'C1', kind: 'item', status: 'deducted', note: '证据链不完整' });
    expect(saved.score.total).toBe(97.5);
    expect(saved.evaluation).toMatchObject({ status: 'in_progress', total: 97.5, grade: '优秀' });
    expect(stored(evaluation.id)).toMatchObject({ status: 'in_progress', total: 97.5, grade: '优秀', vetoed: 0 });
    expect((JSON.parse(stored(evaluation.id).s) as { total: number }).total).toBe(97.5);

    // A veto hit forces the total to 0 and the failing grade.
    const veto = await api.ok('evaluations:save-item', { evaluationId: evaluation.id, itemId: 'V1', status: 'hit' });
    expect(veto.score.total).toBe(0);
    expect(veto.evaluation).toMatchObject({ vetoed: true, grade: '不合格' });
    expect(stored(evaluation.id)).toMatchObject({ total: 0, vetoed: 1, grade: '不合格' });

    // Back to unreviewed removes the row; the score follows.
    const cleared = await api.ok('evaluations:save-item', {
      evaluationId: evaluation.id,
      itemId: 'V1',
      status: 'unreviewed',
    });
    expect(cleared.item).toBeNull();
    expect(cleared.score.total).toBe(97.5);
    const view = await api.ok('evaluations:open', { caseId });
    expect(view.items.map((i) => i.itemId)).toEqual(['C1']);
    expect(view.score.total).toBe(97.5);
  });

  it('refuses item results the template does not allow, naming the item and the field', async () => {
    const { evaluation } = await api.ok('evaluations:open', { caseId });
    const id = evaluation.id;
    const cases: [unknown, string, RegExp][] = [
      [{ itemId: 'Z9', status: 'ok' }, 'itemId', /Z9/],
      [
        { itemId: 'C1', status: 'deducted', deductions: [{ optionId: 'insufficient', points: 12 }] },
        'items.C1.deductions[0].points',
        /C1.*12 is outside \[1, 10\]/,
      ],
      [
        { itemId: 'C1', status: 'deducted', deductions: [{ optionId: 'insufficient', points: 1.3 }] },
        'items.C1.deductions[0].points',
        /C1.*step/,
      ],
      [
        { itemId: 'C1', status: 'deducted', deductions: [{ optionId: 'nope' }] },
        'items.C1.deductions[0].optionId',
        /C1/,
      ],
      [{ itemId: 'C1', status: 'deducted' }, 'items.C1.deductions', /C1.*at least one deduction/],
      [{ itemId: 'C1', status: 'hit' }, 'status', /C1/],
      [{ itemId: 'V1', status: 'deducted' }, 'status', /V1/],
      [{ itemId: 'V1', status: 'hit', deductions: [{ optionId: 'x' }] }, 'deductions', /V1/],
    ];
    for (const [input, field, message] of cases) {
      const result = await api.call('evaluations:save-item', { evaluationId: id, ...(input as object) });
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.field).toBe(field);
      expect(result.error.message).toMatch(message);
    }
    // Schema-level problems name the field too.
    const missing = await api.call('evaluations:save-item', { evaluationId: id, status: 'ok' });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'VALIDATION', field: 'itemId' });
    const badStatus = await api.call('evaluations:save-item', { evaluationId: id, itemId: 'C1', status: 'great' });
    expect(badStatus.ok === false && badStatus.error).toMatchObject({ code: 'VALIDATION', field: 'status' });
    const badOccurrences = await api.call('evaluations:save-item', {
      evaluationId: id,
      itemId: 'B1',
      status: 'deducted',
      deductions: [{ optionId: 'element', occurrences: 0 }],
    });
    expect(badOccurrences.ok === false && badOccurrences.error).toMatchObject({
      code: 'VALIDATION',
      field: 'deductions[0].occurrences',
    });
    const unknownEvaluation = await api.call('evaluations:save-item', {
      evaluationId: 999,
      itemId: 'C1',
      status: 'ok',
    });
    expect(unknownEvaluation.ok === false && unknownEvaluation.error).toMatchObject({
      code: 'NOT_FOUND',
      field: 'evaluationId',
    });
    // Nothing was written by the refused calls.
    expect(api.ws.db.prepare('SELECT count(*) AS n FROM item_results').get()).toEqual({ n: 0 });
    expect(stored(id).status).toBe('not_started');
  });

  it('adds and removes evidence citations, checking item, document and page', async () => {
    const { evaluation } = await api.ok('evaluations:open', { caseId });
    const doc = api.ws.db
      .prepare(`SELECT id FROM documents WHERE case_id = ? AND type = 'inquiry_record'`)
      .get(caseId) as { id: number };
    const added = await api.ok('evaluations:add-evidence', {
      evaluationId: evaluation.id,
      itemId: 'A3',
      documentId: doc.id,
      pageNo: 2,
      quote: '出示执法证件',
    });
    expect(added.evidence).toMatchObject({
      itemId: 'A3',
      documentId: doc.id,
      pageNo: 2,
      documentType: 'inquiry_record',
    });
    expect(added.score.total).toBe(100);

    const other = addCase(api.ws, cleanCase('津滨大沽执罚〔2025〕2号'));
    const foreign = api.ws.db.prepare('SELECT id FROM documents WHERE case_id = ? LIMIT 1').get(other) as {
      id: number;
    };
    for (const [input, field] of [
      [{ itemId: 'Q1', documentId: doc.id }, 'itemId'],
      [{ itemId: 'A3', documentId: foreign.id }, 'documentId'],
      [{ itemId: 'A3', documentId: doc.id, pageNo: 3 }, 'pageNo'],
      [{ itemId: 'A3', documentId: doc.id, pageNo: 0 }, 'pageNo'],
    ] as const) {
      const result = await api.call('evaluations:add-evidence', { evaluationId: evaluation.id, ...input });
      expect(result.ok === false && result.error, JSON.stringify(input)).toMatchObject({ code: 'VALIDATION', field });
    }

    const removed = await api.ok('evaluations:remove-evidence', {
      evaluationId: evaluation.id,
      evidenceId: added.evidence.id,
    });
    expect(removed.removedId).toBe(added.evidence.id);
    const again = await api.call('evaluations:remove-evidence', {
      evaluationId: evaluation.id,
      evidenceId: added.evidence.id,
    });
    expect(again.ok === false && again.error).toMatchObject({ code: 'NOT_FOUND', field: 'evidenceId' });
    expect((await api.ok('evaluations:open', { caseId })).evidence).toEqual([]);
  });

  it('records every change in the audit log with who, when, before and after', async () => {
    const { evaluation } = await api.ok('evaluations:open', { caseId, actor: '系统管理员' });
    const id = evaluation.id;
    await api.ok('evaluations:set-reviewer', { evaluationId: id, reviewer: '评查员甲' });
    await api.ok('evaluations:save-item', { evaluationId: id, itemId: 'A1', status: 'ok' });
    await api.ok('evaluations:save-item', {
      evaluationId: id,
      itemId: 'A1',
      status: 'deducted',
      deductions: [{ optionId: 'element', occurrences: 2 }],
      actor: '评查员乙',
    });
    await api.ok('evaluations:save-item', { evaluationId: id, itemId: 'A1', status: 'unreviewed' });
    const doc = api.ws.db.prepare('SELECT id FROM documents WHERE case_id = ? LIMIT 1').get(caseId) as { id: number };
    const ev = await api.ok('evaluations:add-evidence', { evaluationId: id, itemId: 'A1', documentId: doc.id });
    await api.ok('evaluations:remove-evidence', { evaluationId: id, evidenceId: ev.evidence.id });

    const history = await api.ok('evaluations:history', { evaluationId: id });
    const chronological = [...history].reverse();
    const summary = chronological.map((e) => `${e.entity}:${e.action}:${e.actor}`);
    expect(summary).toEqual([
      'evaluation:create:系统管理员',
      'evaluation:set-reviewer:评查员甲',
      'evaluation:status:评查员甲',
      'item_result:create:评查员甲',
      'item_result:update:评查员乙',
      'evaluation:score:评查员乙',
      'item_result:delete:评查员甲',
      'evaluation:score:评查员甲',
      'evidence:create:评查员甲',
      'evidence:delete:评查员甲',
    ]);
    const find = (entity: string, action: string): AuditEntry =>
      chronological.find((e) => e.entity === entity && e.action === action)!;
    expect(find('evaluation', 'set-reviewer')).toMatchObject({
      before: { reviewer: null },
      after: { reviewer: '评查员甲' },
    });
    expect(find('item_result', 'create')).toMatchObject({ entityId: 'A1', before: null, after: { status: 'ok' } });
    expect(find('item_result', 'update')).toMatchObject({
      before: { status: 'ok' },
      after: { status: 'deducted', choices: [{ optionId: 'element', occurrences: 2 }] },
    });
    expect(find('item_result', 'delete')).toMatchObject({ before: { status: 'deducted' }, after: null });
    expect(find('evaluation', 'score')).toMatchObject({ before: { total: 100 }, after: { total: 98 } });
    expect(find('evidence', 'create')).toMatchObject({ before: null, after: { itemId: 'A1', documentId: doc.id } });
    expect(find('evidence', 'delete')).toMatchObject({ before: { itemId: 'A1' }, after: null });
    for (const e of history) expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const page = await api.ok('evaluations:history', { evaluationId: id, limit: 2, offset: 1 });
    expect(page.map((e) => e.id)).toEqual(history.slice(1, 3).map((e) => e.id));
    const missing = await api.call('evaluations:history', { evaluationId: 4242 });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'evaluationId' });
  });

  it('refuses changes to a finalised evaluation (LOCKED) and writes nothing', async () => {
    const { evaluation } = await api.ok('evaluations:open', { caseId });
    api.ws.db.prepare(`UPDATE evaluations SET status = 'finalized' WHERE id = ?`).run(evaluation.id);
    const before = api.ws.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    for (const [op, input] of [
      ['evaluations:save-item', { itemId: 'A1', status: 'ok' }],
      ['evaluations:set-reviewer', { reviewer: '某人' }],
      ['evaluations:rerun-checks', {}],
    ] as const) {
      const result = await api.call(op, { evaluationId: evaluation.id, ...input });
      expect(result.ok === false && result.error, op).toMatchObject({ code: 'LOCKED', field: 'evaluationId' });
    }
    expect(api.ws.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('opens with a named template, and says which field to fix when no template applies', async () => {
    const named = await api.ok('evaluations:open', { caseId, templateId: 'simple-penalty' });
    expect(named.evaluation.template.templateId).toBe('simple-penalty');
    expect(named.created).toBe(true);
    // The newest evaluation is the case's current one.
    const current = await api.ok('evaluations:open', { caseId });
    expect(current.evaluation.id).toBe(named.evaluation.id);

    const unknownTemplate = await api.call('evaluations:open', { caseId, templateId: 'no-such' });
    expect(unknownTemplate.ok === false && unknownTemplate.error).toMatchObject({
      code: 'NOT_FOUND',
      field: 'templateId',
    });
    const noProcedure = addCase(api.ws, {
      ...cleanCase('津滨大沽执罚〔2025〕9号'),
      data: { ...cleanCase('x').data, caseNumber: '津滨大沽执罚〔2025〕9号', procedure: null },
    });
    const none = await api.call('evaluations:open', { caseId: noProcedure });
    expect(none.ok === false && none.error).toMatchObject({ code: 'VALIDATION', field: 'templateId' });
    const neither = await api.call('evaluations:open', {});
    expect(neither.ok === false && neither.error).toMatchObject({ code: 'VALIDATION', field: 'caseId' });
    const noCase = await api.call('evaluations:open', { caseId: 777 });
    expect(noCase.ok === false && noCase.error).toMatchObject({ code: 'NOT_FOUND', field: 'caseId' });
    const blankReviewer = await api.call('evaluations:set-reviewer', {
      evaluationId: named.evaluation.id,
      reviewer: '  ',
    });
    expect(blankReviewer.ok === false && blankReviewer.error).toMatchObject({ code: 'VALIDATION', field: 'reviewer' });
  });
});
