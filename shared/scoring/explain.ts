/**
 * The wording of each scoring step, in Chinese (what reviewers read and reports print) and
 * English. Numbers are exact until here and rounded to one decimal only in these texts.
 */
import type { GradeTier, VetoItem } from '../templates/shape.ts';
import type { ChoiceAmount } from './options.ts';
import { cmp, eq, formatRational, fromNumber, type Rational } from './rational.ts';
import type { ExplanationStep, ScoreResult, StepKind } from './types.ts';

export const fmt = (x: Rational): string => formatRational(x, 1);

/** Shown totals: one decimal, trailing zero dropped (91.58 → "91.6", 93 → "93"). */
export function formatPoints(value: number): string {
  return fmt(fromNumber(value));
}
const num = (x: number): string => String(x);

function step(kind: StepKind, ref: string | undefined, zh: string, en: string): ExplanationStep {
  return ref === undefined ? { kind, zh, en } : { kind, ref, zh, en };
}

function choiceText(c: ChoiceAmount, sign: '−' | '+'): { zh: string; en: string } {
  const o = c.option;
  const amount = `${sign}${fmt(c.amount)}`;
  switch (o.kind) {
    case 'fixed':
    case 'range':
      return { zh: `${o.label} ${amount}`, en: `${o.label} ${amount}` };
    case 'whole':
      return {
        zh: `${o.label}（${sign === '−' ? '扣全分' : '加满本项'}）${amount}`,
        en: `${o.label} (whole item) ${amount}`,
      };
    case 'per_occurrence': {
      const base = `${o.label} ${sign}${num(o.points)}×${c.occurrences}`;
      return c.cappedByOption
        ? { zh: `${base}，该选项以${num(o.cap ?? 0)}分为限 ${amount}`, en: `${base}, option cap ${amount}` }
        : { zh: `${base} = ${amount}`, en: `${base} = ${amount}` };
    }
  }
}

export function itemDeductionStep(
  id: string,
  name: string,
  choices: readonly ChoiceAmount[],
  raw: Rational,
  deducted: Rational,
  points: number,
  sign: '−' | '+' = '−',
): ExplanationStep {
  const parts = choices.map((c) => choiceText(c, sign));
  const zhParts = parts.map((p) => p.zh).join('；');
  const enParts = parts.map((p) => p.en).join('; ');
  const verbZh = sign === '−' ? '扣' : '加';
  const capped = !eq(raw, deducted);
  const zhTail = capped
    ? `合计${fmt(raw)}分，超过本项${num(points)}分，以${num(points)}分为限，${verbZh}${fmt(deducted)}分`
    : `${verbZh}${fmt(deducted)}分（本项${num(points)}分）`;
  const enTail = capped
    ? `together ${fmt(raw)}, limited to the item's ${num(points)}: ${sign}${fmt(deducted)}`
    : `${sign}${fmt(deducted)} (item worth ${num(points)})`;
  const kind: StepKind = sign === '−' ? 'item' : 'bonus';
  return step(kind, id, `${id} ${name}：${zhParts}；${zhTail}`, `${id} ${name}: ${enParts}; ${enTail}`);
}

export function notApplicableStep(
  id: string,
  name: string,
  policy: 'full_marks' | 'exclude',
  points: number,
  auto: boolean,
  isCategory: boolean,
): ExplanationStep {
  const whoZh = isCategory ? `类别${id} ${name}` : `${id} ${name}`;
  const whyZh = auto ? '本案类型或程序不适用' : '不适用';
  const whyEn = auto ? 'does not apply to this case type or procedure' : 'not applicable';
  return policy === 'exclude'
    ? step(
        'not_applicable',
        id,
        `${whoZh}：${whyZh}，${num(points)}分不计入适用分值`,
        `${id} ${name}: ${whyEn}; its ${num(points)} points leave the applicable points`,
      )
    : step(
        'not_applicable',
        id,
        `${whoZh}：${whyZh}，按满分${num(points)}分计`,
        `${id} ${name}: ${whyEn}; counted at full marks (${num(points)})`,
      );
}

export function ignoredResultStep(id: string, name: string): ExplanationStep {
  return step(
    'ignored',
    id,
    `${id} ${name}：本案不适用，已忽略所填评查结果`,
    `${id} ${name}: does not apply to this case; the result given was ignored`,
  );
}

export function categoryStep(
  id: string,
  name: string,
  earned: Rational,
  applicable: Rational,
  points: number,
  poolOverflow: Rational | null,
): ExplanationStep {
  const partial = !eq(applicable, fromNumber(points));
  const zhScope = partial ? `（适用分值${fmt(applicable)}，满分${num(points)}）` : '';
  const enScope = partial ? ` (applicable ${fmt(applicable)} of ${num(points)})` : '';
  const zhPool = poolOverflow ? `；扣分合计${fmt(poolOverflow)}分，超过本类别分值，扣完为止` : '';
  const enPool = poolOverflow ? `; deductions of ${fmt(poolOverflow)} exceed the category, floored at 0` : '';
  return step(
    'category',
    id,
    `类别${id} ${name} 小计 ${fmt(earned)}/${fmt(applicable)}${zhScope}${zhPool}`,
    `Category ${id} ${name} subtotal ${fmt(earned)}/${fmt(applicable)}${enScope}${enPool}`,
  );
}

export function scaleStep(
  id: string,
  name: string,
  earned: Rational,
  applicable: Rational,
  to: number,
  result: Rational,
): ExplanationStep {
  const expr = `${fmt(earned)}/${fmt(applicable)}×${num(to)}=${fmt(result)}`;
  return step('scale', id, `类别${id} ${name} 折算：${expr}`, `Category ${id} ${name} scaled: ${expr}`);
}

export function rescaleStep(earned: Rational, applicable: Rational, total: number, result: Rational): ExplanationStep {
  const expr = `${fmt(earned)}/${fmt(applicable)}×${num(total)}=${fmt(result)}`;
  return step('rescale', undefined, `按适用分值折算：${expr}`, `Rescaled over the applicable points: ${expr}`);
}

export function unscorableStep(): ExplanationStep {
  return step(
    'note',
    undefined,
    '没有适用的评查项目，无法计分',
    'No applicable item is left; the file cannot be scored',
  );
}

export function bonusTotalStep(raw: Rational, capped: Rational, cap: number): ExplanationStep {
  return eq(raw, capped)
    ? step('bonus', undefined, `加分合计 +${fmt(capped)}`, `Bonus total +${fmt(capped)}`)
    : step(
        'bonus',
        undefined,
        `加分合计${fmt(raw)}分，加分上限${num(cap)}分，记 +${fmt(capped)}`,
        `Bonus ${fmt(raw)}, capped at ${num(cap)}: +${fmt(capped)}`,
      );
}

export function baseWithBonusStep(base: Rational, bonus: Rational, total: Rational): ExplanationStep {
  const expr = `${fmt(base)}+${fmt(bonus)}=${fmt(total)}`;
  return step('bonus', undefined, `基础分加加分：${expr}`, `Base plus bonus: ${expr}`);
}

export function totalCapStep(total: number): ExplanationStep {
  return step(
    'cap',
    undefined,
    `总分不超过${num(total)}分，记${num(total)}分`,
    `The total may not exceed ${num(total)}; counted as ${num(total)}`,
  );
}

export function vetoStep(veto: VetoItem, topGrade: string): ExplanationStep {
  const head = `一票否决 ${veto.id} ${veto.name}`;
  const headEn = `Veto ${veto.id} ${veto.name}`;
  switch (veto.effect.type) {
    case 'zero':
      return step('veto', veto.id, `${head}：总分记0分`, `${headEn}: total set to 0`);
    case 'deduct':
      return step('veto', veto.id, `${head}：扣${num(veto.effect.points)}分`, `${headEn}: −${num(veto.effect.points)}`);
    case 'fail':
      return step('veto', veto.id, `${head}：案卷不合格，不再计分`, `${headEn}: the file fails and is not scored`);
    case 'bar_top_grade':
      return step('veto', veto.id, `${head}：不得评为${topGrade}`, `${headEn}: cannot be graded ${topGrade}`);
  }
}

export function vetoDeductStep(before: Rational, points: Rational, after: Rational): ExplanationStep {
  const floored = cmp(before, points) < 0;
  const expr = `${fmt(before)}−${fmt(points)}=${fmt(after)}`;
  return step(
    'veto',
    undefined,
    `否决项扣分：${expr}${floored ? '（不计负分）' : ''}`,
    `Veto deductions: ${expr}${floored ? ' (floored at 0)' : ''}`,
  );
}

export function totalStep(total: Rational | null, failed: boolean): ExplanationStep {
  if (failed) return step('total', undefined, '总分：不计分（不合格）', 'Total: not scored (failed)');
  if (total === null) return step('total', undefined, '总分：无法计分', 'Total: cannot be scored');
  return step('total', undefined, `总分：${fmt(total)}`, `Total: ${fmt(total)}`);
}

export function gradeSkippedStep(tier: GradeTier, reasonZh: string, reasonEn: string): ExplanationStep {
  return step(
    'grade',
    tier.id,
    `达到${tier.name}分数线（${num(tier.min)}分），但${reasonZh}`,
    `Reaches ${tier.name} (${num(tier.min)}) but ${reasonEn}`,
  );
}

/** When the shown total (one decimal) seems to reach a tier the exact total does not. */
export function roundingNoteStep(total: Rational, tier: GradeTier): ExplanationStep {
  const exact = formatRational(total, 4);
  return step(
    'note',
    tier.id,
    `总分精确值${exact}，未达到${tier.name}分数线${num(tier.min)}分（显示值按一位小数四舍五入）`,
    `The exact total ${exact} is below the ${tier.name} threshold ${num(tier.min)} (the shown total is rounded)`,
  );
}

export function gradeStep(tier: GradeTier | null, reasonZh: string, reasonEn: string): ExplanationStep {
  if (!tier) return step('grade', undefined, '等级：无法评定', 'Grade: none');
  return step('grade', tier.id, `等级：${tier.name}（${reasonZh}）`, `Grade: ${tier.name} (${reasonEn})`);
}

export function unreviewedStep(ids: readonly string[]): ExplanationStep {
  return step(
    'note',
    undefined,
    `尚有${ids.length}项未评查（按未扣分计）：${ids.join('、')}`,
    `${ids.length} item(s) not yet reviewed (counted without deduction): ${ids.join(', ')}`,
  );
}

/** The explanation as plain text, one step per line, for the CLI and logs. */
export function formatExplanation(result: ScoreResult, lang: 'zh' | 'en'): string {
  return result.explanation.map((s) => s[lang]).join('\n');
}
