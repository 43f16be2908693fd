/** Any failure of an evaluation call as AppErrorData, for errorText() in the reviewer's language. */
import type { AppErrorData } from '../../../../shared/errors.ts';
import { toApiError } from '../../api/errors.ts';

export function errorDataOf(err: unknown): AppErrorData {
  return toApiError(err).data;
}
