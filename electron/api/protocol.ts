/** Messages between an API host and its worker thread (request/response by sequence id). */
import type { Result } from '../../shared/api/result.ts';
import type { AppErrorData } from '../../shared/errors.ts';

export type HostRequest =
  { type: 'call'; id: number; name: string; input: unknown } | { type: 'stage'; id: number; paths: string[] };

export type WorkerMessage =
  | { type: 'ready'; dir: string }
  | { type: 'open-failed'; error: AppErrorData }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'staged'; id: number; stagingId: string }
  | { type: 'event'; event: string; payload: unknown };

export interface WorkerData {
  workspaceDir: string;
}
