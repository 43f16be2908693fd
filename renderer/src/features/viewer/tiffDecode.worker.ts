/**
 * Decodes one page of a TIFF (scans are often multi-page CCITT G4 TIFFs, which browsers do
 * not display) with utif2, off the main thread: a hostile or huge file can only stall or
 * crash this worker, which tiff.ts terminates after a timeout.
 */
import * as UTIFModule from 'utif2';

// utif2 is CommonJS; depending on the bundler's interop its API is the namespace or `default`.
const UTIF = ((UTIFModule as unknown as { default?: typeof UTIFModule }).default ?? UTIFModule) as typeof UTIFModule;

/** 40 MP (160 MB of RGBA) covers A4 at 600 dpi; larger pages are refused, not decoded. */
const MAX_PIXELS = 40_000_000;

export interface TiffRequest {
  buffer: ArrayBuffer;
  pageNo: number;
}

export type TiffResponse =
  | { ok: true; width: number; height: number; pageCount: number; rgba: Uint8Array }
  | { ok: false; reason: 'invalid' | 'tooLarge'; message: string };

function reply(response: TiffResponse, transfer: Transferable[] = []): void {
  postMessage(response, { transfer });
}

onmessage = (event: MessageEvent<TiffRequest>) => {
  const { buffer, pageNo } = event.data;
  try {
    const pages = UTIF.decode(buffer).filter((ifd) => typeof ifd['t256'] !== 'undefined');
    const ifd = pages[pageNo - 1];
    if (!ifd) throw new Error(`no page ${pageNo}`);
    const width = Number((ifd['t256'] as number[])[0]);
    const height = Number((ifd['t257'] as number[] | undefined)?.[0]);
    if (!(width > 0 && height > 0)) throw new Error('no image size');
    if (width * height > MAX_PIXELS) {
      reply({ ok: false, reason: 'tooLarge', message: `${width}×${height}` });
      return;
    }
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (rgba.length !== width * height * 4) throw new Error('decoded size mismatch');
    reply({ ok: true, width, height, pageCount: pages.length, rgba }, [rgba.buffer]);
  } catch (error) {
    reply({ ok: false, reason: 'invalid', message: error instanceof Error ? error.message : String(error) });
  }
};
