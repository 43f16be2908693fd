/**
 * The dashboard's and the report's figures for a campaign, and the trend across campaigns:
 * the stored scores of the counted evaluations fed to the pure statistics of
 * shared/campaigns/stats.ts, which keep the case ids behind every number (drill-down).
 *
 * Problems are keyed by standard and item: two standards may both have an item `A1`, and
 * those are different problems. Which evaluations count is the `basis`: finalised only (what a
 * report may cite) or everything submitted (the dashboard while the quarter runs).
 */
import type {
  CampaignStats,
  CampaignTrend,
  CampaignProblemRow,
  ProblemGroupRow,
  StatsBasis,
  TrendRow,
} from '../../../shared/api/campaignTypes.ts';
import type { RectificationBoardStatus } from '../../../shared/api/rectificationTypes.ts';
import { deductionSources } from '../../../shared/campaigns/sources.ts';
import {
  commonProblems,
  gradeDistribution,
  groupBy,
  scoreSummary,
  unitTable,
  vetoHits,
  type EvaluatedCase,
} from '../../../shared/campaigns/stats.ts';
import type { ScoreResult } from '../../../shared/scoring/types.ts';
import type { Template } from '../../../shared/templates/index.ts';
import { stmt, type Db } from '../db.ts';
import { campaignRow, previousCampaign, refOf, type CampaignRow } from './campaigns.ts';
import { BOARD_STATUS_SQL, BOARD_STATUSES } from './rectificationViews.ts';
import { pinnedTemplate } from './templates.ts';

const BASIS_STATUSES: Record<StatsBasis, string[]> = {
  finalized: ['finalized'],
  submitted: ['submitted', 'reviewed', 'finalized'],
};

const VETO_GROUP = '一票否决';
/** Separates standard and item in problem keys (never part of an id). */
const KEY_SEP = '\u0000';

interface CountedCase extends EvaluatedCase {
  templateId: string;
  failing: boolean;
}

interface Counted {
  drawn: number;
  cases: CountedCase[];
  gradeOrder: string[];
}

function countedCases(db: Db, campaignId: number, basis: StatsBasis): Counted {
  const rows = stmt(
    db,
    `SELECT cc.case_id AS caseId, cp.case_number AS caseNumber, cp.unit AS unit, cp.case_type AS caseType,
            cp.procedure AS procedure, e.status AS status, e.template_id AS templateId,
            e.template_version AS templateVersion, e.score_json AS scoreJson
       FROM campaign_cases cc
       JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
       JOIN evaluations e ON e.id = cc.evaluation_id
      WHERE cc.campaign_id = ? ORDER BY cp.case_number`,
  ).all(campaignId) as {
    caseId: number;
    caseNumber: string;
    unit: string | null;
    caseType: string;
    procedure: string | null;
    status: string;
    templateId: string;
    templateVersion: string;
    scoreJson: string | null;
  }[];
  const templates = new Map<string, Template>();
  const templateOf = (id: string, version: string): Template => {
    const key = `${id}@${version}`;
    let t = templates.get(key);
    if (!t) {
      t = pinnedTemplate(db, id, version).template;
      templates.set(key, t);
    }
    return t;
  };
  const statuses = BASIS_STATUSES[basis];
  const cases: CountedCase[] = [];
  const tierUse = new Map<string, { tiers: string[]; uses: number }>();
  for (const r of rows) {
    if (!statuses.includes(r.status) || r.scoreJson === null) continue;
    const template = templateOf(r.templateId, r.templateVersion);
    const score = JSON.parse(r.scoreJson) as ScoreResult;
    const sources = deductionSources(template, score).filter((s) => s.target === 'item');
    cases.push({
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      unit: r.unit,
      caseType: r.caseType,
      procedure: r.procedure,
      total: score.total,
      grade: score.grade?.name ?? null,
      deductions: sources.map((s) => ({
        itemId: `${template.id}${KEY_SEP}${s.itemId}`,
        itemName: s.itemName,
        category: s.category,
        law: s.law,
        // deductionSources gives item sources their points (only vetoes have none).
        points: s.deducted ?? 0,
      })),
      vetoHits: score.vetoHits.map((v) => ({ id: `${template.id}${KEY_SEP}${v.id}`, name: v.name })),
      templateId: template.id,
      failing: score.vetoEffects.failed || score.grade?.id === template.grades.failing,
    });
    const use = tierUse.get(template.id) ?? { tiers: template.grades.tiers.map((t) => t.name), uses: 0 };
    use.uses += 1;
    tierUse.set(template.id, use);
  }
  // Grades in the tiers' order, the most used standard's tiers first.
  const gradeOrder: string[] = [];
  for (const { tiers } of [...tierUse.values()].sort((a, b) => b.uses - a.uses)) {
    for (const t of tiers) if (!gradeOrder.includes(t)) gradeOrder.push(t);
  }
  return { drawn: rows.length, cases, gradeOrder };
}

const splitKey = (key: string) => {
  const at = key.indexOf(KEY_SEP);
  return { templateId: key.slice(0, at), id: key.slice(at + 1) };
};

function problemGroups(cases: readonly CountedCase[]): ProblemGroupRow[] {
  const groups = new Map<string, Set<number>>();
  for (const c of cases) {
    const names = new Set(c.deductions.map((d) => (d.category ?? '').split(' / ')[0] || '其他'));
    if (c.vetoHits.length > 0) names.add(VETO_GROUP);
    for (const name of names) groups.set(name, (groups.get(name) ?? new Set()).add(c.caseId));
  }
  return [...groups.entries()]
    .map(([category, ids]) => ({
      category,
      count: ids.size,
      share: cases.length === 0 ? 0 : ids.size / cases.length,
      caseIds: [...ids],
    }))
    .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1));
}

function trendRow(campaign: CampaignRow, counted: Counted): TrendRow {
  const summary = scoreSummary(counted.cases);
  return {
    campaign: refOf(campaign),
    counted: counted.cases.length,
    average: summary.average,
    median: summary.median,
    passRate: counted.cases.length === 0 ? null : counted.cases.filter((c) => !c.failing).length / counted.cases.length,
    vetoed: summary.vetoed,
    grades: gradeDistribution(counted.cases, counted.gradeOrder),
    caseIds: counted.cases.map((c) => c.caseId),
  };
}

function rectificationFigures(db: Db, campaignId: number, today: string): CampaignStats['rectifications'] {
  const rows = stmt(
    db,
    `SELECT ${BOARD_STATUS_SQL} AS status, r.case_id AS caseId FROM rectifications r WHERE r.campaign_id = :campaignId`,
  ).all({ campaignId, today }) as { status: RectificationBoardStatus; caseId: number }[];
  return BOARD_STATUSES.map((status) => {
    const ids = rows.filter((r) => r.status === status).map((r) => r.caseId);
    return { status, count: ids.length, caseIds: [...new Set(ids)] };
  });
}

export function campaignStats(db: Db, campaignId: number, basis: StatsBasis, today: string): CampaignStats {
  const campaign = campaignRow(db, campaignId);
  const counted = countedCases(db, campaignId, basis);
  const { cases } = counted;
  const problems: CampaignProblemRow[] = commonProblems(cases).map((p) => {
    const { templateId, id } = splitKey(p.itemId);
    return { ...p, itemId: id, templateId };
  });
  const overturns = stmt(
    db,
    `SELECT e.case_id AS caseId, count(*) AS n FROM overturns o JOIN evaluations e ON e.id = o.evaluation_id
      WHERE e.campaign_id = ? GROUP BY e.case_id`,
  ).all(campaignId) as { caseId: number; n: number }[];
  const failing = cases.filter((c) => c.failing);
  const previous = previousCampaign(db, campaign);
  return {
    campaignId,
    basis,
    drawn: counted.drawn,
    counted: cases.length,
    summary: scoreSummary(cases),
    passRate: {
      share: cases.length === 0 ? null : (cases.length - failing.length) / cases.length,
      failing: { value: failing.length, caseIds: failing.map((c) => c.caseId) },
    },
    grades: gradeDistribution(cases, counted.gradeOrder),
    problems,
    problemGroups: problemGroups(cases),
    vetoes: vetoHits(cases).map((v) => ({ ...v, ...splitKey(v.id) })),
    units: unitTable(cases),
    caseTypes: groupBy(cases, (c) => c.caseType),
    procedures: groupBy(cases, (c) => c.procedure ?? '（无程序）'),
    overturns: {
      count: overturns.reduce((sum, o) => sum + o.n, 0),
      evaluations: overturns.length,
      caseIds: overturns.map((o) => o.caseId),
    },
    rectifications: rectificationFigures(db, campaignId, today),
    previous: previous ? trendRow(previous, countedCases(db, previous.id, basis)) : null,
  };
}

export function campaignTrend(
  db: Db,
  input: { campaignIds?: readonly number[] | undefined; limit: number; basis: StatsBasis },
): CampaignTrend {
  const campaigns = input.campaignIds
    ? input.campaignIds.map((id, i) => campaignRow(db, id, `campaignIds[${i}]`))
    : (
        stmt(
          db,
          `SELECT id FROM campaigns WHERE drawn_at IS NOT NULL ORDER BY period_to DESC, period_from DESC, id DESC LIMIT ?`,
        ).all(input.limit) as { id: number }[]
      ).map((r) => campaignRow(db, r.id));
  const ordered = [...campaigns].sort(
    (a, b) =>
      (a.periodTo < b.periodTo ? -1 : a.periodTo > b.periodTo ? 1 : 0) ||
      (a.periodFrom < b.periodFrom ? -1 : a.periodFrom > b.periodFrom ? 1 : 0) ||
      a.id - b.id,
  );
  return {
    basis: input.basis,
    rows: ordered.map((c) => trendRow(c, countedCases(db, c.id, input.basis))),
  };
}
