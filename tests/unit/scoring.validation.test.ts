import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.ts';
import { resultIssues, scoreEvaluation, type EvaluationResults } from '../../shared/scoring/index.ts';
import { parseTemplate, type Template } from '../../shared/templates/index.ts';

function load(file: string): Template {
  const result = parseTemplate(
    JSON.parse(readFileSync(new URL(`../../resources/checklists/${file}`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(file);
  return result.template;
}

const general = load('general-penalty.json');
const example = load('examples/scaled-bonus-example.json');

function issuePaths(t: Template, results: EvaluationResults): string[] {
  return resultIssues(t, results).map((i) => i.path);
}

describe('results are checked against the template', () => {
  it('accepts valid results', () => {
    expect(
      resultIssues(general, {
        items: {
          E7: { status: 'deducted', deductions: [{ optionId: 'overdue' }] },
          C1: { status: 'deducted', deductions: [{ optionId: 'insufficient', points: 2.5 }] },
          A1: { status: 'deducted', deductions: [{ optionId: 'element', occurrences: 2 }] },
          E4: { status: 'not_applicable' },
        },
        vetoes: { V1: { hit: false } },
      }),
    ).toEqual([]);
  });

  it('throws a VALIDATION error naming the unknown item', () => {
    let caught: unknown;
    try {
      scoreEvaluation(general, { items: { E99: { status: 'ok' } } });
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught)).toBe(true);
    if (!isAppError(caught)) return;
    expect(caught.code).toBe('VALIDATION');
    expect(caught.field).toBe('items.E99');
    expect(caught.message).toContain('E99: no such item in the template');
  });

  it('names a range value outside [min, max] or off the step', () => {
    const c1 = (points: number): EvaluationResults => ({
      items: { C1: { status: 'deducted', deductions: [{ optionId: 'insufficient', points }] } },
    });
    expect(resultIssues(general, c1(11))).toEqual([
      {
        ref: 'C1',
        path: 'items.C1.deductions[0].points',
        message: 'C1: 11 is outside [1, 10] of option "insufficient"',
      },
    ]);
    expect(issuePaths(general, c1(0.5))).toEqual(['items.C1.deductions[0].points']);
    expect(resultIssues(general, c1(2.25))[0]?.message).toContain('multiple of the step 0.5');
    expect(
      issuePaths(general, { items: { C1: { status: 'deducted', deductions: [{ optionId: 'insufficient' }] } } }),
    ).toEqual(['items.C1.deductions[0].points']);
  });

  it('refuses negative or fractional occurrences', () => {
    const a1 = (occurrences: number): EvaluationResults => ({
      items: { A1: { status: 'deducted', deductions: [{ optionId: 'element', occurrences }] } },
    });
    expect(resultIssues(general, a1(-1))[0]).toMatchObject({
      ref: 'A1',
      path: 'items.A1.deductions[0].occurrences',
      message: expect.stringContaining('≥ 1, got -1'),
    });
    expect(issuePaths(general, a1(1.5))).toEqual(['items.A1.deductions[0].occurrences']);
  });

  it('refuses options that do not exist, are chosen twice or carry values they do not take', () => {
    expect(
      issuePaths(general, {
        items: {
          E7: {
            status: 'deducted',
            deductions: [{ optionId: 'overdue', points: 1 }, { optionId: 'overdue' }, { optionId: 'nope' }],
          },
          E8: { status: 'deducted', deductions: [{ optionId: 'late', occurrences: 2 }] },
        },
      }),
    ).toEqual([
      'items.E7.deductions[0].points',
      'items.E7.deductions[1].optionId',
      'items.E7.deductions[2].optionId',
      'items.E8.deductions[0].occurrences',
    ]);
  });

  it('keeps statuses and deductions consistent', () => {
    expect(
      issuePaths(general, {
        items: {
          E7: { status: 'deducted', deductions: [] },
          E8: { status: 'ok', deductions: [{ optionId: 'late' }] },
          E6: { status: 'awarded' },
          E5: { status: 'wrong' as 'ok' },
        },
      }),
    ).toEqual(['items.E7.deductions', 'items.E8.deductions', 'items.E6.status', 'items.E5.status']);
  });

  it('keeps awards for bonus items', () => {
    expect(
      issuePaths(example, {
        items: {
          B1: { status: 'deducted', deductions: [{ optionId: 'rigorous' }] },
          B2: { status: 'awarded', awards: [{ optionId: 'varied', points: 3 }] },
          L2: { status: 'deducted', deductions: [{ optionId: 'wrong' }], awards: [{ optionId: 'x' }] },
        },
      }),
    ).toEqual(['items.B1.deductions', 'items.B1.status', 'items.B2.awards[0].points', 'items.L2.awards']);
  });

  it('refuses unknown vetoes', () => {
    expect(resultIssues(general, { items: {}, vetoes: { V11: { hit: true } } })).toEqual([
      { ref: 'V11', path: 'vetoes.V11', message: 'V11: no such veto item in the template' },
    ]);
  });
});
