/**
 * The API worker with one slow handler, for readerThread.test.ts: `cases:list` holds the
 * worker's thread (as a long SQLite handler would: synchronously, nothing else runs on it)
 * until the file named by PINGCHA_TEST_RELEASE exists, then answers as usual.
 */
import fs from 'node:fs';
import { handlers } from '../../../electron/api/registry.ts';

const release = process.env.PINGCHA_TEST_RELEASE ?? '';
const original = handlers['cases:list'];
handlers['cases:list'] = (ctx, input) => {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (!fs.existsSync(release)) Atomics.wait(nap, 0, 0, 10);
  return original(ctx, input);
};

await import('../../../electron/api/worker.ts');
