import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrawRecord } from '../../shared/api/campaignTypes.ts';
import { createQuarter, quarterCases, refusedWithoutChange, UNITS } from './campaignHelpers.ts';
import { testApi, type TestApi } from './helpers.ts';

let api: TestApi;
let cases: Map<string, number[]>;
beforeEach(async () => {
  api = await testApi();
  cases = quarterCases(api, { general: 4, simple: 2 });
});
afterEach(() => api.close());

const drawnNumbers = (record: DrawRecord) => record.drawn.map((d) => d.caseNumber);

describe('campaign settings', () => {
  it('creates a draft campaign, edits it, and previews the population by unit and procedure', async () => {
    const created = await createQuarter(api, {
      rule: { kind: 'per_unit', n: 2 },
      scope: { units: [UNITS[1], UNITS[0]] },
    });
    expect(created).toMatchObject({
      phase: 'draft',
      ruleText: 'per-unit:2',
      scope: { units: [UNITS[0], UNITS[1]].sort() },
      seed: null,
      previous: null,
      previousAuto: true,
      rectificationDays: 15,
      drawnCount: 0,
      createdBy: '法制科',
    });
    const preview = await api.ok('campaigns:preview', { campaignId: created.id });
    expect(preview.populationSize).toBe(12);
    expect(preview.drawnCount).toBe(4);
    expect(preview.byUnit.map((u) => [u.value, u.population, u.drawn])).toEqual(
      [UNITS[0], UNITS[1]].sort().map((u) => [u, 6, 2]),
    );
    // Stratified by procedure within each unit: one general and one simple case each.
    expect(preview.strata.map((s) => [s.unit, s.procedure, s.population, s.drawn])).toEqual(
      [UNITS[0], UNITS[1]].sort().flatMap((u) => [
        [u, 'general', 4, 1],
        [u, 'simple', 2, 1],
      ]),
    );

    const updated = await api.ok('campaigns:update', {
      campaignId: created.id,
      scope: {},
      rule: { kind: 'percent', percent: 50 },
      seed: 'Q2-2025',
      actor: '法制科',
    });
    expect(updated).toMatchObject({ ruleText: 'percent:50', seed: 'Q2-2025', scope: {} });
    // Unsaved settings preview too (the create dialog).
    const adHoc = await api.ok('campaigns:preview', {
      period: { from: '2025-05-01', to: '2025-05-31' },
      scope: { procedures: ['simple'] },
      rule: { kind: 'all' },
    });
    expect(adHoc.populationSize).toBe(adHoc.drawnCount);
    expect(adHoc.byProcedure.map((p) => p.value)).toEqual(['simple']);

    const listed = await api.ok('campaigns:list', {});
    expect(listed.total).toBe(1);
    expect(listed.rows[0]!.id).toBe(created.id);
    const history = api.ws.db
      .prepare(`SELECT action, actor FROM audit_log WHERE entity = 'campaign' ORDER BY id`)
      .all();
    expect(history).toEqual([
      { action: 'create', actor: '法制科' },
      { action: 'update', actor: '法制科' },
    ]);
  });

  it('refuses bad settings naming the field, and stores nothing', async () => {
    expect(
      await refusedWithoutChange(api, 'campaigns:create', {
        title: 'Q',
        period: { from: '2025-06-30', to: '2025-04-01' },
        rule: { kind: 'all' },
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'period.to' });
    expect(
      await refusedWithoutChange(api, 'campaigns:create', {
        title: 'Q',
        period: { from: '2025-04-01', to: '2025-06-30' },
        rule: { kind: 'percent', percent: 0 },
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'rule.percent' });
    expect(
      await refusedWithoutChange(api, 'campaigns:create', {
        title: 'Q',
        period: { from: '2025-04-01', to: '2025-06-30' },
        rule: { kind: 'all' },
        seed: 'two words',
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'seed' });
    expect(
      await refusedWithoutChange(api, 'campaigns:create', {
        title: 'Q',
        period: { from: '2025-04-01', to: '2025-06-30' },
        rule: { kind: 'all' },
        previousCampaignId: 99,
      }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'previousCampaignId' });
    expect(
      await refusedWithoutChange(api, 'campaigns:preview', { period: { from: '2025-04-01' }, rule: { kind: 'all' } }),
    ).toMatchObject({ code: 'VALIDATION', field: 'period.to' });
    expect(await refusedWithoutChange(api, 'campaigns:preview', {})).toMatchObject({
      code: 'VALIDATION',
      field: 'campaignId',
    });
    const campaign = await createQuarter(api);
    expect(
      await refusedWithoutChange(api, 'campaigns:update', { campaignId: campaign.id, previousCampaignId: campaign.id }),
    ).toMatchObject({ code: 'VALIDATION', field: 'previousCampaignId' });
    // A period without cases: the draw says so, naming the scope.
    await api.ok('campaigns:update', { campaignId: campaign.id, period: { from: '2024-01-01', to: '2024-03-31' } });
    expect(await refusedWithoutChange(api, 'campaigns:draw', { campaignId: campaign.id, seed: '1' })).toMatchObject({
      code: 'DRAW_INVALID',
      field: 'scope',
    });
  });
});

describe('drawing', () => {
  it('the same seed gives the same draw through the store, in another workspace too; the record reproduces it', async () => {
    const campaign = await createQuarter(api, { rule: { kind: 'percent', percent: 50 } });
    const drawn = await api.ok('campaigns:draw', { campaignId: campaign.id, seed: '20250701', actor: '法制科' });
    expect(drawn.campaign).toMatchObject({ phase: 'drawn', seed: '20250701', populationSize: 18, drawnCount: 9 });
    expect(drawn.record).toMatchObject({
      seed: '20250701',
      ruleText: 'percent:50',
      populationSize: 18,
      drawnCount: 9,
      reproduced: true,
      drawnBy: '法制科',
    });
    expect(drawn.record.populationHash).toMatch(/^[0-9a-f]{64}$/);

    const other = await testApi();
    try {
      quarterCases(other, { general: 4, simple: 2 });
      const twin = await other.ok('campaigns:create', {
        title: '复核抽样',
        period: { from: '2025-04-01', to: '2025-06-30' },
        rule: { kind: 'percent', percent: 50 },
      });
      const again = await other.ok('campaigns:draw', { campaignId: twin.id, seed: '20250701' });
      expect(drawnNumbers(again.record)).toEqual(drawnNumbers(drawn.record));
      expect(again.record.strata).toEqual(drawn.record.strata);
      expect(again.record.populationHash).toBe(drawn.record.populationHash);
      // Another seed draws other cases from the same strata.
      const third = await other.ok('campaigns:create', {
        title: '另一种子',
        period: { from: '2025-04-01', to: '2025-06-30' },
        rule: { kind: 'percent', percent: 50 },
      });
      const differently = await other.ok('campaigns:draw', { campaignId: third.id, seed: '20250702' });
      expect(drawnNumbers(differently.record)).not.toEqual(drawnNumbers(drawn.record));
      expect(differently.record.strata).toEqual(drawn.record.strata);
    } finally {
      other.close();
    }

    const record = await api.ok('campaigns:draw-record', { campaignId: campaign.id, includePopulation: true });
    expect(record.population).toHaveLength(18);
    expect(
      record
        .population!.filter((p) => p.pick !== null)
        .map((p) => p.caseId)
        .sort(),
    ).toEqual(record.drawn.map((d) => d.caseId).sort());
    expect(record.reproduced).toBe(true);
    // Stratified by unit and procedure: ceil(50% × 18) = 9 over six strata of 4 and 2 cases.
    expect(record.strata.map((s) => [s.unit, s.procedure, s.population, s.drawn])).toEqual(
      [...UNITS].sort().flatMap((u) => [
        [u, 'general', 4, 2],
        [u, 'simple', 2, 1],
      ]),
    );
  });

  it('creates one campaign evaluation per drawn case with the standard for its procedure; takes over an unstarted ad-hoc one', async () => {
    const unstarted = cases.get(UNITS[0])![0]!;
    const started = cases.get(UNITS[0])![1]!;
    const adHoc = await api.ok('evaluations:open', { caseId: unstarted });
    const worked = await api.ok('evaluations:open', { caseId: started });
    await api.ok('evaluations:save-item', {
      evaluationId: worked.evaluation.id,
      itemId: 'A1',
      status: 'ok',
      actor: '自查人',
    });
    const campaign = await createQuarter(api);
    const result = await api.ok('campaigns:draw', { campaignId: campaign.id, seed: 'all-cases' });
    expect(result.evaluationsLinked).toBe(1);
    expect(result.evaluationsCreated).toBe(17);
    const rows = api.ws.db
      .prepare(
        `SELECT e.id, e.case_id AS caseId, e.template_id AS templateId, e.status, e.is_current AS current, c.procedure
           FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.campaign_id = ? ORDER BY e.case_id`,
      )
      .all(campaign.id) as {
      id: number;
      caseId: number;
      templateId: string;
      status: string;
      current: number;
      procedure: string;
    }[];
    expect(rows).toHaveLength(18);
    for (const r of rows) {
      expect(r.templateId).toBe(r.procedure === 'simple' ? 'simple-penalty' : 'general-penalty');
      expect(r.status).toBe('not_started');
      expect(r.current).toBe(1);
    }
    expect(rows.find((r) => r.caseId === unstarted)!.id).toBe(adHoc.evaluation.id);
    // The self-check with work in it stays outside the campaign, no longer the case's current one.
    expect(
      api.ws.db
        .prepare('SELECT campaign_id AS c, is_current AS cur FROM evaluations WHERE id = ?')
        .get(worked.evaluation.id),
    ).toEqual({ c: null, cur: 0 });
    const listed = await api.ok('campaigns:cases', { campaignId: campaign.id, limit: 1000 });
    expect(listed.total).toBe(18);
    expect(new Set(listed.rows.map((r) => r.evaluationId)).size).toBe(18);
  });

  it('a drawn case not yet started lists without a score or grade (its stored first score is no result), in both lists', async () => {
    const campaign = await createQuarter(api);
    await api.ok('campaigns:draw', { campaignId: campaign.id, seed: 'all-cases' });
    const listed = (await api.ok('campaigns:cases', { campaignId: campaign.id, limit: 1000 })).rows;
    const [first, second] = listed;
    // The store holds a full-marks first score for every new evaluation …
    const stored = api.ws.db.prepare('SELECT total, grade FROM evaluations WHERE id = ?').get(first!.evaluationId) as {
      total: number;
      grade: string;
    };
    expect(stored.total).toBe(100);
    // … which neither list shows, sorts by or filters on until the reviewer starts.
    for (const row of listed) expect([row.status, row.total, row.grade]).toEqual(['not_started', null, null]);
    expect((await api.ok('campaigns:cases', { campaignId: campaign.id, grade: stored.grade })).total).toBe(0);
    await api.ok('evaluations:save-item', {
      evaluationId: second!.evaluationId,
      itemId: 'A1',
      status: 'ok',
      actor: '评查员',
    });
    const byTotal = await api.ok('campaigns:cases', {
      campaignId: campaign.id,
      sort: 'total',
      direction: 'desc',
      limit: 1000,
    });
    expect(byTotal.rows[0]).toMatchObject({ caseId: second!.caseId, status: 'in_progress', total: 100 });
    expect(byTotal.rows.slice(1).every((r) => r.total === null)).toBe(true);
    expect((await api.ok('campaigns:cases', { campaignId: campaign.id, grade: stored.grade })).total).toBe(1);

    const desk = await api.ok('cases:list', { limit: 1000 });
    const deskRow = (id: number) => desk.rows.find((r) => r.id === id)!;
    expect(deskRow(first!.caseId)).toMatchObject({ evaluationStatus: 'not_started', total: null, grade: null });
    expect(deskRow(second!.caseId)).toMatchObject({ evaluationStatus: 'in_progress', total: 100 });
    const graded = await api.ok('cases:list', { grade: stored.grade, limit: 1000 });
    expect(graded.rows.map((r) => r.id)).toEqual([second!.caseId]);
  });

  it('a drawn campaign is frozen: drawing again and changing its scope are refused; reset only before any evaluation starts', async () => {
    const campaign = await createQuarter(api, { rule: { kind: 'per_unit', n: 3 }, seed: 'A1B2' });
    const first = await api.ok('campaigns:draw', { campaignId: campaign.id, actor: '法制科' });
    expect(first.campaign.seed).toBe('A1B2');

    expect(await refusedWithoutChange(api, 'campaigns:draw', { campaignId: campaign.id, seed: 'other' })).toMatchObject(
      {
        code: 'CONFLICT',
        field: 'campaignId',
      },
    );
    expect(
      await refusedWithoutChange(api, 'campaigns:update', { campaignId: campaign.id, rule: { kind: 'all' } }),
    ).toMatchObject({ code: 'CONFLICT', field: 'rule' });
    expect(
      await refusedWithoutChange(api, 'campaigns:update', { campaignId: campaign.id, scope: { units: [UNITS[0]] } }),
    ).toMatchObject({ code: 'CONFLICT', field: 'scope' });
    expect(await refusedWithoutChange(api, 'campaigns:delete', { campaignId: campaign.id })).toMatchObject({
      code: 'CONFLICT',
      field: 'campaignId',
    });
    // The wording may still change, and changing it keeps the frozen settings.
    const renamed = await api.ok('campaigns:update', { campaignId: campaign.id, title: '2025年二季度评查（更正）' });
    expect(renamed).toMatchObject({ title: '2025年二季度评查（更正）', ruleText: 'per-unit:3', seed: 'A1B2' });

    expect(
      await refusedWithoutChange(api, 'campaigns:reset-draw', { campaignId: campaign.id, reason: '   ' }),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'reason',
    });
    const reset = await api.ok('campaigns:reset-draw', {
      campaignId: campaign.id,
      reason: '范围漏了新城镇的案卷',
      actor: '法制科',
    });
    expect(reset).toMatchObject({ phase: 'draft', drawnCount: 0, seed: 'A1B2', populationSize: null });
    expect(api.ws.db.prepare('SELECT count(*) AS n FROM evaluations WHERE campaign_id IS NOT NULL').get()).toEqual({
      n: 0,
    });
    const audit = api.ws.db
      .prepare(`SELECT actor, after_json AS a FROM audit_log WHERE entity = 'campaign' AND action = 'reset-draw'`)
      .get() as { actor: string; a: string };
    expect(audit.actor).toBe('法制科');
    expect(JSON.parse(audit.a)).toMatchObject({ reason: '范围漏了新城镇的案卷' });

    // Meanwhile someone opens one of the cases the seed draws: drawing again takes that evaluation over …
    const adHoc = await api.ok('evaluations:open', { caseId: first.record.drawn[0]!.caseId });
    const second = await api.ok('campaigns:draw', { campaignId: campaign.id });
    expect(drawnNumbers(second.record)).toEqual(drawnNumbers(first.record));
    expect(second.evaluationsLinked).toBe(1);
    // … and a reset hands it back, current again for its case.
    await api.ok('campaigns:reset-draw', { campaignId: campaign.id, reason: '演示撤销' });
    const own = api.ws.db.prepare('SELECT campaign_id AS c, is_current AS cur FROM evaluations WHERE id = ?');
    expect(own.get(adHoc.evaluation.id)).toEqual({ c: null, cur: 1 });
    const third = await api.ok('campaigns:draw', { campaignId: campaign.id });
    expect(own.get(adHoc.evaluation.id)).toEqual({ c: campaign.id, cur: 1 });

    // Once one evaluation has started, the draw stays.
    const one = third.record.drawn[1]!;
    const evaluation = await api.ok('evaluations:open', { caseId: one.caseId });
    await api.ok('evaluations:transition', {
      evaluationId: evaluation.evaluation.id,
      action: 'start',
      actor: '评查员1',
    });
    const refused = await refusedWithoutChange(api, 'campaigns:reset-draw', {
      campaignId: campaign.id,
      reason: '重抽',
    });
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'campaignId' });
    expect(refused!.message).toContain(one.caseNumber);
  });

  it('chooses and records a seed when none is given', async () => {
    const campaign = await createQuarter(api, { rule: { kind: 'per_unit', n: 1 } });
    const drawn = await api.ok('campaigns:draw', { campaignId: campaign.id });
    expect(drawn.campaign.seed).toMatch(/^\d{8}$/);
    expect(drawn.record.seed).toBe(drawn.campaign.seed);
    expect(drawn.record.drawnCount).toBe(3);
    expect(drawn.record.reproduced).toBe(true);
  });
});
