/** Any report model as XLSX bytes. */
import type { Workbook } from 'exceljs';
import type { ReportModel } from '../../../shared/reports/model.ts';
import { campaignWorkbook } from './campaign.ts';
import { noticeWorkbook } from './notice.ts';
import { scoreSheetWorkbook } from './scoreSheet.ts';
import { workbookBytes } from './sheet.ts';

function workbookOf(model: ReportModel): Workbook {
  switch (model.kind) {
    case 'case_score_sheet':
      return scoreSheetWorkbook(model);
    case 'campaign_report':
      return campaignWorkbook(model);
    case 'rectification_notice':
      return noticeWorkbook(model);
  }
}

export async function reportXlsx(model: ReportModel): Promise<Uint8Array> {
  return workbookBytes(workbookOf(model));
}
