import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../shared/checks/ruleIds.ts';
import { parseTemplate, walkItems, type Template } from '../../shared/templates/index.ts';

const dir = fileURLToPath(new URL('../../resources/checklists/', import.meta.url));

function jsonFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json') ? [path] : [];
  });
}

const files = jsonFiles(dir).map((path) => relative(dir, path));

function load(file: string): Template {
  const result = parseTemplate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors, null, 2)}`);
  return result.template;
}

const rulesOf = (t: Template, id: string): string[] => {
  const item = walkItems(t).find((v) => v.item.id === id)?.item;
  const veto = t.vetoes.find((v) => v.id === id);
  return (item?.auto ?? veto?.auto ?? []).map((a) => a.rule).sort();
};

describe('every template under resources/checklists', () => {
  it('finds the bundled templates', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'general-penalty.json',
        'simple-penalty.json',
        'inspection.json',
        'enforcement.json',
        join('examples', 'scaled-bonus-example.json'),
      ]),
    );
  });

  it.each(files)('%s validates', (file) => {
    const t = load(file);
    expect(t.id).toBe(file.replace(/^.*[\\/]/, '').replace(/\.json$/, ''));
    expect(t.name).toMatch(/\p{Script=Han}/u);
  });

  it.each(files)('%s gives every item and veto a law reference, findings and a rectification', (file) => {
    const t = load(file);
    const all = [...walkItems(t).map((v) => v.item), ...t.vetoes];
    for (const entry of all) {
      expect(entry.law.length, entry.id).toBeGreaterThan(0);
      if (file.startsWith('examples')) continue;
      expect(entry.findings.length, entry.id).toBeGreaterThan(0);
      expect(entry.rectification, entry.id).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('general-penalty.json follows domain §7.1', () => {
  const t = load('general-penalty.json');

  it('has vetoes V1–V10, each forcing the score to 0', () => {
    expect(t.vetoes.map((v) => v.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10']);
    expect(new Set(t.vetoes.map((v) => v.effect.type))).toEqual(new Set(['zero']));
  });

  it('has categories A–G with the proposed points and items', () => {
    expect(t.categories.map((c) => [c.id, c.points, c.items.length])).toEqual([
      ['A', 8, 3],
      ['B', 6, 3],
      ['C', 24, 5],
      ['D', 16, 4],
      ['E', 26, 8],
      ['F', 10, 4],
      ['G', 10, 7],
    ]);
    expect(t.totalPoints).toBe(100);
    expect(t.applicability).toEqual({ caseTypes: ['penalty'], procedures: ['general'] });
  });

  it('grades 优秀 ≥90 without veto, 良好 ≥80, 合格 ≥60, else 不合格', () => {
    expect(t.grades.tiers.map((g) => [g.name, g.min, g.conditions])).toEqual([
      ['优秀', 90, ['no_veto']],
      ['良好', 80, ['no_veto']],
      ['合格', 60, ['no_veto']],
      ['不合格', 0, []],
    ]);
  });

  it.each([
    ['E7', ['decision_within_90_days']],
    ['E8', ['delivery_within_7_days']],
    ['V6', ['prior_notice_before_decision']],
    ['E3', ['statement_period_respected']],
    ['V7', ['hearing_held_when_requested', 'hearing_offered']],
    ['E4', ['hearing_notice_7_days']],
    ['E5', ['legal_review_before_decision', 'legal_review_present']],
    ['V8', ['legal_review_before_decision', 'legal_review_present']],
    ['E6', ['collective_discussion_present']],
    ['V2', ['officer_certificates_valid', 'two_officers']],
    ['A2', ['officer_certificate_numbers']],
    ['A3', ['certificate_shown']],
    ['V9', ['limitation_period']],
    ['B3', ['filing_timely', 'investigation_after_filing']],
    ['G7', ['publication_deadline']],
    ['F2', ['payment_within_15_days']],
    ['F3', ['unpaid_demand_notice']],
    ['F4', ['closing_after_execution', 'required_documents']],
    ['G2', ['required_documents']],
    ['G4', ['document_order']],
  ])('maps %s to its automatic checks', (id, rules) => {
    expect(rulesOf(t, id)).toEqual(rules);
  });

  it('cites the APL article of E7 and E8', () => {
    const law = (id: string): string[] =>
      (walkItems(t).find((v) => v.item.id === id)?.item.law ?? []).map((l) => `《${l.law}》${l.article ?? ''}`);
    expect(law('E7')).toEqual(['《中华人民共和国行政处罚法》第六十条']);
    expect(law('E8')).toEqual(['《中华人民共和国行政处罚法》第六十一条']);
  });
});

describe('simple-penalty.json follows domain §7.2', () => {
  const t = load('simple-penalty.json');

  it('has SV1–SV4 and S1–S8 worth 100', () => {
    expect(t.vetoes.map((v) => v.id)).toEqual(['SV1', 'SV2', 'SV3', 'SV4']);
    expect(walkItems(t).map((v) => [v.item.id, v.item.points])).toEqual([
      ['S1', 10],
      ['S2', 20],
      ['S3', 10],
      ['S4', 25],
      ['S5', 10],
      ['S6', 10],
      ['S7', 10],
      ['S8', 5],
    ]);
    expect(t.applicability).toEqual({ caseTypes: ['penalty'], procedures: ['simple'] });
  });

  it.each([
    ['SV1', ['simple_procedure_limits']],
    ['SV4', ['limitation_period']],
    ['S3', ['simple_decision_form']],
    ['S7', ['payment_within_15_days']],
  ])('maps %s to its automatic checks', (id, rules) => {
    expect(rulesOf(t, id)).toEqual(rules);
  });
});

describe('inspection.json and enforcement.json (domain §7.3)', () => {
  it.each([
    ['inspection.json', 'inspection'],
    ['enforcement.json', 'enforcement'],
  ] as const)('%s applies to %s files, totals 100 and has vetoes', (file, caseType) => {
    const t = load(file);
    expect(t.applicability.caseTypes).toEqual([caseType]);
    expect(t.totalPoints).toBe(100);
    expect(t.vetoes.length).toBeGreaterThanOrEqual(2);
    expect(rulesOf(t, t.vetoes.find((v) => v.auto.length > 0)?.id ?? '')).toEqual([
      'officer_certificates_valid',
      'two_officers',
    ]);
  });

  it('checks the seizure duration in enforcement.json', () => {
    const t = load('enforcement.json');
    expect(walkItems(t).some((v) => v.item.auto.some((a) => a.rule === 'enforcement_duration'))).toBe(true);
  });
});

describe('the bundled standards together', () => {
  it('cite every automatic rule at least once, so each finding can become a deduction or veto', () => {
    const cited = new Set<string>();
    for (const file of files) {
      const t = load(file);
      for (const { item } of walkItems(t)) for (const a of item.auto) cited.add(a.rule);
      for (const v of t.vetoes) for (const a of v.auto) cited.add(a.rule);
    }
    expect(RULE_IDS.filter((rule) => !cited.has(rule))).toEqual([]);
  });
});
