/** 事先告知 before the decision, and the decision only after the statement/hearing-request period. */
import { datesEvidence, docEvidence, docsOfType } from '../lib/documents.ts';
import { gatePenaltyGeneral, hearingRight } from '../lib/facts.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import { calendarNoteZh, computation, periodEnd } from '../lib/periods.ts';
import type { RuleDefinition } from '../types.ts';

export const priorNoticeBeforeDecision: RuleDefinition = {
  id: 'prior_notice_before_decision',
  article: '《中华人民共和国行政处罚法》第四十四条、第六十二条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const { decided, noticeServed } = c.dates;
    const notices = docsOfType(c, 'prior_notice');
    const evidence = [...datesEvidence(c, ['noticeServed', 'decided']), ...notices.map((d) => docEvidence(d))];
    if (!decided) {
      return unknown('未填写处罚决定日期，无法判断是否在决定前告知', 'The decision date is not recorded', { evidence });
    }
    if (!noticeServed) {
      // A notice on file without its service date is missing data, not proof of no notice.
      if (notices.length > 0) {
        return unknown(
          '卷中有行政处罚事先告知书，但未填写送达日期，无法判断是否在决定前送达',
          'A prior notice is on file but its service date is not recorded',
          { evidence },
        );
      }
      return fail(
        `卷中无行政处罚事先告知书，亦无告知送达日期；决定日期${decided}（《行政处罚法》第四十四条、第六十二条）`,
        `No prior notice on file and no service date; decided ${decided} (APL arts. 44, 62)`,
        { evidence: [...evidence, { documentType: 'prior_notice', quote: '未找到' }] },
      );
    }
    if (noticeServed >= decided) {
      return fail(
        `告知书送达日期${noticeServed}，决定日期${decided}，未在作出处罚决定前履行告知程序（《行政处罚法》第四十四条、第六十二条）`,
        `Prior notice served ${noticeServed}, not before the decision of ${decided} (APL arts. 44, 62)`,
        { evidence },
      );
    }
    if (notices.length === 0) {
      return fail(
        `告知书送达日期${noticeServed}早于决定日期${decided}，但卷中未见行政处罚事先告知书`,
        `Notice date ${noticeServed} recorded, but no prior notice document is on file`,
        { evidence: [...evidence, { documentType: 'prior_notice', quote: '未找到' }] },
      );
    }
    return pass(
      `告知书送达日期${noticeServed}早于决定日期${decided}，事先告知书在卷`,
      `Prior notice served ${noticeServed}, before the decision of ${decided}, and on file`,
      { evidence },
    );
  },
};

export const statementPeriodRespected: RuleDefinition = {
  id: 'statement_period_respected',
  article: '《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十四条',
  deduction: 2,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const { decided, noticeServed, statementDeadline } = c.dates;
    const evidence = datesEvidence(c, ['noticeServed', 'statementDeadline', 'decided']);
    if (!noticeServed) {
      return unknown('未填写告知书送达日期，无法计算陈述申辩期限', 'The prior-notice service date is not recorded', {
        evidence,
      });
    }
    if (!decided) {
      return unknown('未填写处罚决定日期，无法判断是否在期限届满后决定', 'The decision date is not recorded', {
        evidence,
      });
    }
    if (noticeServed >= decided) {
      return notApplicable(
        `告知书送达日期${noticeServed}不早于决定日期${decided}，由“决定前事先告知”一项认定`,
        'The notice is on or after the decision; see prior_notice_before_decision',
        { evidence },
      );
    }
    if (c.flags.hearingWaived === true && c.flags.hearingRequested !== true && !c.dates.hearingRequested) {
      return pass(
        `当事人书面放弃陈述、申辩和听证权利且未申请听证，决定日期${decided}`,
        `The party waived in writing and did not request a hearing; decided ${decided}`,
        { evidence },
      );
    }
    if (statementDeadline) {
      const ok = decided > statementDeadline;
      const zh = `告知书送达日期${noticeServed}，告知的陈述申辩期限届满日${statementDeadline}，决定日期${decided}，${
        ok ? '在期限届满后作出决定' : '期限未届满即作出决定'
      }（《行政处罚法》第四十四条、第四十五条）`;
      const en = `Notice ${noticeServed}, stated deadline ${statementDeadline}, decided ${decided}: ${
        ok ? 'after' : 'before'
      } the period ended (APL arts. 44, 45)`;
      return ok ? pass(zh, en, { evidence }) : fail(zh, en, { evidence });
    }
    const right = hearingRight(ctx);
    const hearingDays = ctx.profile.hearingRequestPeriodWorkingDays.value;
    const statementDays = ctx.profile.statementPeriodWorkingDays.value;
    const candidates =
      right.value === null ? [statementDays, hearingDays] : [right.value ? hearingDays : statementDays];
    const results = candidates.map((days) => {
      const deadline = periodEnd(ctx.calendar, noticeServed, { kind: 'working', amount: days });
      return { days, deadline, ok: decided > deadline };
    });
    const all = results.every((r) => r.ok);
    const none = results.every((r) => !r.ok);
    const shown = results[results.length - 1] ?? { days: statementDays, deadline: noticeServed, ok: false };
    const kindZh = right.value === true ? '听证申请' : right.value === false ? '陈述申辩' : '陈述申辩/听证申请';
    const note = calendarNoteZh(ctx.calendar, noticeServed, shown.deadline);
    const zh = `告知书送达日期${noticeServed}，${right.zh}，${kindZh}期限${results
      .map((r) => `${r.days}个工作日届满日${r.deadline}`)
      .join('或')}${note}，决定日期${decided}`;
    const en = `Notice ${noticeServed}; ${right.en}; period ends ${results.map((r) => r.deadline).join(' or ')}; decided ${decided}`;
    const comp = computation('noticeServed', noticeServed, { kind: 'working', amount: shown.days }, shown.deadline);
    comp.actual = { event: '决定', date: decided };
    if (all) return pass(`${zh}，在期限届满后作出决定`, `${en}: after the period`, { evidence, computation: comp });
    if (none) {
      return fail(
        `${zh}，期限未届满即作出决定（《行政处罚法》第四十四条、第四十五条、第六十四条）`,
        `${en}: decided before the period ended (APL arts. 44, 45, 64)`,
        { evidence, computation: comp },
      );
    }
    return unknown(`${zh}；是否享有听证权利不明，期限无法确定`, `${en}; the applicable period is unclear`, {
      evidence,
      computation: comp,
    });
  },
};
