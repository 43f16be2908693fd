/**
 * A campaign's drawn cases as the campaign screen lists them (evaluation status, reviewer,
 * total, grade; filtered, sorted, paged in SQL so thousands stay fast) and its progress by
 * status, unit and reviewer.
 */
import type {
  CampaignCaseRow,
  CampaignCasesResult,
  CampaignProgress,
  ProgressRow,
} from '../../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../../shared/api/types.ts';
import { campaignCasesInput, type CampaignCasesInput } from '../../../shared/api/ops/campaigns.ts';
import { NO_UNIT } from '../../../shared/campaigns/scope.ts';
import { stmt, type Db } from '../db.ts';
import { campaignRow, emptyStatusCounts } from './campaigns.ts';
import { SHOWN_GRADE, SHOWN_TOTAL } from './evaluationShown.ts';

const COLUMNS = `cc.case_id AS caseId, cp.case_number AS caseNumber, cp.unit AS unit, cp.case_type AS caseType,
    cp.procedure AS procedure, cp.case_date AS caseDate, c.party_name AS partyName, c.cause AS cause,
    cp.stratum AS stratum, cp.pick AS pick, cc.evaluation_id AS evaluationId, e.template_id AS templateId,
    e.status AS status, ${SHOWN_TOTAL} AS total, ${SHOWN_GRADE} AS grade, e.vetoed AS vetoed, e.complete AS complete,
    cc.reviewer_id AS reviewerId, r.name AS reviewerName, r.unit AS reviewerUnit, e.updated_at AS updatedAt`;

/** Counted for the page's rows only, after sorting and paging (not for every matching row). */
const COUNTS_SQL = `SELECT p.value AS evaluationId,
    (SELECT count(*) FROM overturns o WHERE o.evaluation_id = p.value) AS overturns,
    (SELECT count(*) FROM rectifications x WHERE x.evaluation_id = p.value) AS rectifications
  FROM json_each(?) p`;

const FROM = `FROM campaign_cases cc
    JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
    JOIN cases c ON c.id = cc.case_id
    JOIN evaluations e ON e.id = cc.evaluation_id
    LEFT JOIN reviewers r ON r.id = cc.reviewer_id`;

/** Every filter is a bound parameter in one statement shape (`:x IS NULL OR …`). */
const FILTERS = `WHERE cc.campaign_id = :campaignId
    AND (:unit IS NULL OR cp.unit = :unit)
    AND (:reviewerId IS NULL OR (:reviewerId = 'none' AND cc.reviewer_id IS NULL) OR cc.reviewer_id = :reviewerId)
    AND (:status IS NULL OR e.status = :status)
    AND (:grade IS NULL OR ${SHOWN_GRADE} = :grade)
    AND (:caseType IS NULL OR cp.case_type = :caseType)
    AND (:procedure IS NULL OR cp.procedure = :procedure)
    AND (:vetoed IS NULL OR e.vetoed = :vetoed)
    AND (:caseIds IS NULL OR cc.case_id IN (SELECT value FROM json_each(:caseIds)))
    AND (:text IS NULL OR instr(cp.case_number, :text) > 0 OR instr(coalesce(c.party_name, ''), :text) > 0
         OR instr(coalesce(c.cause, ''), :text) > 0)`;

/** Whitelisted sort expressions (the enum in the contract picks one; nothing user-typed reaches SQL). */
const SORT_SQL: Record<string, string> = {
  caseNumber: 'cp.case_number',
  unit: 'cp.unit',
  caseDate: 'cp.case_date',
  status: `CASE e.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'submitted' THEN 2
             WHEN 'reviewed' THEN 3 ELSE 4 END`,
  total: SHOWN_TOTAL,
  reviewer: 'r.name',
  updatedAt: 'e.updated_at',
};

type RawRow = Omit<CampaignCaseRow, 'vetoed' | 'complete' | 'overturns' | 'rectifications'> & {
  vetoed: number;
  complete: number;
};

export function listCampaignCases(db: Db, raw: CampaignCasesInput): CampaignCasesResult {
  const input = campaignCasesInput.parse(raw);
  campaignRow(db, input.campaignId);
  const params = {
    campaignId: input.campaignId,
    unit: input.unit ?? null,
    reviewerId: input.reviewerId ?? null,
    status: input.status ?? null,
    grade: input.grade ?? null,
    caseType: input.caseType ?? null,
    procedure: input.procedure ?? null,
    vetoed: input.vetoed === undefined ? null : input.vetoed ? 1 : 0,
    caseIds: input.caseIds ? JSON.stringify(input.caseIds) : null,
    text: input.text?.trim() ? input.text.trim() : null,
  };
  const total = (stmt(db, `SELECT count(*) AS n ${FROM} ${FILTERS}`).get(params) as { n: number }).n;
  const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} ${FROM} ${FILTERS}
      ORDER BY ${SORT_SQL[input.sort] ?? 'cp.case_number'} ${direction} NULLS LAST, cp.case_number ${direction}, cc.case_id
      LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as RawRow[];
  const counts = new Map(
    (
      stmt(db, COUNTS_SQL).all(JSON.stringify(rows.map((r) => r.evaluationId))) as {
        evaluationId: number;
        overturns: number;
        rectifications: number;
      }[]
    ).map((c) => [c.evaluationId, c]),
  );
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      vetoed: r.vetoed === 1,
      complete: r.complete === 1,
      overturns: counts.get(r.evaluationId)?.overturns ?? 0,
      rectifications: counts.get(r.evaluationId)?.rectifications ?? 0,
    })),
  };
}

export function campaignProgress(db: Db, campaignId: number): CampaignProgress {
  campaignRow(db, campaignId);
  const rows = stmt(
    db,
    `SELECT cp.unit AS unit, cc.reviewer_id AS reviewerId, r.name AS reviewerName, e.status AS status, count(*) AS n
       FROM campaign_cases cc
       JOIN campaign_population cp ON cp.campaign_id = cc.campaign_id AND cp.case_id = cc.case_id
       JOIN evaluations e ON e.id = cc.evaluation_id
       LEFT JOIN reviewers r ON r.id = cc.reviewer_id
      WHERE cc.campaign_id = ? GROUP BY cp.unit, cc.reviewer_id, e.status`,
  ).all(campaignId) as {
    unit: string | null;
    reviewerId: number | null;
    reviewerName: string | null;
    status: EvaluationStatus;
    n: number;
  }[];
  const byStatus = emptyStatusCounts();
  const units = new Map<string, ProgressRow>();
  const reviewers = new Map<string, ProgressRow>();
  const add = (map: Map<string, ProgressRow>, key: string, label: string, status: EvaluationStatus, n: number) => {
    const row = map.get(key) ?? { key, label, total: 0, byStatus: emptyStatusCounts() };
    row.total += n;
    row.byStatus[status] += n;
    map.set(key, row);
  };
  let total = 0;
  let unassigned = 0;
  for (const r of rows) {
    total += r.n;
    byStatus[r.status] += r.n;
    if (r.reviewerId === null) unassigned += r.n;
    add(units, r.unit ?? NO_UNIT, r.unit ?? NO_UNIT, r.status, r.n);
    add(
      reviewers,
      r.reviewerId === null ? 'unassigned' : String(r.reviewerId),
      r.reviewerName ?? '（未分配）',
      r.status,
      r.n,
    );
  }
  const byLabel = (a: ProgressRow, b: ProgressRow) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  return {
    campaignId,
    total,
    byStatus,
    unassigned,
    finalizedShare: total === 0 ? 0 : byStatus.finalized / total,
    byUnit: [...units.values()].sort(byLabel),
    byReviewer: [...reviewers.values()].sort(byLabel),
  };
}
