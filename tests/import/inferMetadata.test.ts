/**
 * Case data read from the documents of a loose bundle: which number is the case number, and
 * which date is a document's own.
 */
import { describe, expect, it } from 'vitest';
import { documentDate, inferCaseMetadata, lastDateIn } from '../../electron/import/inferMetadata.ts';

describe('inferCaseMetadata: the case number', () => {
  it('takes the number after a 案号 label before any notice’s own document number', () => {
    const inferred = inferCaseMetadata([
      { type: 'prior_notice', pages: ['行政处罚事先告知书\n津河东大直沽执罚告〔2026〕9号\n当事人：某某'] },
      { type: 'closing_report', pages: ['结案报告\n案号：津河东大直沽执罚〔2026〕9号\n'] },
    ]);
    expect(inferred.fields.caseNumber).toBe('津河东大直沽执罚〔2026〕9号');
  });

  it('prefers the decision’s number, then the filing approval’s, to a notice’s', () => {
    const notice = { type: 'prior_notice' as const, pages: ['津南执罚告〔2025〕3号'] };
    const filing = { type: 'filing_approval' as const, pages: ['立案审批表 津南执罚〔2025〕3号'] };
    expect(inferCaseMetadata([notice, filing]).fields.caseNumber).toBe('津南执罚〔2025〕3号');
    const decision = { type: 'decision' as const, pages: ['行政处罚决定书 津南执罚〔2025〕4号'] };
    expect(inferCaseMetadata([notice, filing, decision]).fields.caseNumber).toBe('津南执罚〔2025〕4号');
  });
});

describe('documentDate', () => {
  it('dates a record by its 时间 line, not by an earlier date quoted in its questions', () => {
    const record = '询问笔录\n询问时间\n\n2023年12月20日12时10分至12时56分\n问：2023年12月19日，执法人员发现……';
    expect(lastDateIn(record)).toBe('2023-12-19');
    expect(documentDate(record)).toBe('2023-12-20');
    const inferred = inferCaseMetadata([
      { type: 'inspection_record', pages: ['现场检查笔录\n检查时间：2024年3月1日9时\n……2024年2月28日'] },
    ]);
    expect(inferred.fields.dates?.inspected).toBe('2024-03-01');
  });

  it('dates other documents by their last date (where they are signed); a 违法时间 is no record time', () => {
    expect(documentDate('违法时间：2023年1月2日\n……\n2023年3月4日')).toBe('2023-03-04');
    expect(documentDate('没有日期')).toBeNull();
    expect(documentDate('2023年2月30日')).toBeNull();
  });
});
