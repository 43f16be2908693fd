/** What a view hands the app to open a case on the review desk. */
export interface OpenCaseRequest {
  caseId: number;
  /** With both set, the desk lists the campaign's cases and opens this evaluation. */
  campaignId: number | null;
  evaluationId: number | null;
}

export type OpenCase = (request: OpenCaseRequest) => void;
