/** The Result envelope every API operation resolves to, on every door (IPC, HTTP, CLI). */
import type { AppErrorData } from '../errors.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorData): Result<T> {
  return { ok: false, error };
}
