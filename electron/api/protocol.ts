/**
 * Messages between an API host and its worker thread (request/response by sequence id). The
 * worker prints PDF through its host (`print` / `printed`): the host owns the print engine —
 * Electron's printToPDF in the desktop app, Chromium in browser mode — so the worker never
 * depends on Electron.
 */
import type { Result } from '../../shared/api/result.ts';
import type { AppErrorData } from '../../shared/errors.ts';

export type HostRequest =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'stage'; id: number; paths: string[] }
  | { type: 'printed'; id: number; result: Result<Uint8Array> };

export type WorkerMessage =
  | { type: 'ready'; dir: string }
  | { type: 'open-failed'; error: AppErrorData }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'staged'; id: number; stagingId: string }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'print'; id: number; html: string };

export interface WorkerData {
  workspaceDir: string;
  /** The date deadlines are reckoned from, when not the machine's (serve --today). */
  today?: string;
}
