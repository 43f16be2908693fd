/** The hearing right: offered in the prior notice, held when requested, notified 7 days ahead. */
import { datesEvidence, docEvidence, docsOfType, hasDoc } from '../lib/documents.ts';
import { gatePenaltyGeneral, hearingRight } from '../lib/facts.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import { computation, latestStartBefore } from '../lib/periods.ts';
import { isConclusive, searchDocument } from '../lib/text.ts';
import type { Evidence, RuleDefinition } from '../types.ts';

/** Phrases that deny a hearing rather than offer one (不享有听证权利, 不适用听证…). */
const HEARING_NEGATIONS = ['不享有', '不适用', '不属于', '无权', '无权要求', '不予', '未告知'];

export const hearingOffered: RuleDefinition = {
  id: 'hearing_offered',
  article: '《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const right = hearingRight(ctx);
    if (right.value === false) return notApplicable(`${right.zh}，无须告知听证权利`, `No hearing right: ${right.en}`);
    if (right.value === null) return unknown(right.zh, right.en);
    const notices = docsOfType(c, 'prior_notice');
    if (notices.length === 0) {
      return unknown(
        `${right.zh}，但卷中无行政处罚事先告知书，无法核对是否告知听证权利`,
        'No prior notice on file to read the hearing offer from',
        { evidence: [{ documentType: 'prior_notice', quote: '未找到' }] },
      );
    }
    const searches = notices.map((doc) => ({
      doc,
      search: searchDocument(doc, '听证', { negations: HEARING_NEGATIONS }),
    }));
    const hit = searches.find((s) => s.search.hit)?.search.hit;
    if (hit) {
      return pass(
        `${right.zh}；事先告知书第${hit.pageNo}页载明听证权利：“${hit.quote}”`,
        `${right.en}; the prior notice offers a hearing on page ${hit.pageNo}`,
        { evidence: [docEvidence(hit.doc, { pageNo: hit.pageNo, quote: hit.quote })] },
      );
    }
    const evidence: Evidence[] = searches.map(({ doc }) => docEvidence(doc, { quote: '未找到“听证”' }));
    if (searches.every(({ doc, search }) => isConclusive(search, doc))) {
      return fail(
        `${right.zh}，但事先告知书全文未找到“听证”，未告知当事人要求听证的权利（《行政处罚法》第六十三条、第六十四条）`,
        `${right.en}, but the prior notice never mentions a hearing (APL arts. 63, 64)`,
        { evidence },
      );
    }
    return unknown(
      `${right.zh}；事先告知书部分页面为无文字的扫描件，未能核对是否告知听证权利，请人工查看`,
      'Part of the prior notice has no text; check the hearing offer by eye',
      { evidence },
    );
  },
};

export const hearingHeldWhenRequested: RuleDefinition = {
  id: 'hearing_held_when_requested',
  article: '《中华人民共和国行政处罚法》第六十三条、第六十四条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    if (c.flags.hearingRequested !== true) {
      return notApplicable('当事人未申请听证', 'The party did not request a hearing');
    }
    const held = c.dates.hearingHeld;
    const hasRecord = hasDoc(c, 'hearing');
    const evidence: Evidence[] = [
      ...datesEvidence(c, ['hearingRequested', 'hearingHeld']),
      ...docsOfType(c, 'hearing').map((d) => docEvidence(d)),
    ];
    if (held && hasRecord) {
      return pass(`当事人申请听证，已于${held}举行听证，听证文书在卷`, `Hearing requested and held on ${held}`, {
        evidence,
      });
    }
    const missing = [held ? null : '未填写听证日期', hasRecord ? null : '卷中无听证文书'].filter(Boolean).join('，');
    if (!hasRecord) evidence.push({ documentType: 'hearing', quote: '未找到' });
    return fail(
      `当事人申请听证，但${missing}，未见依法组织听证（《行政处罚法》第六十三条、第六十四条）`,
      'A hearing was requested but there is no record of it being held (APL arts. 63, 64)',
      { evidence },
    );
  },
};

export const hearingNotice7Days: RuleDefinition = {
  id: 'hearing_notice_7_days',
  article: '《中华人民共和国行政处罚法》第六十四条、第八十五条',
  deduction: 1,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltyGeneral(c);
    if (gate) return gate;
    const held = c.dates.hearingHeld;
    if (!held) return notApplicable('未举行听证', 'No hearing held');
    const notice = c.dates.hearingNoticeServed;
    const evidence = datesEvidence(c, ['hearingNoticeServed', 'hearingHeld']);
    if (!notice) {
      return unknown(
        '未填写听证通知送达日期，无法核对是否提前7个工作日通知',
        'The hearing notice date is not recorded',
        {
          evidence,
        },
      );
    }
    const days = notice < held ? ctx.calendar.workingDaysBetween(notice, held) : 0;
    const latest = latestStartBefore(ctx.calendar, held, 7);
    const ok = days >= 7;
    // Counted backwards from the hearing: the deadline is the last day the notice could be served.
    const comp = computation('hearingHeld', held, { kind: 'working', amount: 7 }, latest, {
      key: 'hearingNoticeServed',
      date: notice,
    });
    comp.rule = '听证前 7 个工作日';
    const zh = `听证通知送达日期${notice}，听证日期${held}，间隔${days}个工作日，${
      ok ? '已' : '未'
    }在听证7个工作日前通知（最迟应于${latest}送达）（《行政处罚法》第六十四条）`;
    const en = `Hearing notice ${notice}, hearing ${held}: ${days} working days apart, ${
      ok ? 'at least' : 'fewer than'
    } 7 (serve by ${latest}) (APL art. 64)`;
    if (ok) return pass(zh, en, { evidence, computation: comp });
    return fail(zh, en, { evidence, computation: comp });
  },
};
