/**
 * Hands a finished export's file to the user: in Electron main shows its save dialog and writes
 * the file itself (the bytes never pass through the page); in browser mode the page fetches
 * the bytes from the bridge and the browser downloads them under their Chinese name.
 */
import { getBridge } from '../../api/bridge.ts';
import { call, unwrap } from '../../api/client.ts';

export interface SavedFile {
  /** Where Electron wrote it; null in browser mode (the browser decides) or when cancelled. */
  path: string | null;
  cancelled: boolean;
}

function browserDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One file of the job (`index`), or the zip of all its files. */
export async function saveJobFile(jobId: string, index: number | null, fileName: string): Promise<SavedFile> {
  const bridge = getBridge();
  if (bridge?.saveExport) {
    const saved = unwrap<{ path: string } | null>(
      await bridge.saveExport({ jobId, ...(index !== null ? { index } : {}), fileName }),
    );
    return { path: saved?.path ?? null, cancelled: saved === null };
  }
  const bytes = await call('reports:download', { jobId, ...(index !== null ? { index } : {}) });
  browserDownload(bytes, fileName);
  return { path: null, cancelled: false };
}
