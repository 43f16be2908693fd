/**
 * Browser-mode upload of a dropped or picked selection: `POST /api/upload` opens a staging area,
 * one `PUT /api/upload/<stagingId>` per file carries its bytes with its relative path in
 * `x-pingcha-path`, and the returned staging id is then handed to `import:start`.
 */
import { unwrap } from './client.ts';
import { apiFetch, readResult } from './httpTransport.ts';

export interface UploadFile {
  /** Path inside the selection, `/`-separated, starting with the dropped folder's name. */
  path: string;
  file: File;
}

export interface UploadProgress {
  doneFiles: number;
  totalFiles: number;
  doneBytes: number;
  totalBytes: number;
}

/** Several files in flight hide per-request latency without flooding the loopback server. */
const PARALLEL = 4;

export async function uploadFiles(
  files: readonly UploadFile[],
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const opened = await apiFetch('upload', { method: 'POST', ...(signal ? { signal } : {}) });
  const { stagingId } = unwrap<{ stagingId: string }>(await readResult(opened));

  const totalBytes = files.reduce((sum, f) => sum + f.file.size, 0);
  const progress: UploadProgress = { doneFiles: 0, totalFiles: files.length, doneBytes: 0, totalBytes };
  onProgress({ ...progress });

  const queue = [...files];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const response = await apiFetch(`upload/${encodeURIComponent(stagingId)}`, {
        method: 'PUT',
        headers: { 'x-pingcha-path': encodeURIComponent(next.path), 'content-type': 'application/octet-stream' },
        body: next.file,
        ...(signal ? { signal } : {}),
      });
      // The bridge may answer a stored file with an empty 2xx or with a JSON Result.
      if (!response.ok || (response.headers.get('content-type') ?? '').includes('json')) {
        unwrap(await readResult(response));
      }
      progress.doneFiles += 1;
      progress.doneBytes += next.file.size;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  return stagingId;
}
