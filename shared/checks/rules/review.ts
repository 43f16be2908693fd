/** 法制审核 (APL 58) and 集体讨论 (APL 57): present where required, and before the decision. */
import { datesEvidence, docEvidence, docsOfType } from '../lib/documents.ts';
import { gatePenaltyGeneral, legalReviewRequired } from '../lib/facts.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import type { Evidence, RuleDefinition } from '../types.ts';

export const legalReviewPresent: RuleDefinition = {
  id: 'legal_review_present',
  article: '《中华人民共和国行政处罚法》第五十八条',
  deduction: 3,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const required = legalReviewRequired(ctx);
    if (!required.value) return notApplicable(required.zh, required.en);
    const docs = docsOfType(c, 'legal_review');
    const date = c.dates.legalReview;
    const evidence: Evidence[] = [...datesEvidence(c, ['legalReview']), ...docs.map((d) => docEvidence(d))];
    if (docs.length === 0) {
      return fail(
        `${required.zh}，但卷中无法制审核意见（《行政处罚法》第五十八条）`,
        `${required.en}, but no legal review is on file (APL art. 58)`,
        { evidence: [...evidence, { documentType: 'legal_review', quote: '未找到' }] },
      );
    }
    if (!date) {
      return unknown(`${required.zh}；法制审核意见在卷，但未填写审核日期`, 'The review is on file but not dated', {
        evidence,
      });
    }
    return pass(`${required.zh}；法制审核意见在卷，审核日期${date}`, `${required.en}; review on file, dated ${date}`, {
      evidence,
    });
  },
};

export const legalReviewBeforeDecision: RuleDefinition = {
  id: 'legal_review_before_decision',
  article: '《中华人民共和国行政处罚法》第五十八条',
  deduction: 3,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const { legalReview, decided } = c.dates;
    if (!legalReview) return notApplicable('未进行（或未填写）法制审核', 'No legal review date');
    const evidence = datesEvidence(c, ['legalReview', 'decided']);
    if (!decided) return unknown('未填写处罚决定日期，无法比较', 'The decision date is not recorded', { evidence });
    if (legalReview <= decided) {
      return pass(
        `法制审核日期${legalReview}，决定日期${decided}，审核在决定之前`,
        `Reviewed ${legalReview}, decided ${decided}`,
        {
          evidence,
        },
      );
    }
    return fail(
      `法制审核日期${legalReview}晚于决定日期${decided}，未在作出决定前进行法制审核（《行政处罚法》第五十八条）`,
      `Legal review ${legalReview} after the decision of ${decided} (APL art. 58)`,
      { evidence },
    );
  },
};

export const collectiveDiscussionPresent: RuleDefinition = {
  id: 'collective_discussion_present',
  article: '《中华人民共和国行政处罚法》第五十七条',
  deduction: 3,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    if (c.flags.collectiveDiscussionRequired !== true) {
      return notApplicable('案件未标记为须集体讨论（情节复杂或重大违法）', 'Collective discussion not required');
    }
    const docs = docsOfType(c, 'collective_discussion');
    const { collectiveDiscussion: date, decided } = c.dates;
    const evidence: Evidence[] = [
      ...datesEvidence(c, ['collectiveDiscussion', 'decided']),
      ...docs.map((d) => docEvidence(d)),
    ];
    if (docs.length === 0) {
      return fail(
        '案件须经负责人集体讨论，但卷中无集体讨论记录（《行政处罚法》第五十七条）',
        'Collective discussion required but no record on file (APL art. 57)',
        { evidence: [...evidence, { documentType: 'collective_discussion', quote: '未找到' }] },
      );
    }
    if (!date || !decided) {
      return unknown(
        '集体讨论记录在卷，但未填写讨论日期或决定日期，无法核对先后',
        'Discussion or decision date missing',
        {
          evidence,
        },
      );
    }
    if (date > decided) {
      return fail(
        `集体讨论日期${date}晚于决定日期${decided}，未在决定前集体讨论（《行政处罚法》第五十七条）`,
        `Discussion ${date} after the decision of ${decided} (APL art. 57)`,
        { evidence },
      );
    }
    return pass(
      `集体讨论记录在卷，讨论日期${date}，不晚于决定日期${decided}`,
      `Discussed ${date}, decided ${decided}`,
      {
        evidence,
      },
    );
  },
};
