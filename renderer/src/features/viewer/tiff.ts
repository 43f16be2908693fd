/**
 * One TIFF page as a PNG blob URL for an <img>: decoded in a throw-away worker
 * (tiffDecode.worker.ts) that is terminated when done, on timeout, or when the caller
 * aborts (document switch).
 */
import type { TiffRequest, TiffResponse } from './tiffDecode.worker.ts';

const TIMEOUT_MS = 20_000;

export interface TiffPage {
  url: string;
  pageCount: number;
}

export class TiffError extends Error {
  readonly reason: 'invalid' | 'tooLarge' | 'timeout';
  constructor(reason: 'invalid' | 'tooLarge' | 'timeout', message: string) {
    super(message);
    this.name = 'TiffError';
    this.reason = reason;
  }
}

function decodeInWorker(bytes: Uint8Array, pageNo: number, signal: AbortSignal): Promise<TiffResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tiffDecode.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new TiffError('timeout', 'TIFF decoding took too long'));
    }, TIMEOUT_MS);
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<TiffResponse>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new TiffError('invalid', event.message || 'TIFF worker failed'));
    };
    // A copy: the caller keeps its bytes for the other pages.
    const request: TiffRequest = { buffer: bytes.slice().buffer, pageNo };
    worker.postMessage(request, [request.buffer]);
  });
}

export async function decodeTiffPage(bytes: Uint8Array, pageNo: number, signal: AbortSignal): Promise<TiffPage> {
  const response = await decodeInWorker(bytes, pageNo, signal);
  if (!response.ok) throw new TiffError(response.reason, response.message);
  const canvas = document.createElement('canvas');
  canvas.width = response.width;
  canvas.height = response.height;
  const context = canvas.getContext('2d');
  if (!context) throw new TiffError('invalid', 'no 2d context');
  const pixels = new Uint8ClampedArray(
    response.rgba.buffer as ArrayBuffer,
    response.rgba.byteOffset,
    response.rgba.byteLength,
  );
  context.putImageData(new ImageData(pixels, response.width, response.height), 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = canvas.height = 0;
  if (!blob) throw new TiffError('invalid', 'could not encode the page');
  if (signal.aborted) throw new DOMException('aborted', 'AbortError');
  return { url: URL.createObjectURL(blob), pageCount: response.pageCount };
}
