import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answersTemplateMismatch,
  answersToResults,
  formatExplanation,
  parseAnswers,
  scoreEvaluation,
} from '../../shared/scoring/index.ts';
import { parseTemplate, type Template } from '../../shared/templates/index.ts';

const general = ((): Template => {
  const parsed = parseTemplate(
    JSON.parse(readFileSync(new URL('../../resources/checklists/general-penalty.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error('general-penalty.json');
  return parsed.template;
})();

const answersFile = {
  $schema: './answers.schema.json',
  template: 'general-penalty@1.0.0',
  case: { caseType: 'penalty', procedure: 'general' },
  items: {
    E7: { status: 'deducted', deductions: [{ optionId: 'overdue' }], note: '立案2024-01-02，决定2024-05-10' },
    E8: { status: 'deducted', deductions: [{ optionId: 'late' }] },
    E4: { status: 'not_applicable' },
  },
  vetoes: { V6: false },
};

describe('answers files', () => {
  it('parse, convert and score', () => {
    const parsed = parseAnswers(answersFile);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(answersTemplateMismatch(parsed.answers, general)).toBeNull();
    const results = answersToResults(parsed.answers);
    expect(results.items.E7).toEqual({
      status: 'deducted',
      deductions: [{ optionId: 'overdue' }],
      awards: [],
      note: '立案2024-01-02，决定2024-05-10',
    });
    expect(results.vetoes).toEqual({ V6: { hit: false } });
    const score = scoreEvaluation(general, results);
    expect(score.total).toBe(93);
    expect(formatExplanation(score, 'en')).toContain('Total: 93');
  });

  it('treat left-out items as unreviewed and left-out vetoes as not hit', () => {
    const parsed = parseAnswers({ items: {} });
    if (!parsed.ok) throw new Error('expected valid answers');
    expect(parsed.answers.vetoes).toEqual({});
    const score = scoreEvaluation(general, answersToResults(parsed.answers));
    expect(score.complete).toBe(false);
    expect(score.total).toBe(100);
  });

  it('report shape errors with their JSON path', () => {
    const parsed = parseAnswers({
      items: { E7: { status: 'late' }, E8: { status: 'deducted', deductions: [{ occurrences: 1 }] } },
      vetoes: { V6: 'yes' },
      extra: 1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.path).sort()).toEqual(
      ['(root)', 'items.E7.status', 'items.E8.deductions[0].optionId', 'vetoes.V6'].sort(),
    );
  });

  it('say when they were written for another template or version', () => {
    const other = parseAnswers({ ...answersFile, template: 'general-penalty@0.9.0' });
    const byId = parseAnswers({ ...answersFile, template: 'general-penalty' });
    if (!other.ok || !byId.ok) throw new Error('expected valid answers');
    expect(answersTemplateMismatch(other.answers, general)).toBe(
      'the answers were written for general-penalty@0.9.0, not general-penalty@1.0.0',
    );
    expect(answersTemplateMismatch(byId.answers, general)).toBeNull();
  });
});
