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

/** A JPEG's size in pixels, from its frame header (SOFn); null when there is none. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) return null; // no frame before the data
    at += 2 + length;
  }
  return null;
}

/**
 * `shown`: about how large it will be on screen, in device pixels, in the JPEG's orientation
 * (null: not known — decoded whole).
 */
export async function decodeScan(
  bytes: Uint8Array,
  shown: { width: number; height: number } | null,
): Promise<DecodedPicture | null> {
  if (typeof ImageDecoder === 'function') {
    const pixels = jpegSize(bytes);
    const wanted =
      shown && pixels && shown.width * 2 < pixels.width && shown.height * 2 < pixels.height
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
