/**
 * Is this page a plain scan — one JPEG drawn over the whole page and nothing else — and where
 * are the JPEG's bytes? Such a page looks exactly like its image, which a browser decodes
 * natively (off the main thread) in a few milliseconds, while pdf.js must first walk the file's
 * whole page tree: the viewer shows the image in the page's place until pdf.js has painted it.
 *
 * Strict by design: the page's content must be only `q`/`Q`/`cm` (and colour or line-style
 * settings, which do not change an image) and a single `Do` of an
 * 8-bit DeviceGray/DeviceRGB (or ICCBased with 1 or 3 components) DCTDecode image without masks
 * or a /Decode array, drawn upright over the page's visible box; anything else — text (an OCR
 * layer), vector drawing, several images, a rotated or partial placement, other filters, an xref
 * stream — gives null and the page waits for pdf.js as before. Never throws.
 */
import zlib from 'node:zlib';
import { objectAt, type ByteExtent, type PageTree, type ReadAt } from './pdfPageTree.ts';
import { isName, isNumber, isRef, numbers, PdfLexer, parseDict, type PdfDict, type PdfValue } from './pdfSyntax.ts';

export interface ScanPage {
  /** The JPEG's bytes in the file. */
  image: ByteExtent;
  pixelWidth: number;
  pixelHeight: number;
  /** The page's visible box (CropBox within MediaBox), in points. */
  width: number;
  height: number;
  /** The page's own /Rotate: 0, 90, 180 or 270. */
  rotate: number;
}

const STREAM_HEAD_BYTES = 16 * 2 ** 10;
/** A scan's content stream is a few dozen bytes; anything long is not a plain scan. */
const MAX_CONTENT_BYTES = 64 * 2 ** 10;
const INHERITED = new Set(['Resources', 'MediaBox', 'CropBox', 'Rotate']);
/**
 * Operators that change nothing an image looks like (colours and line styles apply to painted
 * paths and text, and to image masks, which are refused): pdfkit sets a fill colour before a
 * page's image, for one. Not `gs`: a graphics state may carry transparency or a soft mask.
 */
const INERT_OPERATORS = new Set([
  'cs',
  'CS',
  'sc',
  'scn',
  'SC',
  'SCN',
  'g',
  'G',
  'rg',
  'RG',
  'k',
  'K',
  'w',
  'J',
  'j',
  'M',
  'd',
  'ri',
  'i',
]);

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export function scanPageImage(read: ReadAt, size: number, tree: PageTree, pageNo: number): ScanPage | null {
  try {
    return scanPage(read, size, tree, pageNo);
  } catch {
    return null;
  }
}

function scanPage(read: ReadAt, size: number, tree: PageTree, pageNo: number): ScanPage | null {
  const leaf = tree.pages[pageNo - 1];
  if (!leaf) return null;
  const objects = new Objects(read, size, tree.offsets);
  const page = parseDict(leaf.body);
  const ancestors = leaf.ancestors.map((body) => parseDict(body));
  const get = (key: string): PdfValue | undefined => {
    const own = page.get(key);
    if (own !== undefined || !INHERITED.has(key)) return objects.resolve(own);
    for (const node of ancestors) if (node.has(key)) return objects.resolve(node.get(key));
    return undefined;
  };

  const media = box(get('MediaBox'));
  if (!media) return null;
  const crop = box(get('CropBox'));
  const view = crop ? intersect(media, crop) : media;
  if (!view) return null;
  const rotateValue = get('Rotate') ?? 0;
  if (!isNumber(rotateValue) || rotateValue % 90 !== 0) return null;
  const rotate = ((rotateValue % 360) + 360) % 360;

  const drawn = drawnImage(objects, page.get('Contents'));
  if (!drawn) return null;
  const resources = get('Resources');
  const xobjects = resources instanceof Map ? objects.resolve(resources.get('XObject')) : undefined;
  const imageRef = xobjects instanceof Map ? xobjects.get(drawn.name) : undefined;
  if (!isRef(imageRef)) return null;
  const image = objects.stream(imageRef.ref);
  if (!image || !isJpegImage(objects, image.dict)) return null;
  const pixelWidth = image.dict.get('Width');
  const pixelHeight = image.dict.get('Height');
  if (!isNumber(pixelWidth) || !isNumber(pixelHeight) || pixelWidth < 1 || pixelHeight < 1) return null;
  if (!coversUpright(drawn.matrix, view)) return null;
  const extent = { begin: image.dataBegin, end: image.dataBegin + image.length };
  if (extent.end > size) return null;
  const soi = read(extent.begin, extent.begin + 2);
  if (soi[0] !== 0xff || soi[1] !== 0xd8) return null;
  return {
    image: extent,
    pixelWidth,
    pixelHeight,
    width: view[2] - view[0],
    height: view[3] - view[1],
    rotate,
  };
}

/** The file's indirect objects by number, read through the xref offsets. */
class Objects {
  readonly read: ReadAt;
  readonly size: number;
  readonly offsets: Map<number, number>;

  constructor(read: ReadAt, size: number, offsets: Map<number, number>) {
    this.read = read;
    this.size = size;
    this.offsets = offsets;
  }

  /** The value itself, or the object a reference points to (one level; a stream is not a value). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!isRef(value)) return value;
    const object = objectAt(this.read, this.size, this.offsets, value.ref);
    if (!object) return undefined;
    return new PdfLexer(object.body).value();
  }

  /** A stream object: its dictionary, where its data starts and how long it is. */
  stream(num: number): { dict: PdfDict; dataBegin: number; length: number } | null {
    const begin = this.offsets.get(num);
    if (begin === undefined || begin >= this.size) return null;
    const text = latin1(this.read(begin, Math.min(this.size, begin + STREAM_HEAD_BYTES)));
    const head = /^\s*(\d+)\s+\d+\s+obj\b/.exec(text);
    if (!head || Number(head[1]) !== num) return null;
    const lexer = new PdfLexer(text, head[0].length);
    const dict = lexer.value();
    if (!(dict instanceof Map)) return null;
    lexer.skip();
    // "stream" then CRLF or LF (§7.3.8.1); the data starts right after.
    const keyword = /stream(\r\n|\n)/y;
    keyword.lastIndex = lexer.pos;
    if (!keyword.exec(text)) return null;
    const length = this.resolve(dict.get('Length'));
    if (!isNumber(length) || length < 0 || !Number.isInteger(length)) return null;
    return { dict, dataBegin: begin + keyword.lastIndex, length };
  }

  bytes(begin: number, length: number): Uint8Array {
    return this.read(begin, begin + length);
  }
}

/** The one image a content stream draws, with the matrix it is drawn with; null for anything else. */
function drawnImage(objects: Objects, contents: PdfValue | undefined): { name: string; matrix: Matrix } | null {
  // One stream (a reference to it), or an array of them, itself perhaps behind a reference.
  const array = isRef(contents) && !objects.stream(contents.ref) ? objects.resolve(contents) : contents;
  const refs = Array.isArray(array) ? array : [array];
  if (refs.length === 0 || refs.length > 4) return null;
  let program = '';
  for (const ref of refs) {
    if (!isRef(ref)) return null;
    const stream = objects.stream(ref.ref);
    if (!stream || stream.length > MAX_CONTENT_BYTES) return null;
    const data = objects.bytes(stream.dataBegin, stream.length);
    const filter = objects.resolve(stream.dict.get('Filter'));
    const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
    if (filters.length > 1 || stream.dict.has('DecodeParms')) return null;
    let decoded: Uint8Array;
    if (filters.length === 0) decoded = data;
    else if (isName(filters[0], 'FlateDecode'))
      decoded = zlib.inflateSync(data, { maxOutputLength: MAX_CONTENT_BYTES });
    else return null;
    program += `${latin1(decoded)}\n`;
  }

  const lexer = new PdfLexer(program);
  const operands: PdfValue[] = [];
  const saved: Matrix[] = [];
  let ctm = IDENTITY;
  let drawn: { name: string; matrix: Matrix } | null = null;
  for (;;) {
    lexer.skip();
    if (lexer.pos >= program.length) break;
    const c = program[lexer.pos];
    if (c === '/' || c === '[' || c === '<' || c === '(' || /[\d.+-]/.test(c!)) {
      operands.push(lexer.value());
      continue;
    }
    const operator = lexer.word();
    if (operator === 'q' && operands.length === 0) saved.push(ctm);
    else if (operator === 'Q' && operands.length === 0 && saved.length > 0) ctm = saved.pop()!;
    else if (operator === 'cm' && operands.length === 6 && operands.every(isNumber)) {
      ctm = multiply(operands as Matrix, ctm);
    } else if (operator === 'Do' && operands.length === 1 && isName(operands[0]) && drawn === null) {
      drawn = { name: operands[0].name, matrix: ctm };
    } else if (!INERT_OPERATORS.has(operator)) return null;
    operands.length = 0;
  }
  return operands.length === 0 ? drawn : null;
}

function isJpegImage(objects: Objects, dict: PdfDict): boolean {
  if (!isName(objects.resolve(dict.get('Subtype')), 'Image')) return false;
  const filter = objects.resolve(dict.get('Filter'));
  const only = Array.isArray(filter) && filter.length === 1 ? filter[0] : filter;
  if (!isName(only, 'DCTDecode')) return false;
  for (const key of ['SMask', 'Mask', 'Decode', 'DecodeParms', 'SMaskInData']) if (dict.has(key)) return false;
  if (objects.resolve(dict.get('ImageMask')) === true) return false;
  if (objects.resolve(dict.get('BitsPerComponent')) !== 8) return false;
  const space = objects.resolve(dict.get('ColorSpace'));
  if (isName(space, 'DeviceGray') || isName(space, 'DeviceRGB')) return true;
  if (Array.isArray(space) && space.length === 2 && isName(space[0], 'ICCBased') && isRef(space[1])) {
    const profile = objects.stream(space[1].ref);
    const n = profile ? objects.resolve(profile.dict.get('N')) : undefined;
    return n === 1 || n === 3;
  }
  return false;
}

/** `[x0, y0, x1, y1]` with x0 < x1 and y0 < y1. */
function box(value: PdfValue | undefined): [number, number, number, number] | null {
  const n = numbers(value, 4);
  if (!n) return null;
  const b: [number, number, number, number] = [
    Math.min(n[0]!, n[2]!),
    Math.min(n[1]!, n[3]!),
    Math.max(n[0]!, n[2]!),
    Math.max(n[1]!, n[3]!),
  ];
  return b[2] - b[0] >= 1 && b[3] - b[1] >= 1 ? b : null;
}

function intersect(a: number[], b: number[]): [number, number, number, number] | null {
  return box([Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!), Math.min(a[2]!, b[2]!), Math.min(a[3]!, b[3]!)]);
}

/** m1 × m2: m1 applied first (PDF's row-vector convention, as `cm` concatenates). */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

/** The image's unit square lands upright on the visible box (within half a percent). */
function coversUpright(m: Matrix, view: [number, number, number, number]): boolean {
  const [a, b, c, d, e, f] = m;
  const w = view[2] - view[0];
  const h = view[3] - view[1];
  const tol = Math.max(w, h) * 0.005;
  return (
    Math.abs(b) <= 1e-6 * Math.abs(a) &&
    Math.abs(c) <= 1e-6 * Math.abs(d) &&
    Math.abs(a - w) <= tol &&
    Math.abs(d - h) <= tol &&
    Math.abs(e - view[0]) <= tol &&
    Math.abs(f - view[1]) <= tol
  );
}
