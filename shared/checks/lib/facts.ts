/**
 * Facts several rules share: which case kinds a rule concerns, whether the case has a fine,
 * whether the party had a right to a hearing. Each answers `null` when the data cannot tell,
 * so that rules report `unknown` instead of guessing (missing data is never a fail).
 */
import type { PartyType } from '../../domain/bundle.ts';
import { PARTY_TYPES } from '../../domain/bundle.ts';
import { hearingThresholdAt } from '../../profiles/values.ts';
import type { CheckCase, CheckContext, RuleOutcome } from '../types.ts';
import { yuan } from './labels.ts';
import { notApplicable, unknown } from './outcome.ts';

const NOT_PENALTY = () => notApplicable('非行政处罚案件，不适用本项', 'Not a penalty case');
const NO_PROCEDURE = () =>
  unknown(
    '案件未填写适用程序（一般程序/简易程序），无法判断是否适用本项',
    'The procedure (general/simple) is not recorded',
  );

/** Null when the rule applies to a penalty case; else the n/a outcome. */
export function gatePenalty(c: CheckCase): RuleOutcome | null {
  return c.caseType === 'penalty' ? null : NOT_PENALTY();
}

/** Null when the case is a general-procedure penalty case; else n/a (or unknown without a procedure). */
export function gatePenaltyGeneral(c: CheckCase): RuleOutcome | null {
  if (c.caseType !== 'penalty') return NOT_PENALTY();
  if (c.procedure === 'simple') return notApplicable('简易程序案件不适用本项', 'Not applicable to simple procedure');
  if (c.procedure !== 'general') return NO_PROCEDURE();
  return null;
}

export function gatePenaltySimple(c: CheckCase): RuleOutcome | null {
  if (c.caseType !== 'penalty') return NOT_PENALTY();
  if (c.procedure === 'general') return notApplicable('一般程序案件不适用本项', 'Not applicable to general procedure');
  if (c.procedure !== 'simple') return NO_PROCEDURE();
  return null;
}

export interface FineFacts {
  /** Null when the penalty is not recorded. */
  hasFine: boolean | null;
  amount: number | null;
}

export function fineFacts(c: CheckCase): FineFacts {
  const p = c.penalty;
  if (!p) return { hasFine: null, amount: null };
  const amount = p.fineYuan ?? null;
  if (p.kinds.includes('fine') || (amount !== null && amount > 0)) return { hasFine: true, amount };
  if (p.kinds.length === 0) return { hasFine: null, amount };
  return { hasFine: false, amount };
}

/** Gate for rules about fines: null when the case has a fine. */
export function gateFine(c: CheckCase): RuleOutcome | null {
  const { hasFine } = fineFacts(c);
  if (hasFine === true) return null;
  if (hasFine === false) return notApplicable('未处罚款，不适用本项', 'No fine imposed');
  return unknown('案件未填写处罚种类和罚款金额，无法判断', 'The penalty (kinds, fine) is not recorded');
}

const HEAVY_KINDS = ['confiscation', 'suspension', 'revocation'] as const;
const HEAVY_ZH: Record<(typeof HEAVY_KINDS)[number], string> = {
  confiscation: '没收',
  suspension: '责令停产停业',
  revocation: '吊销许可证件',
};
const PARTY_ZH: Record<PartyType, string> = {
  individual: '公民',
  individual_business: '个体工商户',
  organization: '单位',
};

export interface HearingRight {
  value: boolean | null;
  zh: string;
  en: string;
}

/**
 * APL 63 as the README defines it: fine at or above the profile's threshold for the party
 * type (in force on the decision date), or confiscation/suspension/revocation — never in
 * simple procedure.
 */
export function hearingRight(ctx: CheckContext): HearingRight {
  const c = ctx.case;
  if (c.procedure === 'simple')
    return { value: false, zh: '简易程序不适用听证', en: 'simple procedure has no hearing' };
  const p = c.penalty;
  if (!p) return { value: null, zh: '未填写处罚内容，无法判断是否享有听证权利', en: 'penalty not recorded' };
  const heavy = HEAVY_KINDS.filter((k) => p.kinds.includes(k));
  if (heavy.length > 0) {
    return {
      value: true,
      zh: `处罚种类含${heavy.map((k) => HEAVY_ZH[k]).join('、')}，当事人享有听证权利`,
      en: `the penalty includes ${heavy.join(', ')}, so the party may request a hearing`,
    };
  }
  const fine = fineFacts(c);
  if (fine.hasFine === null)
    return { value: null, zh: '未填写处罚种类，无法判断是否享有听证权利', en: 'penalty kinds not recorded' };
  if (!fine.hasFine) return { value: false, zh: '未处罚款且无其他听证事项', en: 'no fine and no other hearing ground' };
  if (fine.amount === null)
    return { value: null, zh: '未填写罚款金额，无法判断是否达到听证标准', en: 'fine amount not recorded' };
  const entry = hearingThresholdAt(ctx.profile, c.dates.decided ?? c.dates.noticeServed ?? c.dates.filed);
  const partyType = c.party?.type;
  if (partyType) {
    const threshold = entry[partyType];
    const value = fine.amount >= threshold;
    return {
      value,
      zh: `罚款${yuan(fine.amount)}元，${value ? '达到' : '低于'}${PARTY_ZH[partyType]}听证标准${yuan(threshold)}元`,
      en: `fine ${yuan(fine.amount)} yuan is ${value ? 'at or above' : 'below'} the hearing threshold ${yuan(threshold)} yuan for ${partyType}`,
    };
  }
  const all = PARTY_TYPES.map((t) => entry[t]);
  const low = Math.min(...all);
  const high = Math.max(...all);
  if (fine.amount >= high) {
    return {
      value: true,
      zh: `罚款${yuan(fine.amount)}元，达到各类当事人的听证标准`,
      en: 'fine at or above every threshold',
    };
  }
  if (fine.amount < low) {
    return {
      value: false,
      zh: `罚款${yuan(fine.amount)}元，低于各类当事人的听证标准`,
      en: 'fine below every threshold',
    };
  }
  return {
    value: null,
    zh: `未填写当事人类型，罚款${yuan(fine.amount)}元是否达到听证标准无法判断`,
    en: 'party type not recorded; the fine lies between the thresholds',
  };
}

/** Whether 法制审核 is required: the flag, a hearing held (APL 58 (2)), or the profile's scope. */
export function legalReviewRequired(ctx: CheckContext): { value: boolean; zh: string; en: string } {
  const c = ctx.case;
  if (c.flags.legalReviewRequired === true) {
    return { value: true, zh: '案件标记为须法制审核', en: 'the case is marked as requiring legal review' };
  }
  if (c.dates.hearingHeld) {
    return { value: true, zh: '案件经过听证，依法须法制审核', en: 'a hearing was held, so legal review is required' };
  }
  if (ctx.profile.legalReviewScope.value === 'all_general') {
    return {
      value: true,
      zh: '地区配置要求一般程序案件一律法制审核',
      en: 'the profile requires review of every general case',
    };
  }
  return { value: false, zh: '不属于须法制审核的情形', en: 'legal review is not required' };
}
