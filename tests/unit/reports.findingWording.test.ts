import { describe, expect, it } from 'vitest';
import generalJson from '../../resources/checklists/general-penalty.json' with { type: 'json' };
import { draftRectifications } from '../../shared/campaigns/rectification.ts';
import { deductionSources } from '../../shared/campaigns/sources.ts';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import { scoreEvaluation } from '../../shared/scoring/score.ts';
import { parseTemplate } from '../../shared/templates/parse.ts';

function template() {
  const parsed = parseTemplate(generalJson);
  if (!parsed.ok) throw new Error('bundled template invalid');
  return parsed.template;
}

describe('the finding a rectification item is drafted in', () => {
  it('is the one wording that fits the chosen option, not every wording of the item', () => {
    const t = template();
    const score = scoreEvaluation(t, {
      items: {
        E1: { status: 'deducted', deductions: [{ optionId: 'not_served' }] },
        A3: { status: 'deducted', deductions: [{ optionId: 'not_recorded', occurrences: 1 }] },
      },
    });
    const chosen = deductionSources(t, score, {}, { E1: '未送达', A3: '每一处未记录' });
    expect(Object.fromEntries(chosen.map((s) => [s.itemId, s.findings]))).toEqual({
      A3: ['笔录未记载出示执法证件'],
      E1: ['事先告知书未依法送达'],
    });
    const drafts = draftRectifications({
      unit: '大沽街道',
      sources: chosen,
      issuedOn: '2025-09-26',
      calendar: createWorkdayCalendar(),
      previous: [],
    });
    const e1 = drafts.find((d) => d.templateItemId === 'E1')!.problem;
    expect(e1).toContain('事先告知书未依法送达');
    expect(e1).not.toContain('未载明拟处罚的事实和理由');
    // Without the choice (an older caller), every wording of the item, as before.
    const all = deductionSources(t, score);
    expect(all.find((s) => s.itemId === 'E1')!.findings).toHaveLength(3);
  });
});
