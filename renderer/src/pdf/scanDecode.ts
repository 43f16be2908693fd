/**
 * Decodes a scanned page's JPEG for the scan preview, at about the size it will be shown at:
 * WebCodecs' ImageDecoder decodes off the main thread and, given the size wanted, scales while
 * it decodes (a JPEG decodes at 1/2, 1/4 … of its size for far less than whole), so that the
 * picture the main thread then draws is small. Asked for up to twice the size shown, so that
 * the scale it picks is never below it. Where WebCodecs is missing, an image element decodes
 * the whole JPEG. Null when the bytes do not decode: the page then waits for pdf.js.
 */

/** A decoded picture: a WebCodecs frame, or an image element when WebCodecs is missing. */
export type DecodedPicture = VideoFrame | HTMLImageElement;

export async function decodeScan(
  bytes: Uint8Array,
  shown: { width: number; height: number },
  pixels: { width: number; height: number },
): Promise<DecodedPicture | null> {
  if (typeof ImageDecoder === 'function') {
    const wanted =
      shown.width * 2 < pixels.width && shown.height * 2 < pixels.height
        ? { desiredWidth: Math.ceil(shown.width * 2), desiredHeight: Math.ceil(shown.height * 2) }
        : {};
    const decoder = new ImageDecoder({ data: bytes, type: 'image/jpeg', ...wanted });
    try {
      return (await decoder.decode()).image;
    } catch {
      return null;
    } finally {
      decoder.close();
    }
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
    return img;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Lets a decoded picture's memory go (a frame holds its pixels until closed). */
export function releasePicture(picture: DecodedPicture): void {
  if (!(picture instanceof HTMLImageElement)) picture.close();
}
