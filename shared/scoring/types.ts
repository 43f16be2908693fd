/**
 * What the reviewer decided (the input of `scoreEvaluation`) and what the engine reports.
 * The store saves the input; the score is always recomputed from it, never edited.
 */
import type { CaseKind } from '../templates/applicability.ts';
import type { NotApplicablePolicy, VetoEffect } from '../templates/shape.ts';

export const ITEM_STATUSES = ['unreviewed', 'ok', 'deducted', 'not_applicable', 'awarded'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** One chosen deduction (or, on a bonus item, award) option. */
export interface OptionChoice {
  optionId: string;
  /** per_occurrence only; default 1. */
  occurrences?: number | undefined;
  /** range only: the points the reviewer picked within [min, max]. */
  points?: number | undefined;
}

/**
 * `deducted` is for scored items, with `deductions`; `awarded` for bonus items, with
 * `awards`. `unreviewed` items count as full marks but make the result incomplete.
 */
export interface ItemResult {
  status: ItemStatus;
  deductions?: readonly OptionChoice[] | undefined;
  awards?: readonly OptionChoice[] | undefined;
  note?: string | undefined;
}

export interface VetoResult {
  hit: boolean;
  note?: string | undefined;
}

export interface EvaluationResults {
  /** When given, items, categories and vetoes whose `appliesTo` excludes the case are not applicable. */
  case?: CaseKind | undefined;
  items: Readonly<Record<string, ItemResult>>;
  /** A veto without a result is not hit. */
  vetoes?: Readonly<Record<string, VetoResult>> | undefined;
}

export const STEP_KINDS = [
  'item',
  'not_applicable',
  'ignored',
  'category',
  'scale',
  'rescale',
  'bonus',
  'cap',
  'veto',
  'total',
  'grade',
  'note',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One line of the explanation, in Chinese and English; `ref` is the item/category/veto id. */
export interface ExplanationStep {
  kind: StepKind;
  ref?: string;
  zh: string;
  en: string;
}

/** Numbers are exact values converted to floating point; round only when showing them. */
export interface ItemScore {
  id: string;
  name: string;
  points: number;
  status: ItemStatus;
  /** True when the case's type or procedure made the item not applicable. */
  autoNotApplicable: boolean;
  policy: NotApplicablePolicy;
  earned: number;
  deducted: number;
  /** Sum of the chosen options before the item's cap. */
  rawDeduction: number;
}

export interface CategoryScore {
  id: string;
  name: string;
  points: number;
  /** Points of the applicable children (the category's own units). */
  applicable: number;
  earned: number;
  deducted: number;
  /** Present when the category has scaleTo: what it counts in its parent. */
  scaled?: { to: number; earned: number };
  categories: CategoryScore[];
}

export interface BonusScore {
  cap: number;
  /** Sum of the awards after each item's cap, before the bonus cap. */
  raw: number;
  earned: number;
  items: { id: string; name: string; earned: number }[];
}

export interface VetoHit {
  id: string;
  name: string;
  effect: VetoEffect;
}

export interface VetoEffects {
  failed: boolean;
  zeroed: boolean;
  deducted: number;
  barredTopGrade: boolean;
}

export interface ScoreResult {
  templateId: string;
  templateVersion: string;
  /** Null when a fail veto was hit (不合格, not scored) or nothing applicable was left to score. */
  total: number | null;
  /** The highest total possible: totalPoints, plus the bonus cap when the total may exceed it. */
  maxTotal: number;
  /** Sum of the top-level categories as counted (after scaling), before rescaling and vetoes. */
  earned: number;
  /** Points still applicable after `exclude` not-applicable items left (counted units). */
  applicablePoints: number;
  categories: CategoryScore[];
  items: ItemScore[];
  bonus: BonusScore | null;
  vetoHits: VetoHit[];
  vetoEffects: VetoEffects;
  grade: { id: string; name: string } | null;
  /** Every applicable scored item has a status other than `unreviewed`. */
  complete: boolean;
  unreviewed: string[];
  explanation: ExplanationStep[];
}
