/**
 * A campaign's population: the current cases whose case date falls in the period and that the
 * scope admits (units, case types, procedures), and the preview of what the rule would draw.
 */
import type { CampaignPreview } from '../../../shared/api/campaignTypes.ts';
import { drawCampaign } from '../../../shared/campaigns/draw.ts';
import {
  describeDrawRule,
  formatDrawRule,
  inScope,
  type CampaignPeriod,
  type CampaignScope,
  type DrawRule,
  type PopulationCase,
} from '../../../shared/campaigns/scope.ts';
import { stmt, type Db } from '../db.ts';

export function populationOf(db: Db, period: CampaignPeriod, scope: CampaignScope): PopulationCase[] {
  const rows = stmt(
    db,
    `SELECT id AS caseId, case_number AS caseNumber, unit, case_type AS caseType, procedure, case_date AS caseDate
       FROM cases WHERE is_current = 1 AND case_date >= ? AND case_date <= ?`,
  ).all(period.from, period.to) as PopulationCase[];
  return rows.filter((c) => inScope(c, period, scope));
}

/** Current cases the scope would admit but that carry no date, so no period can contain them. */
function undatedCount(db: Db, scope: CampaignScope): number {
  const rows = stmt(
    db,
    `SELECT id AS caseId, case_number AS caseNumber, unit, case_type AS caseType, procedure
       FROM cases WHERE is_current = 1 AND case_date IS NULL`,
  ).all() as Omit<PopulationCase, 'caseDate'>[];
  const anyDate = { from: '0000-01-01', to: '9999-12-31' };
  return rows.filter((c) => inScope({ ...c, caseDate: anyDate.from }, anyDate, scope)).length;
}

/** Sizes by stratum under the rule; the seed only decides which cases, never how many. */
export function previewDraw(db: Db, period: CampaignPeriod, scope: CampaignScope, rule: DrawRule): CampaignPreview {
  const population = populationOf(db, period, scope);
  const base = {
    period,
    scope,
    rule,
    ruleText: formatDrawRule(rule),
    ruleDescription: describeDrawRule(rule),
    undated: undatedCount(db, scope),
  };
  if (population.length === 0) {
    return { ...base, populationSize: 0, drawnCount: 0, strata: [], byUnit: [], byProcedure: [] };
  }
  const result = drawCampaign(population, rule, 'preview');
  return {
    ...base,
    populationSize: result.populationSize,
    drawnCount: result.drawnCount,
    strata: result.strata,
    byUnit: result.byUnit,
    byProcedure: result.byProcedure,
  };
}
