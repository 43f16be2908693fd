/** The error every API call rejects with: the server's AppErrorData, kept whole. */
import type { AppErrorData, ErrorCode } from '../../../shared/errors.ts';

export class ApiError extends Error {
  readonly data: AppErrorData;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.data = data;
  }

  get code(): ErrorCode {
    return this.data.code;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/**
 * Failures that never reached a handler (network down, bridge gone, a page that is not JSON)
 * become ApiErrors too, so every caller handles one error type.
 */
export function transportError(code: ErrorCode, message: string, details?: unknown): ApiError {
  return new ApiError({ code, message, ...(details !== undefined ? { details } : {}) });
}

/** Turns anything caught into an ApiError (AbortError is passed through untouched). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return transportError('INTERNAL', `内部错误：${message} / Internal error: ${message}`);
}

export function isAbortError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
