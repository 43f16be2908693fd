/**
 * Stages files for an operation that takes a `stagingId` (a rectification reply's evidence):
 * Electron's preload stages them from disk; browser mode uploads them to the loopback bridge.
 */
import { getBridge } from './bridge.ts';
import { unwrap } from './client.ts';
import { uploadFiles } from './upload.ts';

export async function stageFiles(files: readonly File[], signal?: AbortSignal): Promise<string> {
  const bridge = getBridge();
  if (bridge?.stageFiles) return unwrap<{ stagingId: string }>(await bridge.stageFiles([...files])).stagingId;
  return uploadFiles(
    files.map((file) => ({ path: file.name, file })),
    () => undefined,
    signal,
  );
}

/** Opens bytes the API returned (a reply attachment) in a new tab, or saves them when the browser cannot show them. */
export function openBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime || 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  const viewable = /^(application\/pdf|image\/|text\/plain)/.test(mime);
  if (viewable) link.target = '_blank';
  else link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Let the new tab or the download take the bytes before releasing them.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
