import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoCampaign } from '../../electron/cli/demoCampaign.ts';
import { addCase, cleanCase, testApi, type TestApi } from '../api/helpers.ts';
import { UNITS } from '../api/campaignHelpers.ts';

const TODAY = '2025-12-01';
const apis: TestApi[] = [];
afterEach(() => {
  for (const api of apis.splice(0)) api.close();
});

/** Five cases per unit; every other one lacks its filing approval, investigation and closing reports. */
async function demoWorkspace(): Promise<TestApi> {
  const api = await testApi(TODAY);
  apis.push(api);
  UNITS.forEach((unit, u) => {
    for (let i = 0; i < 5; i++) {
      const spec = cleanCase(`津演示执罚〔2025〕${u + 1}${i + 1}号`);
      spec.data.unit = unit;
      spec.data.dates = { ...spec.data.dates, decided: `2025-0${4 + (i % 3)}-1${u}` };
      if (i % 2 === 0) {
        spec.docs = spec.docs.filter(
          (d) => !['filing_approval', 'investigation_report', 'closing_report'].includes(d.type),
        );
      }
      addCase(api.ws, spec);
    }
  });
  return api;
}

async function state(api: TestApi) {
  const campaign = (await api.ok('campaigns:list', {})).rows[0]!;
  const cases = await api.ok('campaigns:cases', { campaignId: campaign.id, limit: 1000 });
  const items = await api.ok('rectifications:list', { campaignId: campaign.id, limit: 1000 });
  return {
    campaign,
    cases: cases.rows.map((r) => [r.caseNumber, r.status, r.reviewerName, r.total]),
    items: items.rows.map((r) => [r.caseNumber, r.itemId, r.displayStatus]),
    counts: items.counts,
  };
}

describe('the demo campaign of `npm start`', () => {
  it('draws, assigns under cross-review, and leaves evaluations and rectification items in every state', async () => {
    const api = await demoWorkspace();
    const summary = await seedDemoCampaign(api.ws, TODAY);
    expect(summary).toMatchObject({ drawn: 9, finalized: 3 });
    const { campaign, counts } = await state(api);
    expect(campaign).toMatchObject({ seed: '20250701', ruleText: 'percent:60', phase: 'drawn', drawnCount: 9 });
    const record = await api.ok('campaigns:draw-record', { campaignId: campaign.id });
    expect(record.reproduced).toBe(true);
    const progress = await api.ok('campaigns:progress', { campaignId: campaign.id });
    expect(progress.byStatus).toEqual({ not_started: 1, in_progress: 2, submitted: 2, reviewed: 1, finalized: 3 });
    expect(progress.unassigned).toBe(0);
    for (const row of (await api.ok('campaigns:cases', { campaignId: campaign.id })).rows) {
      expect(row.reviewerUnit).not.toBe(row.unit);
    }
    expect((await api.ok('evaluations:overturns', { campaignId: campaign.id })).total).toBe(1);
    // Exactly one overdue item, and one in each other state; the rest are drafts to edit and issue.
    expect(counts).toMatchObject({ overdue: 1, in_progress: 1, done: 1, accepted: 1, pending: 0 });
    expect(counts.draft).toBeGreaterThan(0);
    const stats = await api.ok('campaigns:stats', { campaignId: campaign.id });
    expect(stats.counted).toBe(3);
    expect(stats.problems.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same cases give the same campaign', async () => {
    const first = await demoWorkspace();
    const second = await demoWorkspace();
    await seedDemoCampaign(first.ws, TODAY);
    await seedDemoCampaign(second.ws, TODAY);
    const a = await state(first);
    const b = await state(second);
    expect(b.cases).toEqual(a.cases);
    expect(b.items).toEqual(a.items);
  });

  it('does nothing in a workspace without cases', async () => {
    const api = await testApi(TODAY);
    apis.push(api);
    expect(await seedDemoCampaign(api.ws, TODAY)).toBeNull();
    expect((await api.ok('campaigns:list', {})).total).toBe(0);
  });
});
