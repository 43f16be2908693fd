/**
 * Runs the rules over one case. A rule that cannot compute (a year the holiday calendar does
 * not cover, or a bug) yields `unknown` with the reason, never an aborted run: one rule's
 * trouble must not hide the other findings.
 */
import { ERROR_TEXT, isAppError } from '../errors.ts';
import { RULES } from './registry.ts';
import { RULE_IDS } from './ruleIds.ts';
import type { RuleId } from './ruleIds.ts';
import type { CheckContext, Finding, RuleDefinition, RuleOutcome } from './types.ts';

function outcomeOf(rule: RuleDefinition, ctx: CheckContext): RuleOutcome {
  try {
    return rule.check(ctx);
  } catch (err) {
    if (isAppError(err) && err.code === 'CALENDAR_NOT_COVERED') {
      // AppError messages read "中文：detail / English: detail".
      const [zh, en] = err.message.split(' / ');
      return {
        status: 'unknown',
        reasonZh: zh ?? ERROR_TEXT.CALENDAR_NOT_COVERED.zh,
        reasonEn: en ?? ERROR_TEXT.CALENDAR_NOT_COVERED.en,
      };
    }
    const detail = err instanceof Error ? err.message : String(err);
    return {
      status: 'unknown',
      reasonZh: `检查规则内部错误，请人工核查：${detail}`,
      reasonEn: `Internal error in the rule; check by hand: ${detail}`,
    };
  }
}

export function runRule(rule: RuleDefinition, ctx: CheckContext): Finding {
  const o = outcomeOf(rule, ctx);
  const finding: Finding = {
    rule: rule.id,
    status: o.status,
    reasonZh: o.reasonZh,
    reasonEn: o.reasonEn,
    article: o.article ?? rule.article,
    evidence: o.evidence ?? [],
  };
  if (o.status === 'fail') finding.suggestedDeduction = o.suggestedDeduction ?? rule.deduction;
  if (o.computation) finding.computation = o.computation;
  return finding;
}

/** One finding per rule, in the order of RULE_IDS; `rules` restricts the run to those ids. */
export function runChecks(ctx: CheckContext, rules?: readonly RuleId[]): Finding[] {
  const wanted = rules ? new Set<RuleId>(rules) : null;
  return RULE_IDS.filter((id) => wanted === null || wanted.has(id)).map((id) => runRule(RULES[id], ctx));
}
