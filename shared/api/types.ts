/** Output types of the API contract (inputs are zod schemas in contract.ts). */
import type { CaseBundle, CaseType, PartyType, Procedure } from '../domain/bundle.ts';
import type { DocumentType } from '../domain/documentTypes.ts';
import type { AppErrorData } from '../errors.ts';

export type EvaluationStatus = 'not_started' | 'in_progress' | 'submitted' | 'reviewed' | 'finalized';

export interface CaseSummary {
  id: number;
  caseNumber: string;
  version: number;
  caseType: CaseType;
  procedure: Procedure | null;
  agency: string | null;
  unit: string | null;
  cause: string | null;
  partyType: PartyType | null;
  partyName: string | null;
  fineYuan: number | null;
  filedDate: string | null;
  decidedDate: string | null;
  caseDate: string | null;
  documentCount: number;
  pageCount: number;
  evaluationStatus: EvaluationStatus;
  total: number | null;
  grade: string | null;
}

export interface CaseListResult {
  total: number;
  rows: CaseSummary[];
}

/** Where a value of the case came from: the bundle's case.json, a batch register, or inference. */
export type Provenance = 'declared' | 'register' | 'inferred' | 'folder_name';

export interface DocumentInfo {
  id: number;
  seq: number;
  type: DocumentType;
  typeSource: 'declared' | 'name' | 'text' | 'none';
  title: string | null;
  fileName: string;
  kind: 'pdf' | 'image' | 'attachment';
  mime: string;
  pageCount: number | null;
  date: string | null;
  sha256: string;
  /** The file's size in bytes (what `documents:range` may ask for). */
  size: number;
}

export interface CaseDetail extends CaseSummary {
  data: CaseBundle;
  provenance: Record<string, Provenance>;
  warnings: string[];
  documents: DocumentInfo[];
  bundleLocation: string;
  importedAt: string;
}

export interface SearchHit {
  caseId: number;
  caseNumber: string;
  documentId: number;
  documentTitle: string | null;
  documentType: DocumentType;
  pageNo: number;
  snippet: { before: string; hit: string; after: string };
}

export interface SearchResult {
  query: string;
  /** Pages that match, counted up to `countLimit`; `more` is true when there are more. */
  count: number;
  more: boolean;
  hits: SearchHit[];
}

export interface ImportedCase {
  caseId: number;
  caseNumber: string;
  version: number;
  location: string;
  shape: 'structured' | 'loose';
  documents: number;
  pages: number;
  warnings: string[];
}

export interface ImportIssue {
  location: string;
  caseNumber?: string;
  error: AppErrorData;
}

export interface ImportSummary {
  runId: number;
  inputs: string[];
  imported: ImportedCase[];
  duplicates: ImportIssue[];
  conflicts: ImportIssue[];
  failures: ImportIssue[];
  seconds: number;
  pages: number;
}

export interface ImportProgress {
  runId: number;
  phase: 'discovering' | 'importing' | 'done';
  done: number;
  total: number;
  current?: string;
}

export interface WorkspaceInfo {
  dir: string;
  schemaVersion: number;
  cases: number;
  documents: number;
  pages: number;
  units: string[];
}

export * from './evaluationTypes.ts';
export * from './campaignTypes.ts';
export * from './rectificationTypes.ts';
export * from './reportTypes.ts';
export * from './calendarTypes.ts';
