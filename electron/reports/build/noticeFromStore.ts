/**
 * A unit's 整改通知书 from the store: its results as the campaign's 通报 states them (the issued
 * 通报 once there is one), its cases with the rectification items the board holds, and the
 * deadline — the one its items were issued with, else the campaign's working days from the
 * notice's date by the holiday calendar.
 */
import { rectificationDeadline } from '../../../shared/campaigns/rectification.ts';
import { NO_UNIT } from '../../../shared/campaigns/scope.ts';
import { buildRectificationNotice } from '../../../shared/reports/buildNotice.ts';
import type { CampaignReport, CaseScoreSheet, RectificationNotice } from '../../../shared/reports/model.ts';
import { stmt } from '../../store/db.ts';
import type { CampaignRow } from '../../store/queries/campaigns.ts';
import { drawnCases } from './campaignParts.ts';
import type { BuildEnv } from './env.ts';
import { scoreSheetFromStore } from './sheetFromStore.ts';

/** The finalised score sheets of one unit's drawn cases. */
export function unitSheets(env: BuildEnv, campaign: CampaignRow, unit: string): CaseScoreSheet[] {
  const settings = env.settings(campaign.id);
  return drawnCases(env.db, campaign.id)
    .filter((c) => (c.unit ?? NO_UNIT) === unit && c.status === 'finalized')
    .map((c) =>
      scoreSheetFromStore(env, c.evaluationId, {
        campaign: { title: campaign.title, periodLabel: settings.periodLabel },
        evaluatingBody: settings.issuingBody,
      }),
    );
}

/** When the unit's items were issued and the latest deadline they got; null while none is issued. */
export function issuedItems(
  env: BuildEnv,
  campaignId: number,
  unit: string,
): { issuedOn: string; deadline: string } | null {
  const row = stmt(
    env.db,
    `SELECT min(issued_on) AS issuedOn, max(deadline) AS deadline FROM rectifications
      WHERE campaign_id = ? AND unit = ? AND issued_on IS NOT NULL`,
  ).get(campaignId, unit) as { issuedOn: string | null; deadline: string | null };
  return row.issuedOn && row.deadline ? { issuedOn: row.issuedOn, deadline: row.deadline } : null;
}

export function noticeFromStore(
  env: BuildEnv,
  campaign: CampaignRow,
  input: { report: CampaignReport; sheets: readonly CaseScoreSheet[]; unit: string; documentNumber: string },
): RectificationNotice {
  const settings = env.settings(campaign.id);
  const notice = buildRectificationNotice({
    report: input.report,
    sheets: input.sheets,
    unit: input.unit,
    addressee: input.unit,
    documentNumber: input.documentNumber,
    issuedOn: env.reportDate,
    replyTo: settings.replyTo,
    replyRequirement: settings.replyRequirement,
    cc: settings.cc,
    source: { campaignId: String(campaign.id), unitId: input.unit },
  });
  const workingDays = campaign.rectificationDays;
  const issued = issuedItems(env, campaign.id, input.unit);
  return {
    ...notice,
    deadline: issued
      ? { from: issued.issuedOn, workingDays, date: issued.deadline }
      : { from: env.reportDate, workingDays, date: rectificationDeadline(env.reportDate, workingDays, env.calendar) },
  };
}
