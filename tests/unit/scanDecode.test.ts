/**
 * scanDecode: a scanned page's JPEG decoded into an image element for the scan preview. The
 * decode the case's prefetch starts when the bytes arrive (decodeAhead) is the one the viewer
 * takes for those very bytes (decodeScanOnce), once; other bytes, or a second ask, decode
 * afresh; a JPEG that does not decode gives null; the blob URL is let go either way. The
 * browser's Image is replaced by a stand-in that records what it was given (Node has none).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeAhead, decodeScan, decodeScanOnce } from '../../renderer/src/pdf/scanDecode.ts';

/** Decodes when its blob starts with the JPEG SOI marker, as a browser would refuse anything else. */
class FakeImage {
  static made: FakeImage[] = [];
  src = '';
  alt = 'unset';
  decoding = 'auto';
  constructor() {
    FakeImage.made.push(this);
  }
  async decode(): Promise<void> {
    const blob = await fetch(this.src).then((r) => r.arrayBuffer());
    const bytes = new Uint8Array(blob);
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new DOMException('cannot decode', 'EncodingError');
  }
}

const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

let revoked: string[];
beforeEach(() => {
  FakeImage.made = [];
  revoked = [];
  vi.stubGlobal('Image', FakeImage);
  const revoke = URL.revokeObjectURL.bind(URL);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => {
    revoked.push(url);
    revoke(url);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('scan decoding', () => {
  it('decodes a JPEG into an image element, asynchronously, and lets its blob URL go', async () => {
    const image = (await decodeScan(jpeg())) as unknown as FakeImage;
    expect(image).toBeInstanceOf(FakeImage);
    expect(image.decoding).toBe('async');
    expect(image.alt).toBe('');
    expect(image.src).toMatch(/^blob:/);
    expect(revoked).toEqual([image.src]);
  });

  it('gives null for bytes that do not decode, and still lets the blob URL go', async () => {
    expect(await decodeScan(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(FakeImage.made).toHaveLength(1);
    expect(revoked).toEqual([FakeImage.made[0]!.src]);
  });

  it('hands the decode started ahead to the viewer for the same bytes, once', async () => {
    const bytes = jpeg();
    decodeAhead(bytes);
    expect(FakeImage.made).toHaveLength(1);
    const taken = await decodeScanOnce(bytes);
    expect(taken).toBe(FakeImage.made[0]);
    expect(FakeImage.made).toHaveLength(1);
    // Taken already: asked again, the bytes are decoded anew.
    const again = await decodeScanOnce(bytes);
    expect(again).not.toBe(taken);
    expect(FakeImage.made).toHaveLength(2);
    // Equal bytes that are not the same array are other bytes.
    decodeAhead(jpeg());
    const other = await decodeScanOnce(jpeg());
    expect(FakeImage.made).toHaveLength(4);
    expect(other).toBe(FakeImage.made[3]);
  });
});
