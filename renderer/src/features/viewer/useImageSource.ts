/**
 * The bytes of a picture document as something an <img> can show: JPEG and PNG as a blob
 * URL of the file itself; TIFF page by page through the worker decoder (tiff.ts). Blob URLs
 * are revoked when the page or the document changes. Results carry the key they were made
 * for, so a stale one reads as "loading" instead of showing the previous picture.
 */
import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../../shared/api/types.ts';
import { decodeTiffPage, TiffError } from './tiff.ts';

export type ImageSource =
  | { status: 'loading' }
  | { status: 'ready'; url: string; pageCount: number }
  | { status: 'error'; reason: 'load' | 'unsupported' | 'tooLarge'; message: string };

type Keyed = ImageSource & { key: string };

const DIRECT = new Set(['image/jpeg', 'image/png']);
const LOADING: ImageSource = { status: 'loading' };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useImageSource(
  document: DocumentInfo,
  pageNo: number,
  loadBytes: (documentId: number) => Promise<Uint8Array>,
): ImageSource {
  const { id, mime } = document;
  const [tiffBytes, setTiffBytes] = useState<{ id: number; bytes: Uint8Array } | null>(null);
  const [result, setResult] = useState<Keyed | null>(null);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    loadBytes(id).then(
      (bytes) => {
        if (cancelled) return;
        if (DIRECT.has(mime)) {
          url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
          setResult({ key: `${id}:*`, status: 'ready', url, pageCount: 1 });
        } else if (mime === 'image/tiff') {
          setTiffBytes({ id, bytes });
        } else {
          setResult({ key: `${id}:*`, status: 'error', reason: 'unsupported', message: mime });
        }
      },
      (error: unknown) => {
        if (!cancelled) setResult({ key: `${id}:*`, status: 'error', reason: 'load', message: message(error) });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, mime, loadBytes]);

  useEffect(() => {
    if (!tiffBytes || tiffBytes.id !== id) return;
    const abort = new AbortController();
    let url: string | null = null;
    const key = `${id}:${pageNo}`;
    decodeTiffPage(tiffBytes.bytes, pageNo, abort.signal).then(
      (page) => {
        if (abort.signal.aborted) {
          URL.revokeObjectURL(page.url);
          return;
        }
        url = page.url;
        setResult({ key, status: 'ready', url: page.url, pageCount: page.pageCount });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const tooLarge = error instanceof TiffError && error.reason === 'tooLarge';
        setResult({ key, status: 'error', reason: tooLarge ? 'tooLarge' : 'unsupported', message: message(error) });
      },
    );
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [tiffBytes, id, pageNo]);

  if (!result || (result.key !== `${id}:*` && result.key !== `${id}:${pageNo}`)) return LOADING;
  return result;
}
