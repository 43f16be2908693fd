/** Any report model as DOCX bytes: official documents in the GB/T 9704 layout, score sheets as forms. */
import { Packer, type Document } from 'docx';
import type { ReportModel } from '../../../shared/reports/model.ts';
import { campaignOutline, noticeOutline } from '../../../shared/reports/outline/index.ts';
import { fontTableOverride } from './fontTable.ts';
import { officialDocument } from './official.ts';
import { scoreSheetDocument } from './scoreSheet.ts';

function documentOf(model: ReportModel): Document {
  switch (model.kind) {
    case 'case_score_sheet':
      return scoreSheetDocument(model);
    case 'campaign_report':
      return officialDocument(campaignOutline(model));
    case 'rectification_notice':
      return officialDocument(noticeOutline(model));
  }
}

export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(documentOf(model), false, [fontTableOverride()]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
