/** 立案: within the limitation period, in time after discovery, and before the investigation. */
import { bySeq, dateEvidence, docEvidence } from '../lib/documents.ts';
import { gatePenalty, gatePenaltyGeneral } from '../lib/facts.ts';
import { listZh } from '../lib/labels.ts';
import { fail, pass, unknown } from '../lib/outcome.ts';
import { checkDeadline } from '../lib/periods.ts';
import type { RuleDefinition } from '../types.ts';

export const limitationPeriod: RuleDefinition = {
  id: 'limitation_period',
  article: '《中华人民共和国行政处罚法》第三十六条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenalty(c);
    if (gate) return gate;
    if (!c.dates.violation) {
      return unknown('未填写违法行为发生日期，无法判断是否超过追责时效', 'The violation date is not recorded', {
        evidence: [...dateEvidence(c, 'discovered'), ...dateEvidence(c, 'filed')],
      });
    }
    // Discovery ends the period (APL 36); the filing date stands in when discovery is not recorded.
    return checkDeadline(ctx, {
      from: 'violation',
      to: ['discovered', 'filed'],
      period: { kind: 'years', amount: ctx.profile.limitationYears.value },
      lawZh: '《行政处罚法》第三十六条',
      lawEn: 'APL art. 36',
      termZh: '追责时效',
    });
  },
};

export const filingTimely: RuleDefinition = {
  id: 'filing_timely',
  article: '《中华人民共和国行政处罚法》第五十四条',
  deduction: 1,
  check(ctx) {
    return (
      gatePenaltyGeneral(ctx.case) ??
      checkDeadline(ctx, {
        from: 'discovered',
        to: 'filed',
        period: { kind: 'working', amount: ctx.profile.filingDeadlineWorkingDays.value },
        lawZh: '《行政处罚法》第五十四条及地区配置的立案时限',
        lawEn: 'APL art. 54 and the profile filing period',
        termZh: '立案期限',
      })
    );
  },
};

export const investigationAfterFiling: RuleDefinition = {
  id: 'investigation_after_filing',
  article: '《中华人民共和国行政处罚法》第五十四条、第五十五条',
  deduction: 2,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const filed = c.dates.filed;
    const records = bySeq(c.documents.filter((d) => d.type === 'inquiry_record'));
    const dated = records.filter((d) => d.date);
    if (!filed) {
      return unknown('未填写立案日期，无法判断调查是否在立案后进行', 'The filing date is not recorded', {
        evidence: dated.map((d) => docEvidence(d)),
      });
    }
    if (dated.length === 0) {
      return unknown(
        records.length === 0 ? '卷中无询问笔录，无法核对调查时间' : '询问笔录未填写日期，无法核对调查时间',
        records.length === 0 ? 'No inquiry record in the file' : 'The inquiry records are not dated',
        { evidence: [...dateEvidence(c, 'filed'), ...records.map((d) => docEvidence(d))] },
      );
    }
    const early = dated.filter((d) => (d.date ?? '') < filed);
    const undated = records.length - dated.length;
    const evidence = [...dateEvidence(c, 'filed'), ...(early.length > 0 ? early : dated).map((d) => docEvidence(d))];
    if (early.length > 0) {
      const list = listZh(early.map((d) => `${d.title ?? '询问笔录'}（${d.date}）`));
      return fail(
        `立案日期${filed}，${list}早于立案日期，存在立案前调查取证（《行政处罚法》第五十四条）`,
        `Filed ${filed}; ${early.length} inquiry record(s) dated before filing (APL art. 54)`,
        { evidence },
      );
    }
    const note = undated > 0 ? `；另有${undated}份询问笔录未填写日期，请人工核对` : '';
    return pass(
      `立案日期${filed}，${dated.length === 1 ? '询问笔录的日期' : `${dated.length}份询问笔录的日期均`}不早于立案日期${note}`,
      `Filed ${filed}; every dated inquiry record is on or after it${undated > 0 ? ` (${undated} undated)` : ''}`,
      { evidence },
    );
  },
};
