/** How the parts of a standard read in the viewer: case kinds, applicability, veto effects, options. */
import type { CaseType, Procedure } from '../../../../../shared/domain/bundle.ts';
import type { Translate } from '../../../../../shared/i18n/index.ts';
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import type { CaseKind } from '../../../../../shared/templates/applicability.ts';
import type { AppliesTo, DeductionOption, VetoEffect } from '../../../../../shared/templates/shape.ts';

/** 行政处罚（一般程序）, 行政检查. */
export function caseKindText(t: Translate, kind: CaseKind): string {
  const type = t(`enums.caseType.${kind.caseType}`);
  return kind.procedure
    ? t('settings.standards.kind', { type, procedure: t(`enums.procedure.${kind.procedure}`) })
    : type;
}

/** 行政处罚（一般程序、简易程序）; a null procedure list means any procedure, or none. */
export function applicabilityText(
  t: Translate,
  caseTypes: readonly CaseType[],
  procedures: readonly Procedure[] | null,
): string {
  const types = caseTypes.map((c) => t(`enums.caseType.${c}`)).join(t('settings.listSeparator'));
  if (!procedures) return types;
  const list = procedures.map((p) => t(`enums.procedure.${p}`)).join(t('settings.listSeparator'));
  return t('settings.standards.kind', { type: types, procedure: list });
}

/** An item's, category's or veto's own `appliesTo`; null when it has none. */
export function appliesToText(t: Translate, appliesTo: AppliesTo | undefined): string | null {
  if (!appliesTo || (!appliesTo.caseTypes && !appliesTo.procedures)) return null;
  const parts = [
    ...(appliesTo.caseTypes ?? []).map((c) => t(`enums.caseType.${c}`)),
    ...(appliesTo.procedures ?? []).map((p) => t(`enums.procedure.${p}`)),
  ];
  return t('settings.standards.onlyFor', { kinds: parts.join(t('settings.listSeparator')) });
}

export function vetoEffectText(t: Translate, effect: VetoEffect): string {
  switch (effect.type) {
    case 'zero':
      return t('settings.standards.effect.zero');
    case 'deduct':
      return t('settings.standards.effect.deduct', { points: formatPoints(effect.points) });
    case 'fail':
      return t('settings.standards.effect.fail');
    case 'bar_top_grade':
      return t('settings.standards.effect.bar_top_grade');
  }
}

/** 扣2分 / 每处扣1分，最多4分 / 扣2–8分（每档0.5分） / 扣全部5分; awards read 加…. */
export function optionRuleText(t: Translate, option: DeductionOption, itemPoints: number, award: boolean): string {
  const p = (value: number) => formatPoints(value);
  switch (option.kind) {
    case 'fixed':
      return award
        ? t('checklist.award', { points: p(option.points) })
        : t('checklist.deductFixed', { points: p(option.points) });
    case 'per_occurrence':
      return option.cap !== undefined
        ? t(award ? 'settings.standards.awardPerCap' : 'checklist.deductPerCap', {
            points: p(option.points),
            cap: p(option.cap),
          })
        : t(award ? 'settings.standards.awardPer' : 'checklist.deductPer', { points: p(option.points) });
    case 'range':
      return t(award ? 'settings.standards.awardRange' : 'settings.standards.deductRange', {
        min: p(option.min),
        max: p(option.max),
        step: p(option.step),
      });
    case 'whole':
      return t(award ? 'settings.standards.awardWhole' : 'checklist.deductWhole', { points: p(itemPoints) });
  }
}
