/**
 * The controlled list of case-file document types (bundle-format.md), with Chinese and
 * English labels and the name patterns used to infer a type from a loose file's name or
 * first-page text. The order is the usual procedural (chronological) order of a general-
 * procedure penalty file; a standard's profile may define another order.
 */

export const DOCUMENT_TYPES = [
  'cover',
  'index',
  'case_source',
  'filing_approval',
  'inspection_record',
  'inquiry_record',
  'evidence',
  'preservation',
  'investigation_report',
  'legal_review',
  'collective_discussion',
  'prior_notice',
  'statement_record',
  'hearing',
  'decision_approval',
  'decision',
  'simple_decision',
  'delivery_receipt',
  'payment_receipt',
  'demand_notice',
  'rectification_order',
  'closing_report',
  'filing_note',
  'media',
  'other',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

interface DocumentTypeInfo {
  zh: string;
  en: string;
  /** Title words, most specific first; matched against file names and first-page text. */
  patterns: readonly string[];
}

export const DOCUMENT_TYPE_INFO: Record<DocumentType, DocumentTypeInfo> = {
  cover: { zh: '卷宗封面', en: 'Cover', patterns: ['卷宗封面', '案卷封面', '封面'] },
  index: { zh: '卷内目录', en: 'Index', patterns: ['卷内目录', '卷内文件目录', '目录'] },
  case_source: {
    zh: '案件来源登记',
    en: 'Case source record',
    patterns: ['案件来源登记表', '案件来源登记', '案源登记', '线索登记'],
  },
  filing_approval: { zh: '立案审批表', en: 'Filing approval', patterns: ['立案审批表', '立案审批', '立案登记表'] },
  inspection_record: {
    zh: '现场检查(勘验)笔录',
    en: 'On-site inspection record',
    patterns: ['现场检查笔录', '现场勘验笔录', '勘验笔录', '检查笔录', '现场笔录'],
  },
  inquiry_record: { zh: '询问(调查)笔录', en: 'Inquiry record', patterns: ['询问笔录', '调查笔录', '谈话笔录'] },
  evidence: { zh: '证据材料', en: 'Evidence', patterns: ['证据材料', '证据', '现场照片', '身份证明', '营业执照'] },
  preservation: {
    zh: '先行登记保存/查封扣押文书',
    en: 'Preservation / seizure documents',
    patterns: ['先行登记保存', '查封扣押', '查封', '扣押'],
  },
  investigation_report: {
    zh: '调查终结报告',
    en: 'Investigation report',
    patterns: ['调查终结报告', '案件调查终结报告', '调查报告'],
  },
  legal_review: { zh: '法制审核意见', en: 'Legal review', patterns: ['法制审核意见', '法制审核', '法制审查', '核审'] },
  collective_discussion: {
    zh: '集体讨论记录',
    en: 'Collective discussion record',
    patterns: ['集体讨论记录', '集体讨论', '案件讨论记录'],
  },
  prior_notice: {
    zh: '行政处罚事先告知书',
    en: 'Prior notice of penalty',
    patterns: ['行政处罚事先告知书', '事先告知书', '告知书'],
  },
  statement_record: {
    zh: '陈述申辩笔录/复核意见',
    en: 'Statement and defence record',
    patterns: ['陈述申辩笔录', '陈述申辩', '申辩笔录', '复核意见'],
  },
  hearing: { zh: '听证文书', en: 'Hearing documents', patterns: ['听证通知书', '听证笔录', '听证报告', '听证'] },
  decision_approval: {
    zh: '处罚决定审批表',
    en: 'Decision approval',
    patterns: ['行政处罚决定审批表', '处罚决定审批表', '案件处理审批表', '决定审批表'],
  },
  decision: { zh: '行政处罚决定书', en: 'Penalty decision', patterns: ['行政处罚决定书', '处罚决定书'] },
  simple_decision: {
    zh: '当场行政处罚决定书',
    en: 'On-the-spot penalty decision',
    patterns: ['当场行政处罚决定书', '当场处罚决定书', '简易程序处罚决定书'],
  },
  delivery_receipt: { zh: '送达回证', en: 'Delivery receipt', patterns: ['送达回证', '送达地址确认书', '送达'] },
  payment_receipt: {
    zh: '罚没款票据',
    en: 'Payment receipt',
    patterns: ['罚没款票据', '罚没款收据', '缴款书', '缴款凭证', '非税收入'],
  },
  demand_notice: { zh: '催告书', en: 'Demand notice', patterns: ['催告书', '履行催告'] },
  rectification_order: {
    zh: '责令改正通知书',
    en: 'Rectification order',
    patterns: ['责令改正通知书', '责令限期改正通知书', '责令改正'],
  },
  closing_report: { zh: '结案报告', en: 'Closing report', patterns: ['结案报告', '结案审批表', '结案'] },
  filing_note: { zh: '备考表', en: 'Filing note', patterns: ['备考表'] },
  media: { zh: '音像资料', en: 'Audio-visual material', patterns: ['音像资料', '执法记录仪', '视听资料'] },
  other: { zh: '其他', en: 'Other', patterns: [] },
};

export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/**
 * Infers a document type from a file name or from a page's first lines.
 * For names the longest pattern wins, so that 当场行政处罚决定书 is not read as 行政处罚决定书
 * and 行政处罚决定审批表 not as 行政处罚决定书. For page text the earliest title wins (the
 * heading comes first; a 送达回证 mentions the 决定书 it delivers further down), with the
 * longer pattern breaking ties at the same position.
 */
export function inferDocumentType(text: string, mode: 'name' | 'text' = 'name'): DocumentType | null {
  const compact = text.replace(/\s+/g, '');
  let best: { type: DocumentType; length: number; index: number } | null = null;
  for (const type of DOCUMENT_TYPES) {
    for (const pattern of DOCUMENT_TYPE_INFO[type].patterns) {
      const index = compact.indexOf(pattern);
      if (index < 0) continue;
      const better =
        best === null ||
        (mode === 'name'
          ? pattern.length > best.length || (pattern.length === best.length && index < best.index)
          : index < best.index || (index === best.index && pattern.length > best.length));
      if (better) best = { type, length: pattern.length, index };
    }
  }
  return best?.type ?? null;
}
