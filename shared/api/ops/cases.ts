/** Operations of the workspace, the case list, search and import. */
import { z } from 'zod';
import { CASE_TYPES, PROCEDURES } from '../../domain/bundle.ts';
import type { CaseDetail, CaseListResult, ImportSummary, SearchResult, WorkspaceInfo } from '../types.ts';
import { id, out } from './common.ts';

export const EVALUATION_STATUSES = ['not_started', 'in_progress', 'submitted', 'reviewed', 'finalized'] as const;

export const caseListInput = z.object({
  unit: z.string().optional(),
  caseType: z.enum(CASE_TYPES).optional(),
  procedure: z.enum(PROCEDURES).optional(),
  evaluationStatus: z.enum(EVALUATION_STATUSES).optional(),
  grade: z.string().optional(),
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  /** Matches case number, party name or cause (substring). */
  text: z.string().max(200).optional(),
  sort: z.enum(['caseDate', 'caseNumber', 'unit', 'fine', 'total']).default('caseDate'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type CaseListInput = z.input<typeof caseListInput>;

export const caseOps = {
  'workspace:info': { input: z.object({}).strict(), output: out<WorkspaceInfo>() },
  'cases:list': { input: caseListInput, output: out<CaseListResult>() },
  'cases:get': { input: z.object({ caseId: id }), output: out<CaseDetail>() },
  'cases:search': {
    input: z.object({ query: z.string().min(1).max(200), limit: z.number().int().min(1).max(500).default(100) }),
    output: out<SearchResult>(),
  },
  /**
   * Imports what a door has staged: files uploaded to the loopback bridge (browser mode), or
   * paths chosen in Electron's open dialog or dropped on the window. The renderer never names
   * paths on disk itself.
   */
  'import:start': {
    input: z.object({
      stagingId: z.string().regex(/^[a-z0-9-]{8,64}$/),
      onConflict: z.enum(['skip', 'replace', 'version']).default('skip'),
    }),
    output: out<ImportSummary>(),
    staged: true,
  },
} as const;
