/**
 * The parts of a 通报 that come from the campaign rather than from its score sheets: the drawn
 * cases and their evaluations, the 抽样记录, the review panel, the scope, and the rectification
 * items as the board holds them.
 */
import type { UnfinishedCase } from '../../../shared/api/reportTypes.ts';
import type { EvaluationStatus } from '../../../shared/api/types.ts';
import {
  displayStatus,
  RECTIFICATION_LABELS,
  type RectificationStatus,
} from '../../../shared/campaigns/rectification.ts';
import type { DrawRule } from '../../../shared/campaigns/scope.ts';
import { NO_UNIT } from '../../../shared/campaigns/scope.ts';
import { CASE_TYPES, PROCEDURES, type CaseType, type Procedure } from '../../../shared/domain/bundle.ts';
import { caseKindText } from '../../../shared/reports/caseLabels.ts';
import type { CampaignReport, Reviewer, SamplingRecord } from '../../../shared/reports/model.ts';
import { stmt, type Db } from '../../store/db.ts';
import { drawRecord } from '../../store/queries/campaignDraw.ts';
import type { CampaignRow } from '../../store/queries/campaigns.ts';
import { scopeOf } from '../../store/queries/campaigns.ts';
import type { BuildEnv } from './env.ts';

export interface DrawnCase {
  caseId: number;
  caseNumber: string;
  unit: string | null;
  caseType: CaseType;
  procedure: Procedure | null;
  evaluationId: number;
  status: EvaluationStatus;
  reviewerId: number | null;
}

/** The drawn cases with their campaign evaluation, by case number. */
export function drawnCases(db: Db, campaignId: number): DrawnCase[] {
  return stmt(
    db,
    `SELECT cc.case_id AS caseId, cp.case_number AS caseNumber, cp.unit, cp.case_type AS caseType,
            cp.procedure, cc.evaluation_id AS evaluationId, e.status, cc.reviewer_id AS reviewerId
       FROM campaign_cases cc
       JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
       JOIN evaluations e ON e.id = cc.evaluation_id
      WHERE cc.campaign_id = ? ORDER BY cp.case_number, cc.case_id`,
  ).all(campaignId) as DrawnCase[];
}

export function unfinishedOf(cases: readonly DrawnCase[]): UnfinishedCase[] {
  return cases
    .filter((c) => c.status !== 'finalized')
    .map((c) => ({ caseId: c.caseId, caseNumber: c.caseNumber, unit: c.unit, status: c.status }));
}

/** The draw rule as the 通报's sentence (案卷抽取采取…的方式) reads it. */
export function ruleLabel(rule: DrawRule): string {
  switch (rule.kind) {
    case 'all':
      return '全部抽取';
    case 'per_unit':
      return `按执法单位和办案程序分层，每个单位随机抽取${rule.n}件（不足${rule.n}件的全部抽取）`;
    case 'percent':
      return `按执法单位和办案程序分层，按${rule.percent}%的比例随机抽取`;
  }
}

export function samplingOf(db: Db, campaign: CampaignRow): SamplingRecord {
  const record = drawRecord(db, campaign.id, false);
  const numbers = new Map<string, string[]>();
  for (const d of record.drawn) {
    const unit = d.unit ?? NO_UNIT;
    numbers.set(unit, [...(numbers.get(unit) ?? []), d.caseNumber]);
  }
  return {
    rule: record.rule.kind,
    ruleLabel: ruleLabel(record.rule),
    stratifiedBy: ['执法单位', '办案程序'],
    seed: record.seed,
    drawnAt: record.drawnAt,
    populationTotal: record.populationSize,
    drawnTotal: record.drawnCount,
    perUnit: record.byUnit.map((u) => ({
      unit: u.value ?? NO_UNIT,
      population: u.population,
      drawn: u.drawn,
      caseNumbers: numbers.get(u.value ?? NO_UNIT) ?? [],
    })),
  };
}

/**
 * The review panel: the reviewers the cases were assigned to, then who signed the 复核 and the
 * 定稿. Legal-office staff are of the issuing body; external reviewers are named by their title.
 */
export function panelOf(env: BuildEnv, campaign: CampaignRow, issuingBody: string): Reviewer[] {
  const rows = stmt(
    env.db,
    `SELECT r.name, r.affiliation, r.unit, r.title FROM reviewers r
      WHERE r.id IN (SELECT reviewer_id FROM campaign_cases WHERE campaign_id = ? AND reviewer_id IS NOT NULL)
      ORDER BY CASE r.affiliation WHEN 'legal_office' THEN 0 WHEN 'unit' THEN 1 ELSE 2 END, r.unit, r.name`,
  ).all(campaign.id) as { name: string; affiliation: string; unit: string | null; title: string | null }[];
  const panel = new Map<string, Reviewer>();
  const unitOf = (r: { affiliation: string; unit: string | null; title: string | null }) =>
    r.affiliation === 'legal_office' ? issuingBody : (r.unit ?? r.title ?? '特邀');
  for (const r of rows) {
    panel.set(r.name, { name: r.name, unit: unitOf(r), role: r.affiliation === 'external' ? '特邀评查人' : '评查人' });
  }
  const signers = stmt(
    env.db,
    `SELECT DISTINCT reviewed_by AS name FROM evaluations WHERE campaign_id = ? AND reviewed_by IS NOT NULL
      ORDER BY reviewed_by`,
  ).all(campaign.id) as { name: string }[];
  for (const { name } of signers) {
    if (panel.has(name)) continue;
    const known = env.reviewer(name);
    panel.set(name, { name, unit: known ? unitOf(known) : issuingBody, role: '复核人' });
  }
  return [...panel.values()];
}

export function scopeText(db: Db, campaign: CampaignRow, cases: readonly DrawnCase[]): CampaignReport['scope'] {
  const scope = scopeOf(campaign);
  const populationUnits = (
    stmt(
      db,
      `SELECT DISTINCT coalesce(unit, '${NO_UNIT}') AS unit FROM campaign_population WHERE campaign_id = ? ORDER BY 1`,
    ).all(campaign.id) as { unit: string }[]
  ).map((r) => r.unit);
  // In the order of the law's own list (处罚, 检查, 强制), general procedure before simple.
  const order = (c: DrawnCase) =>
    CASE_TYPES.indexOf(c.caseType) * 3 + (c.procedure ? PROCEDURES.indexOf(c.procedure) : 2);
  const sorted = [...cases].sort((a, b) => order(a) - order(b));
  const kinds = [...new Set(sorted.map((c) => caseKindText(c.caseType, c.procedure)))];
  const types = [...new Set(sorted.map((c) => caseKindText(c.caseType, null)))];
  return {
    units: scope.units?.length ? scope.units : populationUnits,
    caseTypes: kinds,
    dateFrom: campaign.periodFrom,
    dateTo: campaign.periodTo,
    description: `各被评查单位在评查期间办结的${types.length ? types.join('、') : '行政执法'}案卷`,
  };
}

export interface BoardItem {
  caseNumber: string;
  unit: string;
  itemId: string;
  status: RectificationStatus;
  issuedOn: string | null;
  deadline: string | null;
  repeatOfId: number | null;
}

export function boardItems(db: Db, campaignId: number): BoardItem[] {
  return stmt(
    db,
    `SELECT case_number AS caseNumber, unit, item_id AS itemId, status, issued_on AS issuedOn, deadline,
            repeat_of_id AS repeatOfId
       FROM rectifications WHERE campaign_id = ? ORDER BY unit, case_number, id`,
  ).all(campaignId) as BoardItem[];
}

/**
 * The board's status as of the report date (逾期 included). A draft reads 待整改: the 通报
 * itself requires it, and its notice sends it to the unit.
 */
export function statusLabel(item: BoardItem, asOf: string): string {
  if (item.issuedOn === null || item.deadline === null) return RECTIFICATION_LABELS.pending;
  return RECTIFICATION_LABELS[displayStatus({ status: item.status, deadline: item.deadline }, asOf)];
}
