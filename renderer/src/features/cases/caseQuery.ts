/**
 * The desk's case list as the UI holds it — its scope (the whole workspace, or one campaign's
 * drawn cases), filters and sort — and its translation to `cases:list` or `campaigns:cases`.
 */
import type { CaseListInput, OperationInput } from '../../../../shared/api/contract.ts';
import type { CampaignCaseRow } from '../../../../shared/api/campaignTypes.ts';
import type { CaseSummary } from '../../../../shared/api/types.ts';
import { call } from '../../api/client.ts';
import type { PageFetcher } from '../../data/pageCache.ts';
import type { DeskRow } from './deskRow.ts';

/** Whose cases the desk lists: the workspace's, or one campaign's drawn cases. */
export type DeskScope = { kind: 'workspace' } | { kind: 'campaign'; campaignId: number };
export const WORKSPACE_SCOPE: DeskScope = { kind: 'workspace' };

export interface CaseFilters {
  text: string;
  unit: string;
  caseType: string;
  procedure: string;
  evaluationStatus: string;
  grade: string;
  dateFrom: string;
  dateTo: string;
  /** Campaign scope only: a reviewer id, or `none` for unassigned cases. */
  reviewerId: string;
}

export const EMPTY_FILTERS: CaseFilters = {
  text: '',
  unit: '',
  caseType: '',
  procedure: '',
  evaluationStatus: '',
  grade: '',
  dateFrom: '',
  dateTo: '',
  reviewerId: '',
};

export type SortColumn = 'caseDate' | 'caseNumber' | 'unit' | 'fine' | 'total' | 'reviewer';
export type SortDirection = 'asc' | 'desc';

export interface CaseSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: CaseSort = { column: 'caseDate', direction: 'desc' };
/** A campaign's cases are worked through in case-number order. */
export const CAMPAIGN_SORT: CaseSort = { column: 'caseNumber', direction: 'asc' };

export function defaultSort(scope: DeskScope): CaseSort {
  return scope.kind === 'campaign' ? CAMPAIGN_SORT : DEFAULT_SORT;
}

/** The workspace list query without paging; empty filters are left out so the server sees "no filter". */
export type CaseQuery = Omit<CaseListInput, 'offset' | 'limit'>;

const WORKSPACE_FILTERS = ['text', 'unit', 'caseType', 'procedure', 'evaluationStatus', 'grade', 'dateFrom', 'dateTo'];

export function toQuery(filters: CaseFilters, sort: CaseSort): CaseQuery {
  const query: Record<string, string> = {};
  for (const key of WORKSPACE_FILTERS) {
    const trimmed = filters[key as keyof CaseFilters].trim();
    if (trimmed) query[key] = trimmed;
  }
  const column = sort.column === 'reviewer' ? DEFAULT_SORT.column : sort.column;
  return { ...(query as CaseQuery), sort: column as CaseQuery['sort'], direction: sort.direction };
}

export type CampaignQuery = Omit<OperationInput<'campaigns:cases'>, 'offset' | 'limit'>;

export function toCampaignQuery(campaignId: number, filters: CaseFilters, sort: CaseSort): CampaignQuery {
  const reviewer = filters.reviewerId.trim();
  const column = sort.column === 'fine' ? CAMPAIGN_SORT.column : sort.column;
  return {
    campaignId,
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
    ...(filters.unit ? { unit: filters.unit } : {}),
    ...(filters.caseType ? { caseType: filters.caseType as CampaignQuery['caseType'] } : {}),
    ...(filters.procedure ? { procedure: filters.procedure as CampaignQuery['procedure'] } : {}),
    ...(filters.evaluationStatus ? { status: filters.evaluationStatus as CampaignQuery['status'] } : {}),
    ...(filters.grade ? { grade: filters.grade } : {}),
    ...(reviewer ? { reviewerId: reviewer === 'none' ? ('none' as const) : Number(reviewer) } : {}),
    sort: column as CampaignQuery['sort'],
    direction: sort.direction,
  };
}

export function hasFilters(filters: CaseFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

function fromCase(row: CaseSummary): DeskRow {
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    version: row.version,
    partyName: row.partyName,
    cause: row.cause,
    unit: row.unit,
    caseDate: row.caseDate,
    fineYuan: row.fineYuan,
    total: row.total,
    grade: row.grade,
    status: row.evaluationStatus,
    evaluationId: null,
    reviewerName: null,
  };
}

export function fromCampaignCase(row: CampaignCaseRow): DeskRow {
  return {
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    version: 1,
    partyName: row.partyName,
    cause: row.cause,
    unit: row.unit,
    caseDate: row.caseDate,
    fineYuan: null,
    total: row.total,
    grade: row.grade,
    status: row.status,
    evaluationId: row.evaluationId,
    reviewerName: row.reviewerName,
  };
}

/** The fetcher behind the desk's list for a scope, filters and sort. */
export function deskFetcher(scope: DeskScope, filters: CaseFilters, sort: CaseSort): PageFetcher<DeskRow> {
  if (scope.kind === 'campaign') {
    const query = toCampaignQuery(scope.campaignId, filters, sort);
    return async (offset, limit, signal) => {
      const result = await call('campaigns:cases', { ...query, offset, limit }, { signal });
      return { total: result.total, rows: result.rows.map(fromCampaignCase) };
    };
  }
  const query = toQuery(filters, sort);
  return async (offset, limit, signal) => {
    const result = await call('cases:list', { ...query, offset, limit }, { signal });
    return { total: result.total, rows: result.rows.map(fromCase) };
  };
}
