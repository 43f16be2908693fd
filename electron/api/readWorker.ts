/**
 * The API host's reader thread: serves the operations that only read stored file bytes
 * (`reader: true` in the contract — documents:content, documents:range, documents:page-tree and documents:page-image) on a read-only
 * connection of its own. The API worker runs one handler at a time on the only writable
 * connection, and some take hundreds of milliseconds (opening a case's evaluation runs its
 * automatic checks); a page the reviewer is waiting for must not queue behind them. WAL lets
 * this connection read while the other writes, and being read-only it can never write: the
 * rule that one connection owns the writes holds.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, isAppError } from '../../shared/errors.ts';
import { openDatabase } from '../store/db.ts';
import { FileStore } from '../store/fileStore.ts';
import { DB_FILE } from '../store/workspace.ts';
import { documentHandlers, type DocumentReadContext } from './documents.ts';
import type { HostRequest, WorkerData, WorkerMessage } from './protocol.ts';
import { dispatchTo } from './dispatch.ts';

const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

function main(): void {
  const { workspaceDir } = workerData as WorkerData;
  let ctx: DocumentReadContext;
  try {
    // The API worker has opened (and migrated) the workspace before this thread starts.
    const db = openDatabase(path.join(workspaceDir, DB_FILE), { readonly: true });
    ctx = { ws: { db, files: new FileStore(path.join(workspaceDir, 'files')) } };
  } catch (err) {
    const error = isAppError(err) ? err.toData() : new AppError('INTERNAL', { detail: String(err) }).toData();
    post({ type: 'open-failed', error });
    return;
  }
  port.on('message', (req: HostRequest) => {
    if (req.type !== 'call') return;
    void dispatchTo(documentHandlers, ctx, req.name, req.input).then((result) => {
      const transfer =
        result.ok && result.value instanceof Uint8Array && result.value.buffer instanceof ArrayBuffer
          ? [result.value.buffer]
          : [];
      post({ type: 'result', id: req.id, result }, transfer);
    });
  });
  post({ type: 'ready', dir: workspaceDir });
}

main();
