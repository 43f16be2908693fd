/** Which files of a bundle are documents, and whether their bytes are what their names say. */
import { AppError } from '../../shared/errors.ts';

export type FileKind = 'pdf' | 'image' | 'attachment';

const EXT_MIME: Record<string, { kind: FileKind; mime: string }> = {
  pdf: { kind: 'pdf', mime: 'application/pdf' },
  jpg: { kind: 'image', mime: 'image/jpeg' },
  jpeg: { kind: 'image', mime: 'image/jpeg' },
  png: { kind: 'image', mime: 'image/png' },
  tif: { kind: 'image', mime: 'image/tiff' },
  tiff: { kind: 'image', mime: 'image/tiff' },
};

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function fileKindOf(name: string): { kind: FileKind; mime: string } {
  return EXT_MIME[extensionOf(name)] ?? { kind: 'attachment', mime: 'application/octet-stream' };
}

export function isDocumentFile(name: string): boolean {
  return fileKindOf(name).kind !== 'attachment';
}

function startsWith(bytes: Uint8Array, ...sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Images are checked by signature so a renamed or truncated file is refused, not shown blank. */
export function checkImageBytes(bytes: Uint8Array, mime: string, fileLabel: string): void {
  const ok =
    (mime === 'image/jpeg' && startsWith(bytes, 0xff, 0xd8, 0xff)) ||
    (mime === 'image/png' && startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) ||
    (mime === 'image/tiff' && (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)));
  if (!ok || bytes.length < 16) throw new AppError('IMAGE_CORRUPT', { detail: fileLabel, file: fileLabel });
}
