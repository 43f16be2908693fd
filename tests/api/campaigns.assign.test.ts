import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addPanel,
  createQuarter,
  finalize,
  quarterCases,
  scoreAll,
  refusedWithoutChange,
  UNITS,
  type Panel,
} from './campaignHelpers.ts';
import { testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let panel: Panel;
let campaignId: number;
beforeEach(async () => {
  api = await testApi();
  quarterCases(api, { general: 3, simple: 1 });
  panel = await addPanel(api);
  campaignId = (await createQuarter(api)).id;
  await api.ok('campaigns:draw', { campaignId, seed: '7' });
});
afterEach(() => api.close());

const unitOfReviewer = (id: number) => [...panel.unitReviewers.entries()].find(([, r]) => r === id)?.[0] ?? null;

describe('reviewers', () => {
  it('lists, edits and removes reviewers; a name is unique; a unit reviewer needs a unit', async () => {
    const list = await api.ok('reviewers:list', {});
    expect(list.map((r) => [r.name, r.affiliation, r.unit])).toEqual(
      expect.arrayContaining([
        ['评查员1', 'unit', UNITS[0]],
        ['法制科王科长', 'legal_office', null],
        ['李律师', 'external', null],
      ]),
    );
    expect(
      await refusedWithoutChange(api, 'reviewers:save', { name: '评查员1', affiliation: 'external' }),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    expect(await refusedWithoutChange(api, 'reviewers:save', { name: '新人', affiliation: 'unit' })).toMatchObject({
      code: 'VALIDATION',
      field: 'unit',
    });
    expect(
      await refusedWithoutChange(api, 'reviewers:save', { name: '新人', affiliation: 'legal_office', unit: UNITS[0] }),
    ).toMatchObject({ code: 'VALIDATION', field: 'unit' });
    const added = await api.ok('reviewers:save', { name: '新人', affiliation: 'external', actor: '法制科' });
    const removed = await api.ok('reviewers:remove', { id: added.id, actor: '法制科' });
    expect(removed).toEqual({ id: added.id, outcome: 'deleted' });
    expect(
      api.ws.db
        .prepare(`SELECT action FROM audit_log WHERE entity = 'reviewer' AND entity_id = ? ORDER BY id`)
        .all(String(added.id)),
    ).toEqual([{ action: 'create' }, { action: 'delete' }]);
  });

  it('refuses removing a reviewer with unfinished cases; deactivates one with history, and saving the name again reactivates them', async () => {
    await api.ok('campaigns:assign', { mode: 'auto', campaignId });
    const busy = panel.unitReviewers.get(UNITS[0])!;
    expect(await refusedWithoutChange(api, 'reviewers:remove', { id: busy })).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
    });
    // Moving the reviewer to a unit whose cases they hold breaks cross-review: refused.
    const held = await api.ok('campaigns:cases', { campaignId, reviewerId: busy, limit: 1 });
    expect(
      await refusedWithoutChange(api, 'reviewers:save', {
        id: busy,
        name: '评查员1',
        affiliation: 'unit',
        unit: held.rows[0]!.unit,
      }),
    ).toMatchObject({ code: 'CROSS_REVIEW', field: 'unit' });

    // They finish one case and hand the rest to the lawyer; removed, they keep their history, inactive.
    const all = await api.ok('campaigns:cases', { campaignId, reviewerId: busy, limit: 1000 });
    const [done, ...rest] = all.rows;
    await scoreAll(api, done!.evaluationId, '评查员1');
    await finalize(api, done!.evaluationId, '评查员1');
    for (const row of rest) {
      await api.ok('campaigns:assign', { mode: 'set', campaignId, caseId: row.caseId, reviewerId: panel.lawyer });
    }
    const deactivated = await api.ok('reviewers:remove', { id: busy });
    expect(deactivated.outcome).toBe('deactivated');
    expect((await api.ok('reviewers:list', {})).some((r) => r.id === busy)).toBe(false);
    expect((await api.ok('reviewers:list', { includeInactive: true })).find((r) => r.id === busy)).toMatchObject({
      active: false,
      assigned: 1,
      finalized: 1,
    });
    const back = await api.ok('reviewers:save', { name: '评查员1', affiliation: 'unit', unit: UNITS[0] });
    expect(back).toMatchObject({ id: busy, active: true });
  });
});

describe('assignment', () => {
  it('assigns every drawn case under the cross-review rule with balanced load, and shows progress', async () => {
    const result = await api.ok('campaigns:assign', { mode: 'auto', campaignId, actor: '法制科' });
    expect(result.changed).toHaveLength(12);
    expect(result.unassigned).toBe(0);
    const loads = result.load.map((l) => l.cases);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(12);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const rows = (await api.ok('campaigns:cases', { campaignId, limit: 1000 })).rows;
    for (const row of rows) {
      expect(row.reviewerId).not.toBeNull();
      expect(row.reviewerUnit).not.toBe(row.unit);
      expect(unitOfReviewer(row.reviewerId!)).not.toBe(row.unit);
    }
    // The score sheet's reviewer follows the assignment.
    const one = rows[0]!;
    const view = await api.ok('evaluations:open', { evaluationId: one.evaluationId });
    expect(view.evaluation.reviewer).toBe(one.reviewerName);

    const progress = await api.ok('campaigns:progress', { campaignId });
    expect(progress).toMatchObject({ total: 12, unassigned: 0, finalizedShare: 0 });
    expect(progress.byStatus.not_started).toBe(12);
    expect(progress.byUnit.map((u) => [u.label, u.total])).toEqual([...UNITS].sort().map((u) => [u, 4]));
    expect(progress.byReviewer.reduce((sum, r) => sum + r.total, 0)).toBe(12);

    // Running it again changes nothing; with a panel and `reassign`, cases not started move to the panel.
    expect((await api.ok('campaigns:assign', { mode: 'auto', campaignId })).changed).toEqual([]);
    const legalOnly = await api.ok('campaigns:assign', {
      mode: 'auto',
      campaignId,
      reviewerIds: [panel.legalOffice, panel.lawyer],
      reassign: true,
    });
    expect(
      legalOnly.load
        .filter((l) => l.cases > 0)
        .map((l) => l.reviewerId)
        .sort(),
    ).toEqual([panel.legalOffice, panel.lawyer].sort());
    expect(legalOnly.changed.length).toBeGreaterThan(0);
    expect(api.ws.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'assign'`).get()).toEqual({
      n: 12 + legalOnly.changed.length,
    });
  });

  it('refuses a reviewer of the case’s own unit (CROSS_REVIEW, naming reviewerId) and stores nothing', async () => {
    const rows = (await api.ok('campaigns:cases', { campaignId, unit: UNITS[1], limit: 1 })).rows;
    const own = panel.unitReviewers.get(UNITS[1])!;
    const error = await refusedWithoutChange(api, 'campaigns:assign', {
      mode: 'set',
      campaignId,
      caseId: rows[0]!.caseId,
      reviewerId: own,
    });
    expect(error).toMatchObject({ code: 'CROSS_REVIEW', field: 'reviewerId' });
    expect(error!.message).toContain(rows[0]!.caseNumber);
    // The checklist's reviewer field is an assignment too when the name is a registered reviewer.
    expect(
      await refusedWithoutChange(api, 'evaluations:set-reviewer', {
        evaluationId: rows[0]!.evaluationId,
        reviewer: '评查员2',
      }),
    ).toMatchObject({ code: 'CROSS_REVIEW' });
    // Auto assignment with only the unit's own reviewer left for a unit: refused naming the unit.
    const blocked = await refusedWithoutChange(api, 'campaigns:assign', {
      mode: 'auto',
      campaignId,
      reviewerIds: [panel.unitReviewers.get(UNITS[0])!],
    });
    expect(blocked).toMatchObject({ code: 'CROSS_REVIEW', field: 'reviewers' });
    expect(blocked!.message).toContain(UNITS[0]);
    expect(
      await refusedWithoutChange(api, 'campaigns:assign', {
        mode: 'set',
        campaignId,
        caseId: 99999,
        reviewerId: panel.lawyer,
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'caseId',
    });
    expect(
      await refusedWithoutChange(api, 'campaigns:assign', { mode: 'auto', campaignId, reviewerIds: [4242] }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'reviewerIds[0]',
    });
  });

  it('a registered name typed into the checklist becomes the assignment; an unregistered one only signs', async () => {
    const row = (await api.ok('campaigns:cases', { campaignId, unit: UNITS[0], limit: 1 })).rows[0]!;
    await api.ok('evaluations:set-reviewer', { evaluationId: row.evaluationId, reviewer: '评查员2' });
    const after = (await api.ok('campaigns:cases', { campaignId, caseIds: [row.caseId] })).rows[0]!;
    expect(after).toMatchObject({ reviewerName: '评查员2', reviewerId: panel.unitReviewers.get(UNITS[1]) });
    await api.ok('evaluations:set-reviewer', { evaluationId: row.evaluationId, reviewer: '临时帮忙的同事' });
    const still = (await api.ok('campaigns:cases', { campaignId, caseIds: [row.caseId] })).rows[0]!;
    expect(still.reviewerName).toBe('评查员2');
    const view = await api.ok('evaluations:open', { evaluationId: row.evaluationId });
    expect(view.evaluation.reviewer).toBe('临时帮忙的同事');
  });
});

describe('campaign case list', () => {
  it('filters, sorts and pages the drawn cases', async () => {
    await api.ok('campaigns:assign', { mode: 'auto', campaignId });
    const page1 = await api.ok('campaigns:cases', { campaignId, limit: 5, sort: 'caseNumber' });
    const page2 = await api.ok('campaigns:cases', { campaignId, limit: 5, offset: 5, sort: 'caseNumber' });
    expect(page1.total).toBe(12);
    const numbers = [...page1.rows, ...page2.rows].map((r) => r.caseNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(10);
    const desc = await api.ok('campaigns:cases', { campaignId, sort: 'caseNumber', direction: 'desc', limit: 1 });
    expect(desc.rows[0]!.caseNumber).toBe(
      (await api.ok('campaigns:cases', { campaignId, limit: 1000 })).rows
        .map((r) => r.caseNumber)
        .sort()
        .pop(),
    );
    const simple = await api.ok('campaigns:cases', { campaignId, procedure: 'simple' });
    expect(simple.total).toBe(3);
    expect(simple.rows.every((r) => r.templateId === 'simple-penalty')).toBe(true);
    const byUnit = await api.ok('campaigns:cases', { campaignId, unit: UNITS[2] });
    expect(byUnit.rows.every((r) => r.unit === UNITS[2])).toBe(true);
    const ids = byUnit.rows.slice(0, 2).map((r) => r.caseId);
    expect((await api.ok('campaigns:cases', { campaignId, caseIds: ids })).rows.map((r) => r.caseId).sort()).toEqual(
      [...ids].sort(),
    );
    const text = await api.ok('campaigns:cases', { campaignId, text: byUnit.rows[0]!.caseNumber });
    expect(text.rows.map((r) => r.caseId)).toEqual([byUnit.rows[0]!.caseId]);
    await api.ok('campaigns:assign', { mode: 'set', campaignId, caseId: ids[0]!, reviewerId: null });
    expect((await api.ok('campaigns:cases', { campaignId, reviewerId: 'none' })).rows.map((r) => r.caseId)).toEqual([
      ids[0],
    ]);
    const bad = await api.call('campaigns:cases', { campaignId, sort: 'party' });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'VALIDATION', field: 'sort' });
    const missing = await api.call('campaigns:cases', { campaignId: 999 });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
  });
});
