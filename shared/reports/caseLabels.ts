/**
 * How a case's recorded data reads on a report: case types, procedures, party kinds and the
 * penalty decided, in the wording of the documents (reports are printed in Chinese whatever
 * the UI language is).
 */
import type { CaseBundle, CaseType, PartyType, Procedure } from '../domain/bundle.ts';
import { looksLikePersonalId } from './mask.ts';

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  penalty: '行政处罚',
  inspection: '行政检查',
  enforcement: '行政强制',
};

export const PROCEDURE_LABELS: Record<Procedure, string> = { general: '一般程序', simple: '简易程序' };

const PARTY: Record<PartyType, { kindLabel: string; idLabel: string }> = {
  individual: { kindLabel: '自然人', idLabel: '居民身份证号码' },
  organization: { kindLabel: '法人或其他组织', idLabel: '统一社会信用代码' },
  individual_business: { kindLabel: '个体工商户', idLabel: '统一社会信用代码' },
};

/** 行政处罚（一般程序）, 行政检查: how a drawn case's kind is named in the 通报. */
export function caseKindText(caseType: CaseType, procedure: Procedure | null): string {
  return procedure ? `${CASE_TYPE_LABELS[caseType]}（${PROCEDURE_LABELS[procedure]}）` : CASE_TYPE_LABELS[caseType];
}

/**
 * The party as a score sheet prints it. `personal`: the number is a person's (masked on export
 * unless revealed) — a natural person's, or a resident-ID-shaped number of any party.
 */
export function partyOf(party: CaseBundle['party']): {
  name: string;
  kindLabel: string;
  idLabel: string;
  idNumber: string | null;
  personal: boolean;
} {
  if (!party) return { name: '（未载明）', kindLabel: '—', idLabel: '证件号码', idNumber: null, personal: false };
  const id = party.idNumber?.trim() || null;
  const personal = party.type === 'individual' || (id !== null && looksLikePersonalId(id));
  const labels = PARTY[party.type];
  return {
    name: party.name,
    kindLabel: labels.kindLabel,
    idLabel: personal && party.type !== 'individual' ? '居民身份证号码' : labels.idLabel,
    idNumber: id,
    personal,
  };
}

function yuan(amount: number): string {
  return `人民币${amount.toLocaleString('en-US')}元`;
}

/** 处理结果 as the decision states it: 警告，罚款人民币5,000元. Null when nothing was decided. */
export function outcomeOf(data: Pick<CaseBundle, 'penalty'>): string | null {
  const penalty = data.penalty;
  if (!penalty || penalty.kinds.length === 0) return null;
  const parts = penalty.kinds.map((kind) => {
    switch (kind) {
      case 'warning':
        return '警告';
      case 'fine':
        return penalty.fineYuan !== null && penalty.fineYuan !== undefined ? `罚款${yuan(penalty.fineYuan)}` : '罚款';
      case 'confiscation':
        return penalty.confiscationYuan !== null && penalty.confiscationYuan !== undefined
          ? `没收违法所得${yuan(penalty.confiscationYuan)}`
          : '没收违法所得、非法财物';
      case 'suspension':
        return '暂扣许可证件、责令停产停业';
      case 'revocation':
        return '吊销许可证件';
      case 'other':
        return '其他行政处罚';
    }
  });
  return parts.join('，');
}
