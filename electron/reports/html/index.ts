/** Any report model as one self-contained print HTML document. */
import { campaignOutline, noticeOutline } from '../../../shared/reports/outline/index.ts';
import type { ReportModel } from '../../../shared/reports/model.ts';
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
