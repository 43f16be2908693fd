import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExplanation, formatPoints, scoreEvaluation, type ItemResult } from '../../shared/scoring/index.ts';
import { parseTemplate, walkItems, type Template, type TemplateInput } from '../../shared/templates/index.ts';

function load(file: string): Template {
  const result = parseTemplate(
    JSON.parse(readFileSync(new URL(`../../resources/checklists/${file}`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(file);
  return result.template;
}

/** Every item reviewed without deduction, then the given overrides. */
function reviewed(t: Template, overrides: Record<string, ItemResult> = {}): Record<string, ItemResult> {
  return { ...Object.fromEntries(walkItems(t).map(({ item }) => [item.id, { status: 'ok' as const }])), ...overrides };
}

const deduct = (optionId: string, extra: { occurrences?: number; points?: number } = {}): ItemResult => ({
  status: 'deducted',
  deductions: [{ optionId, ...extra }],
});

function optionPoints(t: Template, itemId: string, optionId: string): number {
  const option = walkItems(t)
    .find((v) => v.item.id === itemId)
    ?.item.deductions.find((o) => o.id === optionId);
  if (option?.kind !== 'fixed') throw new Error(`${itemId}.${optionId} is not a fixed option`);
  return option.points;
}

describe('general-penalty.json', () => {
  const t = load('general-penalty.json');

  it('gives a clean, fully reviewed file 100 and 优秀', () => {
    const r = scoreEvaluation(t, { items: reviewed(t) });
    expect(r).toMatchObject({ total: 100, maxTotal: 100, complete: true, unreviewed: [], vetoHits: [] });
    expect(r.grade).toEqual({ id: 'excellent', name: '优秀' });
  });

  it('gives a file with E7 and E8 overdue 93 and 优秀, and explains each step', () => {
    const r = scoreEvaluation(t, { items: reviewed(t, { E7: deduct('overdue'), E8: deduct('late') }) });
    expect(r.total).toBe(100 - optionPoints(t, 'E7', 'overdue') - optionPoints(t, 'E8', 'late'));
    expect(r.total).toBe(93);
    expect(r.grade?.name).toBe('优秀');
    const text = formatExplanation(r, 'zh');
    expect(text).toContain('E7 作出决定期限：决定超期 −4；扣4分（本项4分）');
    expect(text).toContain('类别E 程序 小计 19/26');
    expect(text).toContain('总分：93');
    expect(r.categories.find((c) => c.id === 'E')).toMatchObject({ earned: 19, deducted: 7, applicable: 26 });
  });

  it('moves down a grade at the thresholds', () => {
    const at = (overrides: Record<string, ItemResult>): string | undefined =>
      scoreEvaluation(t, { items: reviewed(t, overrides) }).grade?.name;
    expect(at({ C1: deduct('insufficient', { points: 10 }) })).toBe('优秀'); // 90
    expect(at({ C1: deduct('insufficient', { points: 10 }), E7: deduct('overdue') })).toBe('良好'); // 86
    expect(at({ C1: deduct('insufficient', { points: 10 }), D1: deduct('wrong'), D2: deduct('wrong') })).toBe('良好'); // 80
    expect(
      at({
        C1: deduct('insufficient', { points: 10 }),
        D1: deduct('wrong'),
        D2: deduct('wrong'),
        G4: deduct('defect'),
      }),
    ).toBe('合格'); // 79
  });

  it('stops an item at its points (扣完为止)', () => {
    const r = scoreEvaluation(t, { items: reviewed(t, { A1: deduct('element', { occurrences: 5 }) }) });
    expect(r.total).toBe(97);
    expect(r.items.find((i) => i.id === 'A1')).toMatchObject({ rawDeduction: 5, deducted: 3, earned: 0 });
    expect(formatExplanation(r, 'zh')).toContain('合计5分，超过本项3分，以3分为限，扣3分');
  });

  it('keeps full marks for a not-applicable item (the template says full_marks)', () => {
    const r = scoreEvaluation(t, { items: reviewed(t, { E4: { status: 'not_applicable' } }) });
    expect(r.total).toBe(100);
    expect(r.applicablePoints).toBe(100);
    expect(formatExplanation(r, 'zh')).toContain('E4 听证程序：不适用，按满分4分计');
  });

  it('sets the total to 0 and grades 不合格 on a veto', () => {
    const r = scoreEvaluation(t, { items: reviewed(t), vetoes: { V6: { hit: true }, V1: { hit: false } } });
    expect(r.total).toBe(0);
    expect(r.grade?.name).toBe('不合格');
    expect(r.vetoHits.map((v) => v.id)).toEqual(['V6']);
    expect(r.vetoEffects).toEqual({ failed: false, zeroed: true, deducted: 0, barredTopGrade: false });
    expect(formatExplanation(r, 'zh')).toContain('一票否决 V6 未履行事先告知或未听取陈述申辩：总分记0分');
  });

  it('scores an unreviewed file as it stands and says it is incomplete', () => {
    const r = scoreEvaluation(t, { items: { E7: deduct('overdue') } });
    expect(r.total).toBe(96);
    expect(r.complete).toBe(false);
    expect(r.unreviewed).toHaveLength(walkItems(t).length - 1);
    expect(formatExplanation(r, 'en')).toContain(`${walkItems(t).length - 1} item(s) not yet reviewed`);
  });
});

describe('simple-penalty.json', () => {
  const t = load('simple-penalty.json');

  it('caps S4 at 25 when nine elements are missing', () => {
    const r = scoreEvaluation(t, { items: reviewed(t, { S4: deduct('element', { occurrences: 9 }) }) });
    expect(r.total).toBe(75);
    expect(r.grade?.name).toBe('合格');
  });

  it('combines options on one item', () => {
    const r = scoreEvaluation(t, {
      items: reviewed(t, { S6: { status: 'deducted', deductions: [{ optionId: 'late' }, { optionId: 'none' }] } }),
    });
    expect(r.total).toBe(90);
  });
});

describe('examples/scaled-bonus-example.json', () => {
  const t = load('examples/scaled-bonus-example.json');

  it('scales the 100-point document score to 50, rescaled over the applicable documents', () => {
    const r = scoreEvaluation(t, {
      items: reviewed(t, { D2b: { status: 'not_applicable' }, D2c: deduct('element', { occurrences: 3 }) }),
    });
    // Documents: 87 of the 90 applicable points, counted as 87/90 × 50; legality keeps its 50.
    expect(r.total).toBeCloseTo(50 + (87 / 90) * 50, 10);
    expect(formatPoints(r.total ?? 0)).toBe('98.3');
    expect(r.categories.find((c) => c.id === 'D')).toMatchObject({ applicable: 90, earned: 87 });
    expect(formatExplanation(r, 'zh')).toContain('折算：87/90×50=48.3');
  });

  it('excludes a not-applicable item from the applicable points and rescales the total', () => {
    const r = scoreEvaluation(t, {
      items: reviewed(t, { L1: { status: 'not_applicable' }, L2: deduct('imprecise') }),
    });
    expect(r.applicablePoints).toBe(80);
    expect(r.earned).toBe(75);
    expect(r.total).toBe((75 / 80) * 100);
    expect(formatExplanation(r, 'zh')).toContain('按适用分值折算：75/80×100=93.8');
  });

  it('floors a pool category at zero', () => {
    const r = scoreEvaluation(t, {
      items: reviewed(t, { LP1: deduct('defect', { occurrences: 5 }), LP2: deduct('defect', { occurrences: 5 }) }),
    });
    expect(r.categories.find((c) => c.id === 'L')?.categories[0]).toMatchObject({ id: 'LP', earned: 0 });
    expect(r.total).toBe(85);
    expect(formatExplanation(r, 'zh')).toContain('扣分合计20分，超过本类别分值，扣完为止');
  });

  it('adds bonus points up to the cap and never above the total points', () => {
    const bonus: Record<string, ItemResult> = {
      B1: { status: 'awarded', awards: [{ optionId: 'rigorous' }] },
      B2: { status: 'awarded', awards: [{ optionId: 'varied', points: 1.5 }] },
      B3: { status: 'awarded', awards: [{ optionId: 'reasoning', occurrences: 3 }] },
    };
    const lower = scoreEvaluation(t, { items: reviewed(t, { L2: deduct('wrong'), ...bonus }) });
    expect(lower.bonus).toMatchObject({ raw: 6.5, earned: 5, cap: 5 });
    expect(lower.total).toBe(90);
    const clean = scoreEvaluation(t, { items: reviewed(t, bonus) });
    expect(clean.total).toBe(100);
    expect(formatExplanation(clean, 'zh')).toContain('总分不超过100分，记100分');
  });

  it('takes 100 points for the −100 veto, floored at 0', () => {
    const r = scoreEvaluation(t, { items: reviewed(t), vetoes: { X1: { hit: true } } });
    expect(r.total).toBe(0);
    expect(r.vetoEffects.deducted).toBe(100);
    expect(r.grade?.name).toBe('不合格');
  });

  it('bars the top grade on a basic-element defect but keeps the score', () => {
    const r = scoreEvaluation(t, { items: reviewed(t), vetoes: { X2: { hit: true } } });
    expect(r.total).toBe(100);
    expect(r.grade?.name).toBe('合格');
    expect(formatExplanation(r, 'zh')).toContain('不得评为优秀');
  });
});

describe('shapes the bundled files do not use', () => {
  /** A tiny template: fail veto, per-case applicability, tenths. */
  function tiny(): Template {
    const input: TemplateInput = {
      format: 'pingcha-template/1',
      id: 'tiny',
      name: '小模板',
      version: '1.0',
      applicability: { caseTypes: ['penalty'], procedures: ['general', 'simple'] },
      totalPoints: 10,
      notApplicable: 'exclude',
      vetoes: [{ id: 'F', name: '不合格卷', effect: { type: 'fail' } }],
      categories: [
        {
          id: 'A',
          name: 'A',
          points: 10,
          items: [
            {
              id: 'A1',
              name: '小数',
              points: 1,
              deductions: [{ id: 'tenth', label: '每处', kind: 'per_occurrence', points: 0.1 }],
            },
            {
              id: 'A2',
              name: '仅一般程序',
              points: 9,
              appliesTo: { procedures: ['general'] },
              deductions: [{ id: 'all', label: '全扣', kind: 'whole' }],
            },
          ],
        },
      ],
      grades: {
        tiers: [
          { id: 'good', name: '合格', min: 6 },
          { id: 'bad', name: '不合格', min: 0 },
        ],
      },
    };
    const parsed = parseTemplate(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.template;
  }

  it('keeps tenths exact (0.1 × 3 = 0.3)', () => {
    const r = scoreEvaluation(tiny(), { items: { A1: deduct('tenth', { occurrences: 3 }), A2: { status: 'ok' } } });
    expect(r.total).toBe(9.7);
  });

  it('makes an item that does not fit the case not applicable, and ignores a result given for it', () => {
    const r = scoreEvaluation(tiny(), {
      case: { caseType: 'penalty', procedure: 'simple' },
      items: { A1: deduct('tenth', { occurrences: 2 }), A2: deduct('all') },
    });
    expect(r.items.find((i) => i.id === 'A2')).toMatchObject({ status: 'not_applicable', autoNotApplicable: true });
    expect(r.total).toBe(8); // 0.8 of 1 applicable point, rescaled to 10
    expect(r.complete).toBe(true);
    expect(formatExplanation(r, 'zh')).toContain('A2 仅一般程序：本案不适用，已忽略所填评查结果');
  });

  it('leaves a failed file without a total and gives it the failing grade (default: the last tier)', () => {
    const r = scoreEvaluation(tiny(), { items: {}, vetoes: { F: { hit: true } } });
    expect(r.total).toBeNull();
    expect(r.grade).toEqual({ id: 'bad', name: '不合格' });
    expect(formatExplanation(r, 'zh')).toContain('总分：不计分（不合格）');
  });

  it('cannot score a file where nothing applies', () => {
    const r = scoreEvaluation(tiny(), {
      case: { caseType: 'penalty', procedure: 'simple' },
      items: { A1: { status: 'not_applicable' } },
    });
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
    expect(formatExplanation(r, 'en')).toContain('cannot be scored');
  });
});

describe('grades compare the exact total, not the shown one', () => {
  it('explains when the rounded total looks like the next grade', () => {
    const input: TemplateInput = {
      format: 'pingcha-template/1',
      id: 'rounding',
      name: '舍入',
      version: '1.0',
      applicability: { caseTypes: ['penalty'] },
      categories: [
        {
          id: 'A',
          name: 'A',
          points: 100,
          items: [
            {
              id: 'A1',
              name: '项目',
              points: 100,
              deductions: [{ id: 'd', label: '扣分', kind: 'range', min: 0.01, max: 1, step: 0.01 }],
            },
          ],
        },
      ],
      grades: {
        tiers: [
          { id: 'top', name: '优秀', min: 99.99 },
          { id: 'mid', name: '合格', min: 60 },
          { id: 'low', name: '不合格', min: 0 },
        ],
      },
    };
    const parsed = parseTemplate(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const r = scoreEvaluation(parsed.template, { items: { A1: deduct('d', { points: 0.04 }) } });
    expect(r.total).toBe(99.96);
    expect(formatPoints(r.total ?? 0)).toBe('100');
    expect(r.grade?.name).toBe('合格');
    expect(formatExplanation(r, 'zh')).toContain('总分精确值99.96，未达到优秀分数线99.99分');
  });
});

describe('examples/every-shape.json (the README’s worked example)', () => {
  const t = load('examples/every-shape.json');

  it('scores the README answers: exclusion by appliesTo, pool floor, scaleTo, bonus, bar_top_grade', () => {
    const r = scoreEvaluation(t, {
      case: { caseType: 'penalty', procedure: 'simple' },
      items: {
        A1: deduct('element', { occurrences: 2 }),
        A2: deduct('insufficient', { points: 2.5 }),
        B2: { status: 'ok' },
        C1: deduct('wrong'),
        C2: deduct('no_reason'),
        D1a: deduct('error', { occurrences: 3 }),
        X1: { status: 'awarded', awards: [{ optionId: 'rigorous' }] },
      },
      vetoes: { V4: { hit: true } },
    });
    // A 15.5/20, B 10 of 10 applicable (B1 excluded for a simple case), C pool floored at 0,
    // D 94/100 counted as 47/50: 72.5 of 90 applicable points, rescaled to 100, plus 2 bonus.
    expect(r.applicablePoints).toBe(90);
    expect(r.earned).toBe(72.5);
    expect(r.total).toBeCloseTo((72.5 / 90) * 100 + 2, 10);
    expect(r.grade?.name).toBe('良好');
    const text = formatExplanation(r, 'zh');
    expect(text).toContain('按适用分值折算：72.5/90×100=80.6');
    expect(text).toContain('一票否决 V4 基本要素缺失：不得评为优秀');
  });

  it('forces the total to 0 on a zero veto and leaves it unscored on a fail veto', () => {
    const zero = scoreEvaluation(t, { items: {}, vetoes: { V1: { hit: true } } });
    expect(zero.total).toBe(0);
    const failed = scoreEvaluation(t, { items: {}, vetoes: { V3: { hit: true } } });
    expect(failed.total).toBeNull();
    expect(failed.grade?.name).toBe('不合格');
  });
});
