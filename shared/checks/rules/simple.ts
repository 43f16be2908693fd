/** Simple procedure (当场处罚): within the APL 51 limits, on the numbered decision form (APL 52). */
import type { PartyType } from '../../domain/bundle.ts';
import { docEvidence, docsOfType } from '../lib/documents.ts';
import { fineFacts, gatePenaltySimple } from '../lib/facts.ts';
import { listZh, yuan } from '../lib/labels.ts';
import { fail, pass, unknown } from '../lib/outcome.ts';
import type { RuleDefinition } from '../types.ts';

/** APL 51: 公民 ≤ 200 元, 法人或者其他组织 ≤ 3,000 元 (an individual business is a 公民 here). */
const SIMPLE_FINE_LIMIT: Record<PartyType, number> = { individual: 200, individual_business: 200, organization: 3000 };
const SIMPLE_KINDS: readonly string[] = ['warning', 'fine'];
const KIND_ZH: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收',
  suspension: '责令停产停业',
  revocation: '吊销许可证件',
  other: '其他处罚',
};

export const simpleProcedureLimits: RuleDefinition = {
  id: 'simple_procedure_limits',
  article: '《中华人民共和国行政处罚法》第五十一条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltySimple(c);
    if (gate) return gate;
    const p = c.penalty;
    if (!p) return unknown('未填写处罚内容，无法核对简易程序适用范围', 'The penalty is not recorded');
    const other = p.kinds.filter((k) => !SIMPLE_KINDS.includes(k));
    if (other.length > 0) {
      return fail(
        `简易程序作出${listZh(other.map((k) => KIND_ZH[k] ?? k))}，超出警告、罚款的适用范围（《行政处罚法》第五十一条）`,
        `Simple procedure used for ${other.join(', ')} (APL art. 51)`,
      );
    }
    const fine = fineFacts(c);
    if (fine.hasFine === null) return unknown('未填写处罚种类，无法核对', 'Penalty kinds not recorded');
    if (!fine.hasFine) return pass('简易程序仅给予警告，在适用范围内', 'Warning only, within the limits');
    if (fine.amount === null) return unknown('处罚种类含罚款，但未填写罚款金额', 'Fine amount not recorded');
    const partyType = c.party?.type;
    const limits = partyType ? [SIMPLE_FINE_LIMIT[partyType]] : [200, 3000];
    const low = Math.min(...limits);
    const high = Math.max(...limits);
    const who = partyType === 'organization' ? '法人或者其他组织' : partyType ? '公民' : '当事人';
    if (fine.amount <= low) {
      return pass(
        `简易程序罚款${yuan(fine.amount)}元，未超过${who}${yuan(low)}元的上限`,
        `Fine ${fine.amount} ≤ ${low} yuan`,
      );
    }
    if (fine.amount > high) {
      return fail(
        `简易程序罚款${yuan(fine.amount)}元，超过${who}${yuan(high)}元的上限（《行政处罚法》第五十一条）`,
        `Fine ${fine.amount} yuan exceeds the simple-procedure limit of ${high} yuan (APL art. 51)`,
      );
    }
    return unknown(
      `简易程序罚款${yuan(fine.amount)}元，未填写当事人类型，无法确定适用200元还是3,000元上限`,
      'Party type not recorded; the limit is 200 or 3,000 yuan',
    );
  },
};

export const simpleDecisionForm: RuleDefinition = {
  id: 'simple_decision_form',
  article: '《中华人民共和国行政处罚法》第五十二条',
  deduction: 10,
  check(ctx) {
    const c = ctx.case;
    const gate = gatePenaltySimple(c);
    if (gate) return gate;
    const forms = docsOfType(c, 'simple_decision');
    if (forms.length > 0) {
      return pass('当场行政处罚决定书在卷', 'The on-the-spot decision form is on file', {
        evidence: forms.map((d) => docEvidence(d)),
      });
    }
    return fail(
      '卷中无当场行政处罚决定书（《行政处罚法》第五十二条）',
      'No on-the-spot decision form on file (APL art. 52)',
      { evidence: [{ documentType: 'simple_decision', quote: '未找到' }] },
    );
  },
};
