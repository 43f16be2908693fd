/**
 * What a 通报 says about the previous campaign (the one its repeats are compared with): the
 * follow-up of that campaign's issued rectification items as of this report's date, and its
 * headline figures for the comparison.
 *
 * The figures are those printed in the previous campaign's issued 通报 when there is one (the
 * comparison then quotes what was published, even if an evaluation was reopened since); else
 * they are computed from its finalised evaluations with the same definitions as campaignFigures.
 */
import type { RectificationStatus } from '../../../shared/campaigns/rectification.ts';
import type { CampaignReport, FollowUp, PeriodFigures } from '../../../shared/reports/model.ts';
import { followUpOf } from '../../../shared/reports/followUp.ts';
import type { ScoreResult } from '../../../shared/scoring/types.ts';
import { stmt } from '../../store/db.ts';
import { previousCampaign, type CampaignRow } from '../../store/queries/campaigns.ts';
import { latestIssued } from '../../store/queries/reports.ts';
import type { BuildEnv } from './env.ts';
import { campaignKey } from './targets.ts';

export interface PreviousParts {
  followUp: FollowUp | null;
  previous: PeriodFigures | null;
}

function figuresOfIssued(report: CampaignReport): PeriodFigures {
  const top = report.grades[0];
  return {
    label: report.period.label,
    evaluated: report.overall.count,
    mean: report.overall.mean,
    passRate: report.overall.passRate,
    excellentRate: top && report.gradeScale[0] && top.id === report.gradeScale[0].id ? top.share : 0,
    vetoCases: report.overall.vetoCases,
  };
}

function figuresOfStore(env: BuildEnv, campaign: CampaignRow, label: string): PeriodFigures | null {
  const rows = stmt(
    env.db,
    `SELECT template_id AS templateId, template_version AS version, score_json AS scoreJson
       FROM evaluations WHERE campaign_id = ? AND status = 'finalized' AND score_json IS NOT NULL`,
  ).all(campaign.id) as { templateId: string; version: string; scoreJson: string }[];
  if (rows.length === 0) return null;
  let sum = 0;
  let scored = 0;
  let passed = 0;
  let excellent = 0;
  let vetoed = 0;
  for (const r of rows) {
    const template = env.template(r.templateId, r.version);
    const score = JSON.parse(r.scoreJson) as ScoreResult;
    if (score.total !== null) {
      sum += score.total;
      scored += 1;
    }
    // As campaignFigures: a case passes with a grade other than the failing one (a fail veto has none).
    const grade = score.grade?.id ?? null;
    if (grade !== null && grade !== template.grades.failing && !score.vetoEffects.failed) passed += 1;
    if (grade !== null && grade === template.grades.tiers[0]?.id) excellent += 1;
    if (score.vetoHits.length > 0) vetoed += 1;
  }
  return {
    label,
    evaluated: rows.length,
    mean: scored ? sum / scored : null,
    passRate: passed / rows.length,
    excellentRate: excellent / rows.length,
    vetoCases: vetoed,
  };
}

interface PreviousItemRow {
  id: number;
  unit: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  problem: string;
  status: RectificationStatus;
  deadline: string;
}

export function previousParts(env: BuildEnv, campaign: CampaignRow): PreviousParts {
  const prev = previousCampaign(env.db, campaign);
  if (!prev) return { followUp: null, previous: null };
  const issued = latestIssued(env.db, campaignKey(prev.id));
  const report = issued?.model.kind === 'campaign_report' ? issued.model : null;
  const periodLabel = report?.period.label ?? env.settings(prev.id).periodLabel;
  const previous = report ? figuresOfIssued(report) : figuresOfStore(env, prev, periodLabel);

  // Drafts never issued were never asked of the unit: only issued items are followed up.
  const items = stmt(
    env.db,
    `SELECT id, unit, case_number AS caseNumber, item_id AS itemId, item_name AS itemName, problem, status, deadline
       FROM rectifications WHERE campaign_id = ? AND issued_on IS NOT NULL ORDER BY unit, case_number, id`,
  ).all(prev.id) as PreviousItemRow[];
  const repeats = stmt(
    env.db,
    `SELECT r.unit, r.item_id AS itemId, r.item_name AS itemName FROM rectifications r
       JOIN rectifications p ON p.id = r.repeat_of_id
      WHERE r.campaign_id = ? AND p.campaign_id = ?`,
  ).all(campaign.id, prev.id) as { unit: string; itemId: string; itemName: string }[];
  const followUp =
    items.length === 0
      ? null
      : followUpOf({
          previous: {
            title: report?.title ?? env.settings(prev.id).title,
            documentNumber: issued?.view.documentNumber ?? null,
            periodLabel,
          },
          items,
          repeats,
          asOf: env.reportDate,
          calendar: env.calendar,
        });
  return { followUp, previous };
}
