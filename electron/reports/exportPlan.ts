/**
 * Which reports an export job writes: issued reports by id, one evaluation's score sheet, or a
 * campaign's documents of the kinds asked for (the 通报, then the notices of the units with
 * rectification items, then the score sheets of the drawn cases), optionally for some units.
 * Unknown ids and units are refused naming the input field, before anything is issued.
 */
import type { ExportBatchInput } from '../../shared/api/ops/reports.ts';
import type { ResolvedTarget } from '../../shared/api/reportTypes.ts';
import { NO_UNIT } from '../../shared/campaigns/scope.ts';
import { AppError } from '../../shared/errors.ts';
import { sanitizeFileStem } from '../../shared/reports/fileName.ts';
import { issuedReport, latestIssued } from '../store/queries/reports.ts';
import { drawnCases } from './build/campaignParts.ts';
import type { ReportBuilder } from './build/reportBuilder.ts';
import {
  campaignKey,
  caseEvaluationId,
  checkUnit,
  drawnCampaign,
  noticeKey,
  sheetKey,
  sheetTarget,
  targetOfIssued,
} from './build/targets.ts';

export interface PlannedReport {
  target: ResolvedTarget;
  /** A fixed issued version (export by report id). */
  reportId: number | null;
}

export interface ExportPlan {
  reports: PlannedReport[];
  archiveName: string;
  /** What the job is of, for the names of files that gather many reports. */
  title: string;
}

const KIND_ORDER = ['campaign_report', 'rectification_notice', 'case_score_sheet'] as const;

function sheetFor(builder: ReportBuilder, evaluationId: number, field: string): PlannedReport {
  try {
    return { target: sheetTarget(builder.db, evaluationId), reportId: null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', { detail: `评查 evaluation ${evaluationId}`, field });
    }
    throw err;
  }
}

/** Units with rectification items, in the 通报's order (the issued one, else as it would be now). */
function noticeUnits(builder: ReportBuilder, campaignId: number): string[] {
  const issued = latestIssued(builder.db, campaignKey(campaignId));
  const report = issued?.model.kind === 'campaign_report' ? issued.model : builder.campaign(campaignId).report;
  return report.rectification.byUnit.filter((u) => u.items > 0).map((u) => u.unit);
}

export function planExport(builder: ReportBuilder, input: ExportBatchInput): ExportPlan {
  const db = builder.db;
  if (input.reportIds) {
    const reports = input.reportIds.map((id, i) => {
      const { view } = issuedReport(db, id, `reportIds[${i}]`);
      return { target: targetOfIssued(view), reportId: id };
    });
    return { reports, archiveName: '评查报告.zip', title: '评查报告' };
  }
  if (input.evaluationId !== undefined || input.caseId !== undefined) {
    const evaluationId = input.evaluationId ?? caseEvaluationId(db, input.caseId!, input.campaignId, '');
    const planned = sheetFor(builder, evaluationId, 'evaluationId');
    return {
      reports: [planned],
      archiveName: `${sanitizeFileStem(`案卷评查表-${planned.target.caseNumber}`)}.zip`,
      title: planned.target.caseNumber ?? '评查表',
    };
  }
  const campaign = drawnCampaign(db, input.campaignId!, 'campaignId');
  input.units?.forEach((unit, i) => checkUnit(db, campaign, unit, `units[${i}]`));
  const wanted = new Set(input.kinds);
  const inUnits = (unit: string | null) => !input.units || input.units.includes(unit ?? NO_UNIT);
  const reports: PlannedReport[] = [];
  for (const kind of KIND_ORDER) {
    if (!wanted.has(kind)) continue;
    if (kind === 'campaign_report') {
      reports.push({
        target: {
          kind,
          key: campaignKey(campaign.id),
          campaignId: campaign.id,
          caseId: null,
          caseNumber: null,
          evaluationId: null,
          unit: null,
        },
        reportId: null,
      });
    } else if (kind === 'rectification_notice') {
      const units = input.units ?? noticeUnits(builder, campaign.id);
      for (const unit of units) {
        reports.push({
          target: {
            kind,
            key: noticeKey(campaign.id, unit),
            campaignId: campaign.id,
            caseId: null,
            caseNumber: null,
            evaluationId: null,
            unit,
          },
          reportId: null,
        });
      }
    } else {
      for (const c of drawnCases(db, campaign.id)) {
        if (!inUnits(c.unit)) continue;
        reports.push({
          target: {
            kind,
            key: sheetKey(c.evaluationId),
            campaignId: campaign.id,
            caseId: c.caseId,
            caseNumber: c.caseNumber,
            evaluationId: c.evaluationId,
            unit: null,
          },
          reportId: null,
        });
      }
    }
  }
  return { reports, archiveName: `${sanitizeFileStem(`${campaign.title}-评查报告`)}.zip`, title: campaign.title };
}
