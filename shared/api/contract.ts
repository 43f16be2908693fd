/**
 * The one API contract. Every operation is listed once — in the per-area lists under ops/ —
 * with its zod input schema and its output type; the Electron preload, the loopback HTTP
 * bridge, the renderer client and the handlers' registry are all derived from this object,
 * never hand-listed again. Operation names are `area:action` in kebab-case.
 */
import type { z } from 'zod';
import { calendarOps } from './ops/calendar.ts';
import { campaignOps } from './ops/campaigns.ts';
import { caseOps } from './ops/cases.ts';
import { documentOps } from './ops/documents.ts';
import { evaluationOps } from './ops/evaluations.ts';
import { rectificationOps } from './ops/rectifications.ts';
import { reportOps } from './ops/reports.ts';
import { workflowOps } from './ops/workflow.ts';

export { caseListInput, EVALUATION_STATUSES, type CaseListInput } from './ops/cases.ts';
export { DOCUMENT_RANGE_MAX_BYTES, DOCUMENT_RANGE_MAX_RANGES } from './ops/documents.ts';
export type { DocumentPageTree, DocumentScanPage } from './ops/documents.ts';

export const contract = {
  ...caseOps,
  ...documentOps,
  ...evaluationOps,
  ...workflowOps,
  ...campaignOps,
  ...rectificationOps,
  ...reportOps,
  ...calendarOps,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = Contract[K]['output'];

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(value: string): value is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

export function isBinaryOperation(name: OperationName): boolean {
  const spec = contract[name] as { binary?: boolean };
  return spec.binary === true;
}

/** Served by the host's reader thread (reads stored bytes only; see OperationSpec.reader). */
export function isReaderOperation(name: OperationName): boolean {
  const spec = contract[name] as { reader?: boolean };
  return spec.reader === true;
}

/** The input's `stagingId` names files a door staged (uploads in browser mode, paths in Electron). */
export function isStagedOperation(name: OperationName): boolean {
  const spec = contract[name] as { staged?: boolean };
  return spec.staged === true;
}
