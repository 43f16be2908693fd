/** Words for dates and documents in reasons, Chinese and English. */
import type { DateKey } from '../../domain/bundle.ts';
import type { DocumentType } from '../../domain/documentTypes.ts';
import { DOCUMENT_TYPE_INFO } from '../../domain/documentTypes.ts';

/** Chinese labels read as "<label>日期2025-03-03". */
export const DATE_LABELS: Record<DateKey, { zh: string; en: string }> = {
  violation: { zh: '违法行为', en: 'violation' },
  discovered: { zh: '发现', en: 'discovery' },
  filed: { zh: '立案', en: 'filing' },
  noticeServed: { zh: '告知书送达', en: 'prior notice served' },
  statementDeadline: { zh: '陈述申辩期限届满', en: 'statement deadline' },
  hearingRequested: { zh: '听证申请', en: 'hearing request' },
  hearingNoticeServed: { zh: '听证通知送达', en: 'hearing notice served' },
  hearingHeld: { zh: '听证', en: 'hearing' },
  legalReview: { zh: '法制审核', en: 'legal review' },
  collectiveDiscussion: { zh: '集体讨论', en: 'collective discussion' },
  decided: { zh: '决定', en: 'decision' },
  delivered: { zh: '送达', en: 'delivery' },
  paid: { zh: '缴款', en: 'payment' },
  closed: { zh: '结案', en: 'closing' },
  published: { zh: '公开', en: 'publication' },
  inspected: { zh: '检查', en: 'inspection' },
  measureStarted: { zh: '查封扣押', en: 'seizure start' },
  measureEnded: { zh: '解除查封扣押', en: 'seizure end' },
  demandServed: { zh: '催告书送达', en: 'demand notice served' },
};

/** `立案日期2025-03-03` / `filing date 2025-03-03`. */
export function dateZh(key: DateKey, date: string): string {
  return `${DATE_LABELS[key].zh}日期${date}`;
}

export function dateEn(key: DateKey, date: string): string {
  return `${DATE_LABELS[key].en} date ${date}`;
}

export function docZh(type: DocumentType): string {
  return DOCUMENT_TYPE_INFO[type].zh;
}

export function docEn(type: DocumentType): string {
  return DOCUMENT_TYPE_INFO[type].en.toLowerCase();
}

export function yuan(amount: number): string {
  return amount.toLocaleString('en-US');
}

export function listZh(items: readonly string[]): string {
  return items.join('、');
}

export function listEn(items: readonly string[]): string {
  return items.join(', ');
}
