/**
 * The API worker thread: owns the only database connection and the PDF extraction pool, so a
 * long import never blocks the Electron main process or the HTTP bridge's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { localIsoDate } from '../../shared/calendar/dates.ts';
import { isAppError, AppError } from '../../shared/errors.ts';
import { ExtractPool } from '../import/extractPool.ts';
import { createExportJobStore } from '../reports/jobStore.ts';
import { listCases } from '../store/queries/cases.ts';
import { openWorkspace } from '../store/workspace.ts';
import { createStaging, type ApiContext } from './context.ts';
import { hostPrinter } from './hostPrinter.ts';
import type { HostRequest, WorkerData, WorkerMessage } from './protocol.ts';
import { dispatch } from './registry.ts';

const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function main(): Promise<void> {
  const { workspaceDir, today } = workerData as WorkerData;
  const printer = hostPrinter(port);
  let ctx: ApiContext;
  try {
    const ws = await openWorkspace(workspaceDir);
    ctx = {
      ws,
      extractor: new ExtractPool(),
      staging: createStaging(),
      emit: (event, payload) => post({ type: 'event', event, payload }),
      today: () => today ?? localIsoDate(),
      printer,
      exportJobs: createExportJobStore(),
    };
  } catch (err) {
    const error = isAppError(err) ? err.toData() : new AppError('INTERNAL', { detail: String(err) }).toData();
    post({ type: 'open-failed', error });
    return;
  }
  port.on('message', (req: HostRequest) => {
    if (req.type === 'stage') {
      post({ type: 'staged', id: req.id, stagingId: ctx.staging.add(req.paths) });
      return;
    }
    if (req.type === 'printed') {
      printer.settle(req.id, req.result);
      return;
    }
    void dispatch(ctx, req.name, req.input).then((result) => {
      const transfer =
        result.ok && result.value instanceof Uint8Array && result.value.buffer instanceof ArrayBuffer
          ? [result.value.buffer]
          : [];
      post({ type: 'result', id: req.id, result }, transfer);
    });
  });
  post({ type: 'ready', dir: ctx.ws.dir });
  // Build the case list's in-memory index while the window loads: the first list is then fast.
  setImmediate(() => listCases(ctx.ws.db, { limit: 1 }));
}

void main();
