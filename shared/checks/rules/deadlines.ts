/** Statutory periods from one case date to the next: decision, delivery, publication. */
import { gatePenaltyGeneral } from '../lib/facts.ts';
import { dateEvidence } from '../lib/documents.ts';
import { unknown } from '../lib/outcome.ts';
import { checkDeadline } from '../lib/periods.ts';
import type { RuleDefinition } from '../types.ts';

export const decisionWithin90Days: RuleDefinition = {
  id: 'decision_within_90_days',
  article: '《中华人民共和国行政处罚法》第六十条',
  deduction: 4,
  check(ctx) {
    return (
      gatePenaltyGeneral(ctx.case) ??
      checkDeadline(ctx, {
        from: 'filed',
        to: 'decided',
        period: { kind: 'calendar', amount: 90 },
        lawZh: '《行政处罚法》第六十条',
        lawEn: 'APL art. 60',
      })
    );
  },
};

export const deliveryWithin7Days: RuleDefinition = {
  id: 'delivery_within_7_days',
  article: '《中华人民共和国行政处罚法》第六十一条、第八十五条',
  deduction: 3,
  check(ctx) {
    return (
      gatePenaltyGeneral(ctx.case) ??
      checkDeadline(ctx, {
        from: 'decided',
        to: 'delivered',
        period: { kind: 'working', amount: 7 },
        lawZh: '《行政处罚法》第六十一条、第八十五条',
        lawEn: 'APL arts. 61, 85',
      })
    );
  },
};

export const publicationDeadline: RuleDefinition = {
  id: 'publication_deadline',
  article: '《中华人民共和国行政处罚法》第四十八条；国办发〔2018〕118号',
  deduction: 1,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    if (!c.dates.published) {
      return unknown(
        '未填写处罚决定公开日期，无法判断是否按期公开，请人工核查',
        'The publication date is not recorded; check by hand',
        { evidence: dateEvidence(c, 'decided') },
      );
    }
    return checkDeadline(ctx, {
      from: 'decided',
      to: 'published',
      period: { kind: 'working', amount: ctx.profile.publicationDeadlineWorkingDays.value },
      lawZh: '《行政处罚法》第四十八条；国办发〔2018〕118号',
      lawEn: 'APL art. 48; State Council Office [2018] No. 118',
      termZh: '期限',
    });
  },
};
