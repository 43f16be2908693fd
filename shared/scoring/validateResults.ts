/**
 * Checks reviewer results against the template before scoring, so that a typo in an
 * answers file or a stale UI state is reported by item rather than silently scored.
 */
import { AppError } from '../errors.ts';
import type { DeductionOption, Template } from '../templates/shape.ts';
import { itemIndex } from '../templates/walk.ts';
import { cmp, div, fromNumber, isInteger, sub } from './rational.ts';
import { ITEM_STATUSES, type EvaluationResults, type OptionChoice } from './types.ts';

export interface ResultIssue {
  /** The item or veto id concerned. */
  ref: string;
  /** Where in the results, e.g. `items.E7.deductions[0].points`. */
  path: string;
  message: string;
}

function checkChoice(
  choice: OptionChoice,
  option: DeductionOption | undefined,
  ref: string,
  path: string,
  issues: ResultIssue[],
): void {
  const add = (field: string, message: string): void => {
    issues.push({ ref, path: field ? `${path}.${field}` : path, message: `${ref}: ${message}` });
  };
  if (!option) return add('optionId', `no option "${choice.optionId}" on this item`);
  const { occurrences, points } = choice;
  if (option.kind !== 'per_occurrence' && occurrences !== undefined && occurrences !== 1)
    add('occurrences', `option "${option.id}" is ${option.kind}, it does not take occurrences`);
  if (option.kind !== 'range' && points !== undefined)
    add('points', `option "${option.id}" is ${option.kind}, its points are fixed by the template`);
  if (
    option.kind === 'per_occurrence' &&
    occurrences !== undefined &&
    !(Number.isInteger(occurrences) && occurrences >= 1)
  )
    add('occurrences', `occurrences must be a whole number ≥ 1, got ${occurrences}`);
  if (option.kind === 'range') {
    if (points === undefined || !Number.isFinite(points))
      return add('points', `option "${option.id}" needs the points picked in [${option.min}, ${option.max}]`);
    if (points < option.min || points > option.max)
      return add('points', `${points} is outside [${option.min}, ${option.max}] of option "${option.id}"`);
    const steps = div(sub(fromNumber(points), fromNumber(option.min)), fromNumber(option.step));
    if (!isInteger(steps) || cmp(steps, fromNumber(0)) < 0)
      add('points', `${points} is not ${option.min} plus a multiple of the step ${option.step}`);
  }
}

function checkChoices(
  choices: readonly OptionChoice[],
  options: readonly DeductionOption[],
  ref: string,
  path: string,
  issues: ResultIssue[],
): void {
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    const at = `${path}[${i}]`;
    if (seen.has(choice.optionId))
      issues.push({ ref, path: `${at}.optionId`, message: `${ref}: option "${choice.optionId}" chosen twice` });
    seen.add(choice.optionId);
    checkChoice(
      choice,
      options.find((o) => o.id === choice.optionId),
      ref,
      at,
      issues,
    );
  });
}

export function resultIssues(template: Template, results: EvaluationResults): ResultIssue[] {
  const issues: ResultIssue[] = [];
  const scored = itemIndex(template);
  const bonus = new Map((template.bonus?.items ?? []).map((b) => [b.id, b]));
  for (const [id, result] of Object.entries(results.items)) {
    const path = `items.${id}`;
    const item = scored.get(id)?.item;
    const bonusItem = bonus.get(id);
    const fail = (message: string, field = ''): void => {
      issues.push({ ref: id, path: field ? `${path}.${field}` : path, message: `${id}: ${message}` });
    };
    if (!item && !bonusItem) {
      fail('no such item in the template');
      continue;
    }
    if (!(ITEM_STATUSES as readonly string[]).includes(result.status)) {
      fail(`unknown status "${String(result.status)}"`, 'status');
      continue;
    }
    const deductions = result.deductions ?? [];
    const awards = result.awards ?? [];
    if (item) {
      if (awards.length > 0) fail('awards are only for bonus items', 'awards');
      if (result.status === 'awarded') fail('"awarded" is only for bonus items; use "deducted"', 'status');
      if (result.status === 'deducted' && deductions.length === 0)
        fail('status "deducted" needs at least one deduction', 'deductions');
      if (result.status !== 'deducted' && deductions.length > 0)
        fail(`status "${result.status}" cannot carry deductions; use "deducted"`, 'deductions');
      checkChoices(deductions, item.deductions, id, `${path}.deductions`, issues);
    } else if (bonusItem) {
      if (deductions.length > 0) fail('a bonus item takes awards, not deductions', 'deductions');
      if (result.status === 'deducted') fail('"deducted" is not for bonus items; use "awarded"', 'status');
      if (result.status === 'awarded' && awards.length === 0)
        fail('status "awarded" needs at least one award', 'awards');
      if (result.status !== 'awarded' && awards.length > 0)
        fail(`status "${result.status}" cannot carry awards; use "awarded"`, 'awards');
      checkChoices(awards, bonusItem.awards, id, `${path}.awards`, issues);
    }
  }
  const vetoIds = new Set(template.vetoes.map((v) => v.id));
  for (const [id, result] of Object.entries(results.vetoes ?? {})) {
    if (!vetoIds.has(id))
      issues.push({ ref: id, path: `vetoes.${id}`, message: `${id}: no such veto item in the template` });
    else if (typeof result.hit !== 'boolean')
      issues.push({ ref: id, path: `vetoes.${id}.hit`, message: `${id}: hit must be true or false` });
  }
  return issues;
}

/** Throws a VALIDATION AppError listing every issue; `details.issues` keeps them structured. */
export function assertValidResults(template: Template, results: EvaluationResults): void {
  const issues = resultIssues(template, results);
  if (issues.length === 0) return;
  const first = issues[0];
  throw new AppError('VALIDATION', {
    detail: issues.map((i) => i.message).join('; '),
    field: first?.path,
    details: { issues },
  });
}
