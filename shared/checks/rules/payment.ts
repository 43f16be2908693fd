/** Paying the fine (APL 67), chasing an unpaid one (APL 72; 行政强制法 35), closing after execution. */
import { diffDays } from '../../calendar/dates.ts';
import { datesEvidence, docEvidence, docsOfType } from '../lib/documents.ts';
import { gateFine, gatePenalty, gatePenaltyGeneral } from '../lib/facts.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import { checkDeadline } from '../lib/periods.ts';
import type { RuleDefinition } from '../types.ts';

const PAYMENT_DAYS = 15;

export const paymentWithin15Days: RuleDefinition = {
  id: 'payment_within_15_days',
  article: '《中华人民共和国行政处罚法》第六十七条',
  deduction: 2,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenalty(c) ?? gateFine(c);
    if (gate) return gate;
    if (c.procedure !== 'general' && c.procedure !== 'simple') {
      return unknown('案件未填写适用程序，无法确定缴款期限的起算日', 'The procedure is not recorded');
    }
    if (!c.dates.paid) {
      return unknown('未填写缴款日期（未缴纳的情形由“催告”一项核查）', 'No payment date (see unpaid_demand_notice)', {
        evidence: datesEvidence(c, ['decided', 'delivered']),
      });
    }
    const simple = c.procedure === 'simple';
    const outcome = checkDeadline(ctx, {
      // Simple procedure: the form is handed over on the spot, so the decision date starts the period.
      from: simple ? 'decided' : 'delivered',
      to: 'paid',
      period: { kind: 'calendar', amount: PAYMENT_DAYS },
      lawZh: '《行政处罚法》第六十七条',
      lawEn: 'APL art. 67',
    });
    return simple && outcome.status === 'fail' ? { ...outcome, suggestedDeduction: 5 } : outcome;
  },
};

export const unpaidDemandNotice: RuleDefinition = {
  id: 'unpaid_demand_notice',
  article: '《中华人民共和国行政处罚法》第七十二条；《中华人民共和国行政强制法》第三十五条',
  deduction: 2,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenalty(c) ?? gateFine(c);
    if (gate) return gate;
    if (c.dates.paid) return notApplicable(`罚款已于${c.dates.paid}缴纳`, `The fine was paid on ${c.dates.paid}`);
    const decided = c.dates.decided;
    if (!decided) {
      return unknown('未填写缴款日期和决定日期，无法判断是否逾期未缴纳', 'Neither payment nor decision date recorded');
    }
    const ref = c.dates.closed
      ? { zh: `结案日期${c.dates.closed}`, date: c.dates.closed }
      : { zh: `今日${ctx.today}`, date: ctx.today };
    const elapsed = diffDays(decided, ref.date);
    if (elapsed <= PAYMENT_DAYS) {
      return notApplicable(
        `决定日期${decided}，至${ref.zh}仅${elapsed}日，缴款期限可能尚未届满`,
        `Only ${elapsed} days from the decision; payment may not be due yet`,
      );
    }
    const notices = docsOfType(c, 'demand_notice');
    const evidence = [
      ...datesEvidence(c, ['decided', 'closed', 'demandServed']),
      ...notices.map((d) => docEvidence(d)),
    ];
    if (notices.length > 0) {
      return pass(
        `未见缴款记录，决定日期${decided}至${ref.zh}已${elapsed}日，催告书在卷`,
        `Unpaid ${elapsed} days after the decision; a demand notice is on file`,
        { evidence },
      );
    }
    return fail(
      `未见缴款记录，决定日期${decided}至${ref.zh}已${elapsed}日，卷中无催告书（《行政处罚法》第七十二条、《行政强制法》第三十五条）`,
      `Unpaid ${elapsed} days after the decision and no demand notice on file (APL art. 72; Administrative Compulsion Law art. 35)`,
      { evidence: [...evidence, { documentType: 'demand_notice', quote: '未找到' }] },
    );
  },
};

export const closingAfterExecution: RuleDefinition = {
  id: 'closing_after_execution',
  article: '行政执法案卷立卷规范（执行完毕后方可结案）；《中华人民共和国行政处罚法》第六十七条',
  deduction: 2,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const { closed, delivered, paid } = c.dates;
    const evidence = datesEvidence(c, ['delivered', 'paid', 'closed']);
    if (!closed) return unknown('未填写结案日期，无法核对', 'The closing date is not recorded', { evidence });
    const early = [
      delivered && closed < delivered ? `早于送达日期${delivered}` : null,
      paid && closed < paid ? `早于缴款日期${paid}` : null,
    ].filter((s): s is string => s !== null);
    if (early.length > 0) {
      return fail(
        `结案日期${closed}${early.join('，')}，未执行完毕即结案`,
        `Closed ${closed} before execution was complete`,
        {
          evidence,
        },
      );
    }
    if (!delivered) {
      return unknown(`结案日期${closed}，未填写送达日期，无法核对`, 'The delivery date is not recorded', { evidence });
    }
    const after = paid ? `送达日期${delivered}和缴款日期${paid}` : `送达日期${delivered}`;
    return pass(`结案日期${closed}不早于${after}`, `Closed ${closed}, after delivery${paid ? ' and payment' : ''}`, {
      evidence,
    });
  },
};
