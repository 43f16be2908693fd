/**
 * What a report is of, resolved against the store: the evaluation of a score sheet (named, the
 * case's current one, or the case's evaluation in a campaign), a drawn campaign, or one of its
 * evaluated units. Unknown ids and units are refused naming the input field. The target key
 * counts a target's versions (reports.target_key).
 */
import type { ReportTarget } from '../../../shared/api/ops/reports.ts';
import type { IssuedReportView, ResolvedTarget } from '../../../shared/api/reportTypes.ts';
import { NO_UNIT } from '../../../shared/campaigns/scope.ts';
import { AppError } from '../../../shared/errors.ts';
import { stmt, type Db } from '../../store/db.ts';
import { campaignRow, type CampaignRow } from '../../store/queries/campaigns.ts';
import { evaluationRow } from '../../store/queries/evaluations.ts';

export const sheetKey = (evaluationId: number): string => `sheet:${evaluationId}`;
export const campaignKey = (campaignId: number): string => `campaign:${campaignId}`;
export const noticeKey = (campaignId: number, unit: string): string => `notice:${campaignId}:${unit}`;

/** A campaign a report can be of: it exists and has been drawn. */
export function drawnCampaign(db: Db, campaignId: number, field: string): CampaignRow {
  const row = campaignRow(db, campaignId, field);
  if (row.drawnAt === null) {
    throw new AppError('CONFLICT', {
      detail: `「${row.title}」尚未抽样，没有可报告的案卷 / the campaign is not drawn yet`,
      field,
    });
  }
  return row;
}

/** The units of the campaign's drawn cases (what notices and unit filters may name). */
export function campaignUnits(db: Db, campaignId: number): string[] {
  return (
    stmt(
      db,
      `SELECT DISTINCT coalesce(cp.unit, '${NO_UNIT}') AS unit FROM campaign_cases cc
         JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
        WHERE cc.campaign_id = ? ORDER BY 1`,
    ).all(campaignId) as { unit: string }[]
  ).map((r) => r.unit);
}

export function checkUnit(db: Db, campaign: CampaignRow, unit: string, field: string): void {
  const units = campaignUnits(db, campaign.id);
  if (!units.includes(unit)) {
    throw new AppError('NOT_FOUND', {
      detail: `「${unit}」不是「${campaign.title}」的被评查单位（应为：${units.join('、') || '无'}） / not a unit of this campaign`,
      field,
      details: { units },
    });
  }
}

export function sheetTarget(db: Db, evaluationId: number): ResolvedTarget {
  const row = evaluationRow(db, evaluationId);
  return {
    kind: 'case_score_sheet',
    key: sheetKey(row.id),
    campaignId: row.campaignId,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    evaluationId: row.id,
    unit: null,
  };
}

/** The evaluation a score sheet of `caseId` is of: the campaign's, else the case's current one. */
export function caseEvaluationId(db: Db, caseId: number, campaignId: number | undefined, prefix: string): number {
  const exists = stmt(db, 'SELECT case_number AS caseNumber FROM cases WHERE id = ?').get(caseId) as
    { caseNumber: string } | undefined;
  if (!exists) throw new AppError('NOT_FOUND', { detail: `案卷 case ${caseId}`, field: `${prefix}caseId` });
  if (campaignId !== undefined) {
    const campaign = campaignRow(db, campaignId, `${prefix}campaignId`);
    const row = stmt(db, 'SELECT evaluation_id AS id FROM campaign_cases WHERE campaign_id = ? AND case_id = ?').get(
      campaignId,
      caseId,
    ) as { id: number } | undefined;
    if (!row) {
      throw new AppError('NOT_FOUND', {
        detail: `${exists.caseNumber} 不是「${campaign.title}」抽取的案卷 / not drawn in this campaign`,
        field: `${prefix}caseId`,
      });
    }
    return row.id;
  }
  const current = stmt(db, 'SELECT id FROM evaluations WHERE case_id = ? AND is_current = 1').get(caseId) as
    { id: number } | undefined;
  if (!current) {
    throw new AppError('NOT_FOUND', {
      detail: `${exists.caseNumber} 尚未评查，没有评查表 / the case has no evaluation`,
      field: `${prefix}caseId`,
    });
  }
  return current.id;
}

export function resolveTarget(db: Db, target: ReportTarget, prefix = 'target.'): ResolvedTarget {
  switch (target.kind) {
    case 'case_score_sheet': {
      if (target.evaluationId !== undefined) {
        try {
          return sheetTarget(db, target.evaluationId);
        } catch (err) {
          if (err instanceof AppError && err.code === 'NOT_FOUND') {
            throw new AppError('NOT_FOUND', {
              detail: `评查 evaluation ${target.evaluationId}`,
              field: `${prefix}evaluationId`,
            });
          }
          throw err;
        }
      }
      const id = caseEvaluationId(db, target.caseId!, target.campaignId, prefix);
      return sheetTarget(db, id);
    }
    case 'campaign_report': {
      drawnCampaign(db, target.campaignId, `${prefix}campaignId`);
      return {
        kind: 'campaign_report',
        key: campaignKey(target.campaignId),
        campaignId: target.campaignId,
        caseId: null,
        caseNumber: null,
        evaluationId: null,
        unit: null,
      };
    }
    case 'rectification_notice': {
      const campaign = drawnCampaign(db, target.campaignId, `${prefix}campaignId`);
      checkUnit(db, campaign, target.unit, `${prefix}unit`);
      return {
        kind: 'rectification_notice',
        key: noticeKey(campaign.id, target.unit),
        campaignId: campaign.id,
        caseId: null,
        caseNumber: null,
        evaluationId: null,
        unit: target.unit,
      };
    }
  }
}

/** The target an issued report is of. */
export function targetOfIssued(view: IssuedReportView): ResolvedTarget {
  const key =
    view.kind === 'case_score_sheet'
      ? sheetKey(view.evaluationId!)
      : view.kind === 'campaign_report'
        ? campaignKey(view.campaignId!)
        : noticeKey(view.campaignId!, view.unit!);
  return {
    kind: view.kind,
    key,
    campaignId: view.campaignId,
    caseId: view.caseId,
    caseNumber: view.caseNumber,
    evaluationId: view.evaluationId,
    unit: view.unit,
  };
}
