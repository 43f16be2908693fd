/**
 * scanPageImage: a page that is one JPEG drawn upright over its whole visible box, and nothing
 * else, gives the JPEG's bytes (the viewer shows them before pdf.js has painted the page);
 * every other page — text, drawing, a partial or skewed placement, masks, other filters,
 * damage — gives null, never an error.
 */
import { describe, expect, it } from 'vitest';
import { readPageTree, type ReadAt } from '../../electron/import/pdfPageTree.ts';
import { scanPageImage } from '../../electron/import/pdfScanPage.ts';
import { makeScannedPdf, makeScannedPdfWithText } from '../fixtures/generator/scanned.ts';

/** Not a real picture: the reader only looks for the JPEG's start-of-image marker. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 0xff, 0xd9]);

interface PageSpec {
  page?: string;
  content?: string | string[];
  image?: string;
  pages?: string;
  jpeg?: Buffer;
}

/**
 * A one-page PDF with a classic xref: 1 catalogue, 2 pages node, 3 page, 4 image, 5.. content
 * streams. `page`/`pages`/`image` add entries to those dictionaries.
 */
function scanPdf(spec: PageSpec = {}): Buffer {
  const contents = Array.isArray(spec.content) ? spec.content : [spec.content ?? 'q 595 0 0 842 0 0 cm /Im0 Do Q'];
  const jpeg = spec.jpeg ?? JPEG;
  const contentRefs = contents.map((_, i) => `${5 + i} 0 R`);
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    [`<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] ${spec.pages ?? ''} >>`],
    [
      `<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 4 0 R >> >> /Contents ${
        contentRefs.length === 1 ? contentRefs[0] : `[${contentRefs.join(' ')}]`
      } ${spec.page ?? ''} >>`,
    ],
    [
      `<< /Type /XObject /Subtype /Image /Width 1240 /Height 1754 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode /Length ${jpeg.length} ${spec.image ?? ''} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ],
    ...contents.map((c) => [`<< /Length ${c.length} >>\nstream\n${c}\nendstream`]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((pieces, i) => {
    offsets.push(at);
    const object = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      ...pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(object);
    at += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(at),
    '%%EOF',
  ].join('\n');
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

const reader =
  (bytes: Uint8Array): ReadAt =>
  (begin, end) =>
    bytes.subarray(begin, Math.min(end, bytes.length));

function scan(bytes: Buffer, pageNo = 1) {
  const tree = readPageTree(reader(bytes), bytes.length);
  expect(tree).not.toBeNull();
  return scanPageImage(reader(bytes), bytes.length, tree!, pageNo);
}

describe('scanPageImage', () => {
  it("finds the JPEG of a page that is only its scan, with the page's inherited box and rotation", () => {
    const bytes = scanPdf({ pages: '/Rotate 90' });
    const found = scan(bytes);
    expect(found).toEqual({
      image: { begin: bytes.indexOf(JPEG), end: bytes.indexOf(JPEG) + JPEG.length },
      pixelWidth: 1240,
      pixelHeight: 1754,
      width: 595,
      height: 842,
      rotate: 90,
    });
    // Its own /Rotate and /CropBox win over the inherited ones; -90 is 270.
    expect(scan(scanPdf({ pages: '/Rotate 90', page: '/Rotate -90' }))!.rotate).toBe(270);
    const cropped = scan(scanPdf({ page: '/CropBox [10 20 585 822]', content: 'q 575 0 0 802 10 20 cm /Im0 Do Q' }));
    expect(cropped).toMatchObject({ width: 575, height: 802 });
  });

  it('follows matrices, several content streams and indirect lengths and colour spaces', () => {
    // pdfkit's way: flip the page, then draw the image flipped back.
    expect(scan(scanPdf({ content: '1 0 0 -1 0 842 cm q 595 0 0 -842 0 842 cm /Im0 Do Q' }))).not.toBeNull();
    expect(scan(scanPdf({ content: ['q 595 0 0 842 0 0 cm', '/Im0 Do Q'] }))).not.toBeNull();
    expect(scan(scanPdf({ content: 'q 1 0 0 1 0 0 cm q 595 0 0 842 0 0 cm /Im0 Do Q Q' }))).not.toBeNull();
    // Colours and line styles do not change how an image looks.
    const inert = '/DeviceRGB cs 0.1 0.1 0.1 scn 0 g 1 w [3 2] 0 d /Perceptual ri q 595 0 0 842 0 0 cm /Im0 Do Q';
    expect(scan(scanPdf({ content: inert }))).not.toBeNull();
  });

  it('gives null for a page that is more, or other, than one upright full-page JPEG', () => {
    const not = {
      'a text layer': 'q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf (x) Tj ET',
      'a drawing': '0 0 100 100 re f q 595 0 0 842 0 0 cm /Im0 Do Q',
      'two images': 'q 595 0 0 842 0 0 cm /Im0 Do Q q 595 0 0 842 0 0 cm /Im0 Do Q',
      'half the page': 'q 297 0 0 421 0 0 cm /Im0 Do Q',
      moved: 'q 595 0 0 842 40 0 cm /Im0 Do Q',
      'rotated by the matrix': 'q 0 842 -595 0 595 0 cm /Im0 Do Q',
      'upside down': 'q 595 0 0 -842 0 842 cm /Im0 Do Q',
      'nothing drawn': 'q Q',
      'an unknown image': 'q 595 0 0 842 0 0 cm /Im9 Do Q',
      'a Q without q': 'Q q 595 0 0 842 0 0 cm /Im0 Do Q',
      'operands left over': 'q 595 0 0 842 0 0 cm /Im0 Do Q 1 2',
      'a graphics state (transparency, soft masks)': '/GS0 gs q 595 0 0 842 0 0 cm /Im0 Do Q',
    };
    for (const [what, content] of Object.entries(not)) {
      expect(scan(scanPdf({ content })), what).toBeNull();
    }
    for (const image of ['/SMask 4 0 R', '/Decode [1 0]', '/ImageMask true', '/Mask [0 0]']) {
      expect(scan(scanPdf({ image })), image).toBeNull();
    }
    const jpx = scanPdf().toString('latin1').replace('/DCTDecode', '/JPXDecode');
    expect(scan(Buffer.from(jpx, 'latin1'))).toBeNull();
    const cmyk = scanPdf().toString('latin1').replace('/DeviceGray', '/DeviceCMYK');
    expect(scan(Buffer.from(cmyk, 'latin1'))).toBeNull();
    // Not a JPEG where the stream starts.
    expect(scan(scanPdf({ jpeg: Buffer.from('not a jpeg at all') }))).toBeNull();
    // No such page.
    expect(scan(scanPdf(), 2)).toBeNull();
  });

  it('gives null, without throwing, for hostile syntax in the page dictionary', () => {
    const deep = `/Foo ${'['.repeat(500)}${']'.repeat(500)}`;
    for (const page of [deep, '/Foo (unterminated', '/Foo <<', '/Rotate 45', '/MediaBox [0 0 0 0]']) {
      expect(scan(scanPdf({ page })), page.slice(0, 20)).toBeNull();
    }
  });

  it("finds every page of the generator's scans, and on an OCR'd scan only the pages without text", async () => {
    const plain = await makeScannedPdf(3, 5);
    const tree = readPageTree(reader(plain), plain.length)!;
    for (const pageNo of [1, 2, 3]) {
      const found = scanPageImage(reader(plain), plain.length, tree, pageNo);
      expect(found, `page ${pageNo}`).not.toBeNull();
      expect(plain[found!.image.end - 1]).toBe(0xd9);
    }
    const ocr = await makeScannedPdfWithText(2, 5, new Map([[0, '询问笔录']]));
    const ocrTree = readPageTree(reader(ocr), ocr.length)!;
    expect(scanPageImage(reader(ocr), ocr.length, ocrTree, 1)).toBeNull();
    expect(scanPageImage(reader(ocr), ocr.length, ocrTree, 2)).not.toBeNull();
  });
});
