/** Helpers shared by the per-area operation lists. */
import { z } from 'zod';

/** A typed placeholder for an output type; no runtime schema is needed for outputs. */
export function out<T>(): T {
  return undefined as T;
}

export const id = z.number().int().positive();

export interface OperationSpec {
  input: z.ZodType;
  output: unknown;
  /** The output is raw bytes (HTTP: application/octet-stream). */
  binary?: boolean;
  /**
   * The input carries a `stagingId` of files a door staged: the browser bridge swaps its upload
   * id for the worker's staging id before calling, as it does for import:start.
   */
  staged?: boolean;
  /**
   * Reads stored file bytes and nothing else: served by the API host's reader thread (its own
   * read-only connection), so that the viewer's reads never wait behind a long handler on the
   * thread that owns the writable connection.
   */
  reader?: boolean;
}
