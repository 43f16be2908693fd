/** Any report model as one self-contained print HTML document. */
import { campaignOutline, noticeOutline } from '../../../shared/reports/outline/index.ts';
import type { CaseScoreSheet, ReportModel } from '../../../shared/reports/model.ts';
import { htmlDocument } from './common.ts';
import { OFFICIAL_CSS, officialSection } from './official.ts';
import { SCORE_SHEET_CSS, scoreSheetSection } from './scoreSheet.ts';

export function reportHtml(model: ReportModel): string {
  switch (model.kind) {
    case 'case_score_sheet':
      return htmlDocument(`${model.title} ${model.case.caseNumber}`, SCORE_SHEET_CSS, scoreSheetSection(model));
    case 'campaign_report':
      return htmlDocument(model.title, OFFICIAL_CSS, officialSection(campaignOutline(model)));
    case 'rectification_notice':
      return htmlDocument(`${model.title} ${model.addressee}`, OFFICIAL_CSS, officialSection(noticeOutline(model)));
  }
}

/**
 * Many score sheets as one document (汇编), each from a new page: a batch prints them in one
 * job, which on Linux costs a fraction of one job per sheet (Chromium embeds the CJK fonts'
 * glyphs once per document).
 */
export function compiledSheetsHtml(title: string, sheets: readonly CaseScoreSheet[]): string {
  return htmlDocument(
    title,
    SCORE_SHEET_CSS,
    sheets.map((s, i) => scoreSheetSection(s, { pageBreak: i > 0 })).join('\n'),
  );
}
