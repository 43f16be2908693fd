import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalTemplateJson,
  compareVersions,
  parseTemplate,
  templateKey,
  templateKeyString,
  type TemplateInput,
} from '../../shared/templates/index.ts';
import { SCHEMA_FILES, schemaText } from '../tools/write-schemas.ts';

/** A small valid template; each test breaks one thing. */
function minimal(): TemplateInput {
  return {
    format: 'pingcha-template/1',
    id: 'mini',
    name: '最小模板',
    version: '1.0.0',
    applicability: { caseTypes: ['penalty'], procedures: ['general'] },
    totalPoints: 10,
    vetoes: [{ id: 'V1', name: '否决', effect: { type: 'zero' }, auto: [{ rule: 'limitation_period' }] }],
    categories: [
      {
        id: 'A',
        name: '类别A',
        points: 10,
        items: [
          {
            id: 'A1',
            name: '项目1',
            points: 4,
            deductions: [
              { id: 'late', label: '超期', kind: 'fixed', points: 4 },
              { id: 'each', label: '每处', kind: 'per_occurrence', points: 1, cap: 3 },
            ],
            auto: [{ rule: 'decision_within_90_days', deduction: 'late' }],
          },
          {
            id: 'A2',
            name: '项目2',
            points: 6,
            deductions: [{ id: 'judge', label: '视情况', kind: 'range', min: 1, max: 6, step: 0.5 }],
          },
        ],
      },
    ],
    grades: {
      tiers: [
        { id: 'ok', name: '合格', min: 6, conditions: ['no_veto'] },
        { id: 'fail', name: '不合格', min: 0 },
      ],
      failing: 'fail',
    },
  };
}

function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.errors;
}

function paths(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

describe('parseTemplate: shape', () => {
  it('accepts the minimal template and fills defaults', () => {
    const result = parseTemplate(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.notApplicable).toBe('full_marks');
    expect(result.template.categories[0]?.pool).toBe(false);
    expect(result.template.categories[0]?.items[0]?.check).toBe('human');
  });

  it('refuses unknown keys, naming where', () => {
    const t = minimal() as Record<string, unknown>;
    (t.categories as Record<string, unknown>[])[0]!.itemz = [];
    // Reported at the misspelt key itself, so the user sees which one.
    expect(paths(t)).toContain('categories[0].itemz');
  });

  it('names the deduction field with a wrong type', () => {
    const t = minimal();
    const option = t.categories[0]!.items![0]!.deductions[0] as Record<string, unknown>;
    option.points = 'four';
    expect(paths(t)).toContain('categories[0].items[0].deductions[0].points');
  });

  it('refuses an unknown rule id with a clear message', () => {
    const t = minimal();
    t.categories[0]!.items![0]!.auto = [{ rule: 'no_such_rule' as 'limitation_period' }];
    const errors = errorsOf(t);
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'categories[0].items[0].auto[0].rule',
        message: expect.stringContaining('no_such_rule'),
      }),
    ]);
  });

  it('refuses points with more than two decimals and a bad version', () => {
    const t = minimal();
    t.version = 'v1';
    t.categories[0]!.items![1]!.points = 5.999;
    expect(paths(t)).toEqual(expect.arrayContaining(['version', 'categories[0].items[1].points']));
  });

  it('requires the deduct effect to carry points', () => {
    const t = minimal();
    t.vetoes![0]!.effect = { type: 'deduct' } as never;
    expect(paths(t)).toContain('vetoes[0].effect.points');
  });
});

describe('parseTemplate: whole-template rules', () => {
  it('refuses duplicate ids across vetoes, categories and items', () => {
    const t = minimal();
    t.categories[0]!.items![1]!.id = 'V1';
    const errors = errorsOf(t);
    expect(errors).toEqual([
      { path: 'categories[0].items[1].id', message: expect.stringContaining('duplicate id "V1" (also at vetoes[0])') },
    ]);
  });

  it('requires item points to add up to the category points', () => {
    const t = minimal();
    t.categories[0]!.items![1]!.points = 5;
    t.categories[0]!.items![1]!.deductions = [{ id: 'judge', label: '视情况', kind: 'range', min: 1, max: 5 }];
    expect(paths(t)).toEqual(['categories[0].points']);
  });

  it('lets a pool category hold more item points than its own', () => {
    const t = minimal();
    t.categories[0]!.pool = true;
    t.categories[0]!.items![1]!.points = 8;
    expect(parseTemplate(t).ok).toBe(true);
  });

  it('counts scaleTo in the parent total', () => {
    const t = minimal();
    t.categories[0]!.scaleTo = 5;
    expect(paths(t)).toEqual(['totalPoints']);
    t.totalPoints = 5;
    t.grades.tiers[0]!.min = 3;
    expect(parseTemplate(t).ok).toBe(true);
  });

  it('keeps deduction options within the item points', () => {
    const t = minimal();
    const options = t.categories[0]!.items![0]!.deductions;
    options[0] = { id: 'late', label: '超期', kind: 'fixed', points: 5 };
    options[1] = { id: 'each', label: '每处', kind: 'per_occurrence', points: 1, cap: 9 };
    options.push({ id: 'r', label: '区间', kind: 'range', min: 1, max: 3.5, step: 1 });
    options.push({ id: 'late2', label: '重复', kind: 'range', min: 3, max: 2 });
    options.push({ id: 'late', label: '同名', kind: 'whole' });
    expect(paths(t)).toEqual([
      'categories[0].items[0].deductions[0].points',
      'categories[0].items[0].deductions[1].cap',
      'categories[0].items[0].deductions[2].step',
      'categories[0].items[0].deductions[3].min',
      'categories[0].items[0].deductions[4].id',
    ]);
  });

  it('names a range max above the item points', () => {
    const t = minimal();
    t.categories[0]!.items![1]!.deductions = [{ id: 'judge', label: '视情况', kind: 'range', min: 1, max: 7 }];
    expect(errorsOf(t)).toEqual([
      {
        path: 'categories[0].items[1].deductions[0].max',
        message: "7 分超过本项分值 6 分 / 7 is more than the item's 6 points",
      },
    ]);
  });

  it('checks that an automatic check suggests an existing option', () => {
    const t = minimal();
    t.categories[0]!.items![0]!.auto = [{ rule: 'decision_within_90_days', deduction: 'overdue' }];
    expect(paths(t)).toEqual(['categories[0].items[0].auto[0].deduction']);
  });

  it('wants grades from highest to lowest, ending at 0 without conditions', () => {
    const t = minimal();
    t.grades.tiers = [
      { id: 'a', name: '合格', min: 6 },
      { id: 'b', name: '良好', min: 8 },
      { id: 'c', name: '不合格', min: 1, conditions: ['no_veto'] },
    ];
    t.grades.failing = 'zzz';
    expect(paths(t)).toEqual(['grades.tiers[1].min', 'grades.tiers[2]', 'grades.failing']);
  });

  it('refuses a top grade no file can reach', () => {
    const t = minimal();
    t.grades.tiers[0]!.min = 11;
    expect(paths(t)).toEqual(['grades.tiers[0].min']);
  });

  it('refuses an item that can never apply under the template', () => {
    const t = minimal();
    t.categories[0]!.items![0]!.appliesTo = { procedures: ['simple'] };
    expect(paths(t)).toEqual(['categories[0].items[0].appliesTo.procedures']);
  });

  it('refuses an empty category, and nested categories are walked', () => {
    const t = minimal();
    t.categories[0]!.items = [];
    t.categories[0]!.categories = [{ id: 'A-x', name: '子类', points: 10, items: [] }];
    expect(paths(t)).toEqual(['categories[0].categories[0]']);
  });
});

describe('template identity', () => {
  it('gives the key and a canonical JSON independent of key order and defaults', () => {
    const a = parseTemplate(minimal());
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(minimal());
    const withDefaults = { ...minimal(), notApplicable: 'full_marks', $schema: './template.schema.json' };
    const b = parseTemplate(reordered);
    const c = parseTemplate(withDefaults);
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected valid templates');
    expect(templateKey(a.template)).toEqual({ templateId: 'mini', version: '1.0.0' });
    expect(templateKeyString(a.template)).toBe('mini@1.0.0');
    expect(canonicalTemplateJson(b.template)).toBe(canonicalTemplateJson(a.template));
    expect(canonicalTemplateJson(c.template)).toBe(canonicalTemplateJson(a.template));
    const keys = Object.keys(JSON.parse(canonicalTemplateJson(a.template)) as object);
    expect(keys).toEqual([...keys].sort());
  });

  it('changes the canonical JSON when the content changes', () => {
    const changed = minimal();
    changed.categories[0]!.items![0]!.name = '项目一';
    const a = parseTemplate(minimal());
    const b = parseTemplate(changed);
    if (!a.ok || !b.ok) throw new Error('expected valid templates');
    expect(canonicalTemplateJson(b.template)).not.toBe(canonicalTemplateJson(a.template));
  });

  it('orders versions numerically', () => {
    const sorted = ['1.10.0', '1.2', '2.0.0-draft', '1.2.1', '2.0.0'].sort(compareVersions);
    expect(sorted).toEqual(['1.2', '1.2.1', '1.10.0', '2.0.0-draft', '2.0.0']);
  });
});

describe('committed JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s is up to date (npx node tests/tools/write-schemas.ts)', (path, make) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(schemaText(make));
  });
});
