/**
 * The typed API client. Every operation of the contract is called through `call`, which picks
 * the transport (Electron preload or the loopback HTTP bridge), unwraps the Result envelope and
 * rejects with an ApiError that carries the server's AppErrorData.
 */
import {
  isBinaryOperation,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/api/result.ts';
import { getBridge } from './bridge.ts';
import { ApiError, toApiError } from './errors.ts';
import { httpInvoke } from './httpTransport.ts';

export { ApiError, isApiError } from './errors.ts';

export interface CallOptions {
  /** Cancels an HTTP call (IPC calls cannot be cancelled; their late result is dropped). */
  signal?: AbortSignal;
}

export function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  throw new ApiError(result.error);
}

async function invoke(name: OperationName, input: unknown, signal?: AbortSignal): Promise<Result<unknown>> {
  const bridge = getBridge();
  if (!bridge) return httpInvoke(name, input, isBinaryOperation(name), signal);
  try {
    const result = await bridge.invoke(name, input ?? {});
    signal?.throwIfAborted();
    return result;
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw toApiError(err);
  }
}

export async function call<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
  options: CallOptions = {},
): Promise<OperationOutput<K>> {
  const result = await invoke(name, input, options.signal);
  return unwrap<OperationOutput<K>>(result);
}
