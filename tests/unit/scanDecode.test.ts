/**
 * jpegSize: a JPEG's pixel size read from its frame header, which the scan preview uses to
 * decode a page at about the size it will be shown before the page tree's reply is in; null
 * (never an error) for anything that is not a JPEG with a frame header.
 */
import { describe, expect, it } from 'vitest';
import { readPageTree } from '../../electron/import/pdfPageTree.ts';
import { scanPageImage } from '../../electron/import/pdfScanPage.ts';
import { jpegSize } from '../../renderer/src/pdf/scanDecode.ts';
import { makeScannedPdf } from '../fixtures/generator/scanned.ts';

describe('jpegSize', () => {
  it("reads a scan's size from its frame header, past the APP segments before it", async () => {
    const pdf = await makeScannedPdf(1, 3);
    const read = (begin: number, end: number) => pdf.subarray(begin, Math.min(end, pdf.length));
    const scan = scanPageImage(read, pdf.length, readPageTree(read, pdf.length)!, 1)!;
    const jpeg = pdf.subarray(scan.image.begin, scan.image.end);
    expect(jpeg[3]).toBe(0xe0); // an APP0 (JFIF) segment comes first
    expect(jpegSize(jpeg)).toEqual({ width: 1240, height: 1754 });
  });

  it('gives null for bytes that are not a JPEG, or end before its frame header', () => {
    const soi = [0xff, 0xd8];
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0)];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x06, 0xda, 0x04, 0xd8, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(jpegSize(new Uint8Array([...soi, ...app0, ...sof0]))).toEqual({ width: 1240, height: 1754 });
    expect(jpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull(); // PNG
    expect(jpegSize(new Uint8Array([...soi, ...app0]))).toBeNull(); // cut before the frame
    expect(jpegSize(new Uint8Array([...soi, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0]))).toBeNull(); // data first
    expect(jpegSize(new Uint8Array([...soi, 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull(); // not a marker
    const zero = [...sof0];
    zero[7] = 0;
    zero[8] = 0;
    expect(jpegSize(new Uint8Array([...soi, ...zero]))).toBeNull(); // no width
    expect(jpegSize(new Uint8Array(0))).toBeNull();
  });
});
