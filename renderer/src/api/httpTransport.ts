/**
 * The loopback HTTP bridge of browser mode: `POST /api/<name>` with the input as JSON, answered
 * by a JSON Result, or by raw bytes for binary operations. The auth cookie set when the page was
 * opened with `?token=…` travels with every same-origin request.
 */
import type { Result } from '../../../shared/api/result.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import { t, type MessageKey, type Params } from '../../../shared/i18n/index.ts';
import { isAbortError, transportError, type ApiError } from './errors.ts';

export const API_BASE = '/api/';

/** A bilingual message from the catalogues, in the same "中文 / English" shape the server uses. */
export function bilingual(key: MessageKey, params?: Params): string {
  return `${t('zh-CN', key, params)} / ${t('en', key, params)}`;
}

export function httpError(status: number): ApiError {
  if (status === 401 || status === 403) return transportError('UNAUTHORIZED', bilingual('errors.unauthorized'));
  const code: ErrorCode = status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return transportError(code, bilingual('errors.badResponse', { status }), { status });
}

/** fetch() that turns network failures into ApiErrors and lets aborts through. */
export async function apiFetch(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(API_BASE + path, { credentials: 'same-origin', ...init });
  } catch (err) {
    if (isAbortError(err)) throw err;
    throw transportError('IO', bilingual('errors.network'));
  }
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('application/json');
}

/** Reads a JSON Result from a response; anything else is a transport error. */
export async function readResult(response: Response): Promise<Result<unknown>> {
  if (!isJson(response)) throw httpError(response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw httpError(response.status);
  }
  if (typeof body !== 'object' || body === null || typeof (body as { ok?: unknown }).ok !== 'boolean') {
    throw httpError(response.status);
  }
  return body as Result<unknown>;
}

export async function httpInvoke(
  name: string,
  input: unknown,
  binary: boolean,
  signal?: AbortSignal,
): Promise<Result<unknown>> {
  const response = await apiFetch(name, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
    ...(signal ? { signal } : {}),
  });
  // Binary operations answer with bytes on success and with a JSON Result on error.
  if (binary && response.ok && !isJson(response)) {
    return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
  }
  return readResult(response);
}
