/**
 * Decodes a scanned page's JPEG for the scan preview (ScanPreview.tsx) as an image element:
 * the browser decodes it off the main thread (HTMLImageElement.decode), and the compositor
 * scales it as the page is drawn — nothing of the picture is drawn on the main thread, which
 * is at its busiest while a case opens (drawing a decoded 150 dpi page into a canvas there
 * costs tens of milliseconds). Null when the bytes do not decode: the page then waits for
 * pdf.js.
 */

export async function decodeScan(bytes: Uint8Array): Promise<HTMLImageElement | null> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
  const image = new Image();
  image.decoding = 'async';
  image.alt = '';
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  } finally {
    // Loaded: the element keeps what it needs.
    URL.revokeObjectURL(url);
  }
}

/** Decodes started ahead of their use, by the bytes they decode (decodeAhead). */
const ahead = new WeakMap<Uint8Array, Promise<HTMLImageElement | null>>();

/**
 * Starts decoding a scan's JPEG before anything is ready to show it — when its bytes arrive,
 * while the screen that will show it is still being built — for decodeScanOnce to take.
 */
export function decodeAhead(bytes: Uint8Array): void {
  ahead.set(bytes, decodeScan(bytes));
}

/** The decode decodeAhead started for these very bytes (once), or a decode of them now. */
export function decodeScanOnce(bytes: Uint8Array): Promise<HTMLImageElement | null> {
  const started = ahead.get(bytes);
  if (!started) return decodeScan(bytes);
  ahead.delete(bytes);
  return started;
}
