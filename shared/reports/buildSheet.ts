/**
 * A 案卷评查表 from what the store holds for one evaluation: the pinned standard, the
 * reviewer's item results, the engine's score of them, the case data and the evidence cited.
 * Numbers are the engine's (never re-added here); wording is the standard's unless the
 * reviewer wrote their own finding.
 */
import type { EvaluationResults, ScoreResult } from '../scoring/types.ts';
import { choiceAmount } from '../scoring/options.ts';
import { toNumber } from '../scoring/rational.ts';
import type { CategoryScore } from '../scoring/types.ts';
import { formatLawRefs } from '../templates/law.ts';
import type { Template, TemplateCategory, VetoEffect } from '../templates/shape.ts';
import { standardFinding } from '../templates/findingWording.ts';
import { itemIndex } from '../templates/walk.ts';
import { formatScore } from './format.ts';
import { reportIdNumber } from './mask.ts';
import type {
  CaseHeader,
  CaseScoreSheet,
  EvidenceCitation,
  ReportSource,
  SheetBonus,
  SheetCategory,
  SheetItem,
  SheetItemStatus,
  SheetRectification,
  SheetVeto,
  Signature,
} from './model.ts';
import { REPORT_FORMAT } from './model.ts';

export interface ScoreSheetInput {
  template: Template;
  results: EvaluationResults;
  score: ScoreResult;
  /** The case header; the party's ID is given unmasked with whether it is a person's. */
  case: Omit<CaseHeader, 'party'> & {
    party: { name: string; kindLabel: string; idLabel: string; idNumber: string | null; personal: boolean };
  };
  evaluatingBody: string;
  campaign: { title: string; periodLabel: string } | null;
  reviewers: { role: string; name: string; unit: string | null }[];
  dates: CaseScoreSheet['dates'];
  status: { id: string; label: string };
  /** Evidence cited for an item or veto, by its id. */
  evidence?: Readonly<Record<string, readonly EvidenceCitation[]>>;
  /** The reviewer's finding for an item or veto, by its id; else the standard's first wording. */
  findings?: Readonly<Record<string, string>>;
  /** 评查意见; generated from the result when absent. */
  opinion?: string;
  rectificationDeadline: string | null;
  signatures?: Signature[];
  /** Print personal ID numbers in full (an explicit choice of the person exporting). */
  revealIds?: boolean;
  source?: ReportSource;
  title?: string;
}

export { standardFinding };

export function vetoEffectLabel(effect: VetoEffect, topGradeName: string): string {
  switch (effect.type) {
    case 'zero':
      return '得零分';
    case 'deduct':
      return `扣${formatScore(effect.points)}分`;
    case 'fail':
      return '直接评为不合格';
    case 'bar_top_grade':
      return `不得评为${topGradeName}`;
  }
}

function flattenScores(list: readonly CategoryScore[], into = new Map<string, CategoryScore>()) {
  for (const c of list) {
    into.set(c.id, c);
    flattenScores(c.categories, into);
  }
  return into;
}

function flattenCategories(
  list: readonly TemplateCategory[],
  depth = 0,
): { category: TemplateCategory; depth: number }[] {
  return list.flatMap((category) => [{ category, depth }, ...flattenCategories(category.categories, depth + 1)]);
}

export function buildScoreSheet(input: ScoreSheetInput): CaseScoreSheet {
  const { template, results, score } = input;
  const findings = input.findings ?? {};
  const evidence = input.evidence ?? {};
  const categoryScores = flattenScores(score.categories);
  const itemScores = new Map(score.items.map((i) => [i.id, i]));
  const topGrade = template.grades.tiers[0]?.name ?? '优秀';
  const index = itemIndex(template);

  const categories: SheetCategory[] = flattenCategories(template.categories).map(({ category, depth }) => {
    const cs = categoryScores.get(category.id);
    const items: SheetItem[] = category.items.map((item) => {
      const is = itemScores.get(item.id);
      const result = results.items[item.id];
      const deducted = is?.deducted ?? 0;
      const status: SheetItemStatus = is?.autoNotApplicable ? 'not_applicable' : (is?.status ?? 'unreviewed');
      const deductions =
        status === 'deducted'
          ? (result?.deductions ?? []).flatMap((choice) => {
              const option = item.deductions.find((o) => o.id === choice.optionId);
              if (!option) return [];
              const amount = choiceAmount(option, choice, item.points);
              return [{ label: option.label, occurrences: amount.occurrences, points: toNumber(amount.amount) }];
            })
          : [];
      return {
        id: item.id,
        name: item.name,
        requirement: item.description ?? '',
        points: item.points,
        status,
        deducted,
        earned: is?.earned ?? item.points,
        deductions,
        reason: deducted > 0 ? (findings[item.id] ?? standardFinding(item, deductions[0]?.label ?? null)) : null,
        law: formatLawRefs(item.law),
        evidence: [...(evidence[item.id] ?? [])],
        note: result?.note ?? null,
      };
    });
    return {
      id: category.id,
      name: category.name,
      depth,
      points: category.points,
      earned: cs?.earned ?? category.points,
      deducted: cs?.deducted ?? 0,
      items,
    };
  });

  const hits = new Set(score.vetoHits.map((h) => h.id));
  const vetoes: SheetVeto[] = template.vetoes.map((v) => ({
    id: v.id,
    name: v.name,
    hit: hits.has(v.id),
    effectLabel: vetoEffectLabel(v.effect, topGrade),
    reason: hits.has(v.id) ? (findings[v.id] ?? results.vetoes?.[v.id]?.note ?? v.findings[0] ?? v.name) : null,
    law: formatLawRefs(v.law),
    evidence: hits.has(v.id) ? [...(evidence[v.id] ?? [])] : [],
  }));

  const bonus: SheetBonus | null =
    template.bonus && score.bonus
      ? {
          cap: score.bonus.cap,
          earned: score.bonus.earned,
          items: template.bonus.items.map((b) => ({
            id: b.id,
            name: b.name,
            points: b.points,
            earned: score.bonus!.items.find((x) => x.id === b.id)?.earned ?? 0,
            reason: findings[b.id] ?? results.items[b.id]?.note ?? null,
          })),
        }
      : null;

  const failing = template.grades.tiers.find((t) => t.id === template.grades.failing) ?? template.grades.tiers.at(-1)!;
  const grade = score.grade ?? { id: failing.id, name: failing.name };
  const deductedItems = categories.flatMap((c) => c.items.filter((i) => i.deducted > 0));
  const hitVetoes = vetoes.filter((v) => v.hit);
  const rectifications: SheetRectification[] = [
    ...hitVetoes.map((v) => {
      const t = template.vetoes.find((x) => x.id === v.id);
      return {
        itemId: v.id,
        problem: v.reason ?? v.name,
        action: t?.rectification ?? '依法予以纠正。',
        law: v.law,
        deadline: input.rectificationDeadline,
      };
    }),
    ...deductedItems.map((i) => ({
      itemId: i.id,
      problem: i.reason ?? i.name,
      action: index.get(i.id)?.item.rectification ?? '对照评查标准予以规范。',
      law: i.law,
      deadline: input.rectificationDeadline,
    })),
  ];

  const kind = input.case.procedureLabel
    ? `${input.case.caseTypeLabel}案卷评查表（${input.case.procedureLabel}）`
    : `${input.case.caseTypeLabel}案卷评查表`;
  const { personal, ...party } = input.case.party;
  return {
    format: REPORT_FORMAT,
    kind: 'case_score_sheet',
    version: 1,
    supersedes: null,
    issue: null,
    source: input.source ?? {},
    title: input.title ?? kind,
    evaluatingBody: input.evaluatingBody,
    campaign: input.campaign,
    case: {
      ...input.case,
      party: { ...party, ...reportIdNumber(party.idNumber, { personal, reveal: input.revealIds ?? false }) },
    },
    template: { id: template.id, name: template.name, version: template.version, totalPoints: template.totalPoints },
    reviewers: input.reviewers,
    dates: input.dates,
    status: input.status,
    categories,
    vetoes,
    bonus,
    result: {
      total: score.total,
      maxTotal: score.maxTotal,
      earned: score.earned,
      deducted: score.categories.reduce((sum, c) => sum + c.deducted, 0),
      grade,
      vetoed: hitVetoes.length > 0,
      complete: score.complete,
      opinion: input.opinion ?? defaultOpinion(hitVetoes, deductedItems, grade.name),
    },
    rectifications,
    signatures:
      input.signatures ??
      input.reviewers.map((r) => ({
        role: r.role,
        name: r.name,
        date: r.role === '复核人' ? input.dates.checkedOn : input.dates.reviewedOn,
      })),
  };
}

function defaultOpinion(hitVetoes: readonly SheetVeto[], items: readonly SheetItem[], gradeName: string): string {
  if (hitVetoes.length > 0) {
    return `该案卷存在一票否决情形（${hitVetoes.map((v) => v.name).join('；')}），评为${gradeName}。`;
  }
  if (items.length === 0) return `该案卷主体合法，事实清楚，证据确凿，程序合法，文书规范，评为${gradeName}。`;
  return `该案卷存在${items.length}项扣分问题：${items.map((i) => i.reason ?? i.name).join('；')}。评为${gradeName}。`;
}
