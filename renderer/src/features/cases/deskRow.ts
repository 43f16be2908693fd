/** One row of the desk's case list, from `cases:list` or from a campaign's `campaigns:cases`. */
import type { EvaluationStatus } from '../../../../shared/api/types.ts';

export interface DeskRow {
  caseId: number;
  caseNumber: string;
  version: number;
  partyName: string | null;
  cause: string | null;
  unit: string | null;
  caseDate: string | null;
  /** Null in a campaign's list (the campaign API does not carry the fine). */
  fineYuan: number | null;
  total: number | null;
  grade: string | null;
  status: EvaluationStatus;
  /** The campaign's evaluation of the case; null in the workspace list (the current one opens). */
  evaluationId: number | null;
  reviewerName: string | null;
}
