/**
 * Template checks that need more than one field: unique ids, point sums, options within
 * their item, grade order, references between parts. Each issue names the JSON path of the
 * field to fix, e.g. `categories[2].items[0].deductions[1].max`.
 */
import { add, cmp, div, fromNumber, isInteger, sub, sum, type Rational } from '../scoring/rational.ts';
import type { AppliesTo, DeductionOption, Template, TemplateCategory } from './shape.ts';
import { walkCategories, walkItems } from './walk.ts';

export interface TemplateIssue {
  path: string;
  message: string;
}

const q = fromNumber;
const show = (x: Rational): string => String(Number(x.n) / Number(x.d));

/** What a category contributes to its parent: its scaled value when it has one. */
export function countedPoints(category: TemplateCategory): number {
  return category.scaleTo ?? category.points;
}

function checkOptions(
  options: readonly DeductionOption[],
  itemPoints: number,
  base: string,
  issues: TemplateIssue[],
): void {
  const cap = q(itemPoints);
  const seen = new Set<string>();
  options.forEach((option, i) => {
    const path = `${base}[${i}]`;
    if (seen.has(option.id))
      issues.push({
        path: `${path}.id`,
        message: `扣分项 id "${option.id}" 重复 / duplicate option id "${option.id}"`,
      });
    seen.add(option.id);
    const over = (field: string, value: number): void => {
      if (cmp(q(value), cap) > 0)
        issues.push({
          path: `${path}.${field}`,
          message: `${value} 分超过本项分值 ${itemPoints} 分 / ${value} is more than the item's ${itemPoints} points`,
        });
    };
    switch (option.kind) {
      case 'fixed':
        over('points', option.points);
        break;
      case 'per_occurrence':
        over('points', option.points);
        if (option.cap !== undefined) {
          over('cap', option.cap);
          if (option.cap < option.points)
            issues.push({ path: `${path}.cap`, message: '上限 cap 小于每次扣分 / cap is smaller than one occurrence' });
        }
        break;
      case 'range': {
        over('max', option.max);
        if (option.min > option.max)
          issues.push({ path: `${path}.min`, message: 'min 大于 max / min is greater than max' });
        else if (!isInteger(div(sub(q(option.max), q(option.min)), q(option.step))))
          issues.push({
            path: `${path}.step`,
            message: `max − min 不是步长 ${option.step} 的整数倍 / max − min is not a whole number of steps of ${option.step}`,
          });
        break;
      }
      case 'whole':
        break;
    }
  });
}

function checkAutoDeductions(
  auto: readonly { deduction?: string | undefined }[],
  options: readonly DeductionOption[],
  base: string,
  issues: TemplateIssue[],
): void {
  auto.forEach((check, i) => {
    if (check.deduction !== undefined && !options.some((o) => o.id === check.deduction))
      issues.push({
        path: `${base}[${i}].deduction`,
        message: `本项没有扣分项 "${check.deduction}" / no deduction option "${check.deduction}" on this item`,
      });
  });
}

function checkAppliesTo(
  appliesTo: AppliesTo | undefined,
  template: Template,
  path: string,
  issues: TemplateIssue[],
): void {
  if (appliesTo?.caseTypes && !appliesTo.caseTypes.some((t) => template.applicability.caseTypes.includes(t)))
    issues.push({
      path: `${path}.appliesTo.caseTypes`,
      message: '这些案件类型都不在本标准的适用范围内 / none of these case types is in the template',
    });
  const procedures = template.applicability.procedures;
  if (appliesTo?.procedures && procedures && !appliesTo.procedures.some((p) => procedures.includes(p)))
    issues.push({
      path: `${path}.appliesTo.procedures`,
      message: '这些程序都不在本标准的适用范围内 / none of these procedures is in the template',
    });
}

function checkUniqueIds(template: Template, issues: TemplateIssue[]): void {
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const earlier = firstSeen.get(id);
    if (earlier !== undefined)
      issues.push({
        path: `${path}.id`,
        message: `id "${id}" 重复（另见 ${earlier}） / duplicate id "${id}" (also at ${earlier})`,
      });
    else firstSeen.set(id, path);
  };
  template.vetoes.forEach((v, i) => claim(v.id, `vetoes[${i}]`));
  for (const { category, path } of walkCategories(template)) claim(category.id, path);
  for (const { item, path } of walkItems(template)) claim(item.id, path);
  template.bonus?.items.forEach((b, i) => claim(b.id, `bonus.items[${i}]`));
}

function checkCategories(template: Template, issues: TemplateIssue[]): void {
  for (const { category, path } of walkCategories(template)) {
    checkAppliesTo(category.appliesTo, template, path, issues);
    if (category.items.length === 0 && category.categories.length === 0) {
      issues.push({
        path,
        message: '类别至少要有一个评查项或子类别 / a category needs at least one item or sub-category',
      });
      continue;
    }
    const children = sum([
      ...category.items.map((i) => q(i.points)),
      ...category.categories.map((c) => q(countedPoints(c))),
    ]);
    if (!category.pool && cmp(children, q(category.points)) !== 0)
      issues.push({
        path: `${path}.points`,
        message: `评查项和子类别合计 ${show(children)} 分，而本类别为 ${category.points} 分：请使两者相等，或设置 "pool": true（扣完为止） / items and sub-categories add up to ${show(children)} but the category has ${category.points} points; make them equal, or set "pool": true if deductions should stop at the category's points`,
      });
  }
  const top = sum(template.categories.map((c) => q(countedPoints(c))));
  if (cmp(top, q(template.totalPoints)) !== 0)
    issues.push({
      path: 'totalPoints',
      message: `各类别合计 ${show(top)} 分（有 scaleTo 的按折算分），而 totalPoints 为 ${template.totalPoints} / the categories count ${show(top)} points (scaleTo where given) but totalPoints is ${template.totalPoints}`,
    });
}

function checkItems(template: Template, issues: TemplateIssue[]): void {
  for (const { item, path } of walkItems(template)) {
    checkAppliesTo(item.appliesTo, template, path, issues);
    checkOptions(item.deductions, item.points, `${path}.deductions`, issues);
    checkAutoDeductions(item.auto, item.deductions, `${path}.auto`, issues);
  }
  template.vetoes.forEach((veto, i) => checkAppliesTo(veto.appliesTo, template, `vetoes[${i}]`, issues));
  template.bonus?.items.forEach((bonus, i) => {
    const path = `bonus.items[${i}]`;
    checkAppliesTo(bonus.appliesTo, template, path, issues);
    checkOptions(bonus.awards, bonus.points, `${path}.awards`, issues);
  });
}

function checkGrades(template: Template, issues: TemplateIssue[]): void {
  const { tiers, failing } = template.grades;
  const seen = new Set<string>();
  tiers.forEach((tier, i) => {
    if (seen.has(tier.id))
      issues.push({
        path: `grades.tiers[${i}].id`,
        message: `等级 id "${tier.id}" 重复 / duplicate grade id "${tier.id}"`,
      });
    seen.add(tier.id);
    const previous = tiers[i - 1];
    if (previous && tier.min >= previous.min)
      issues.push({
        path: `grades.tiers[${i}].min`,
        message: `等级须从高到低排列：${tier.min} 不低于 ${previous.min} / tiers go from highest to lowest: ${tier.min} is not below ${previous.min}`,
      });
  });
  const last = tiers[tiers.length - 1];
  if (last && (last.min !== 0 || last.conditions.length > 0))
    issues.push({
      path: `grades.tiers[${tiers.length - 1}]`,
      message:
        '最后一个等级须 min 为 0 且没有条件，使每个案卷都有等级 / the last tier must have min 0 and no conditions, so every file gets a grade',
    });
  const reachable = add(q(template.totalPoints), template.bonus?.mayExceedTotal ? q(template.bonus.cap) : q(0));
  if (tiers[0] && cmp(q(tiers[0].min), reachable) > 0)
    issues.push({
      path: 'grades.tiers[0].min',
      message: `任何案卷都达不到 ${tiers[0].min} 分 / no file can reach ${tiers[0].min} points`,
    });
  if (failing !== undefined && !seen.has(failing))
    issues.push({ path: 'grades.failing', message: `没有等级 "${failing}" / no grade tier "${failing}"` });
}

export function templateRuleIssues(template: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  checkUniqueIds(template, issues);
  checkCategories(template, issues);
  checkItems(template, issues);
  checkGrades(template, issues);
  return issues;
}
