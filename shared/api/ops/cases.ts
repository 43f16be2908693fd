/** Operations of the workspace, the case list, search, documents and import. */
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

/**
 * The largest slice one `documents:range` call returns. pdf.js asks for 64 KiB chunks, grouped
 * when they are adjacent; a caller wanting more splits its request (the renderer's range
 * transport does), so no single reply holds a whole scan in memory three times over (file
 * read, structured clone, HTTP body).
 */
export const DOCUMENT_RANGE_MAX_BYTES = 4 * 2 ** 20;

/** A byte range `[begin, end)` of a document; `end ≤ size` is checked against the file. */
export const documentRangeInput = z
  .object({
    documentId: id,
    begin: z.number().int().min(0),
    end: z.number().int().positive(),
  })
  .refine((r) => r.begin < r.end, { path: ['end'], message: 'end must be greater than begin' })
  .refine((r) => r.end - r.begin <= DOCUMENT_RANGE_MAX_BYTES, {
    path: ['end'],
    message: `a range is at most ${DOCUMENT_RANGE_MAX_BYTES} bytes`,
  });

export const caseOps = {
  'workspace:info': { input: z.object({}).strict(), output: out<WorkspaceInfo>() },
  'cases:list': { input: caseListInput, output: out<CaseListResult>() },
  'cases:get': { input: z.object({ caseId: id }), output: out<CaseDetail>() },
  'cases:search': {
    input: z.object({ query: z.string().min(1).max(200), limit: z.number().int().min(1).max(500).default(100) }),
    output: out<SearchResult>(),
  },
  'documents:content': {
    input: z.object({ documentId: id }),
    output: out<Uint8Array>(),
    binary: true,
  },
  /**
   * Bytes `[begin, end)` of a document: the viewer opens large PDFs with pdf.js's range loading
   * and asks for the parts it needs (the document's size is `DocumentInfo.size`).
   */
  'documents:range': {
    input: documentRangeInput,
    output: out<Uint8Array>(),
    binary: true,
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
