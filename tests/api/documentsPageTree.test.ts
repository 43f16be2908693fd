/**
 * documents:page-tree — where a stored PDF's page-tree objects lie, for the viewer's first read:
 * found through the file's xref, the same answer again from the cache, nothing for a file that
 * is not a plain-xref PDF, and a missing document refused by its id. With a page number: that
 * page's JPEG when the page is a plain scan (the viewer shows it before pdf.js has painted).
 * By case: the same for the case's first document in the 卷内目录 order, which is what the
 * viewer opens a case at (asked for on the press, before the case has been read).
 */
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeScannedPdf } from '../fixtures/generator/scanned.ts';
import { addCase, cleanCase, testApi, type TestApi } from './helpers.ts';

let api: TestApi;
afterEach(() => api.close());
beforeEach(async () => {
  api = await testApi();
});

function pdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < pages; i++) doc.addPage({ size: 'A4' }).text(`page ${i + 1}`);
  doc.end();
  return done;
}

async function storedDocument(bytes: Buffer, caseNo: number): Promise<number> {
  const sha256 = api.ws.files.put(bytes);
  const spec = cleanCase(`津滨大沽执罚〔2025〕${caseNo}号`);
  spec.docs[0] = { ...spec.docs[0]!, blob: { sha256, size: bytes.length } };
  const caseId = addCase(api.ws, spec);
  return (await api.ok('cases:get', { caseId })).documents[0]!.id;
}

describe('documents:page-tree', () => {
  it('gives the extents of the /Pages node and each /Page dictionary of a stored PDF', async () => {
    const bytes = await pdf(12);
    const documentId = await storedDocument(bytes, 1);
    const { extents } = await api.ok('documents:page-tree', { documentId });
    expect(extents).toHaveLength(13);
    const pages = extents.filter((e) => /\/Type \/Page\b(?!s)/.test(bytes.subarray(e.begin, e.end).toString('latin1')));
    expect(pages).toHaveLength(12);
    expect(await api.ok('documents:page-tree', { documentId })).toEqual({ documentId, extents, scan: null });
    // Text pages are not scans, whichever page is asked for.
    expect((await api.ok('documents:page-tree', { documentId, pageNo: 3 })).scan).toBeNull();
  });

  it("gives a scanned page's JPEG: where its bytes lie, its pixels, the page box and rotation", async () => {
    const bytes = await makeScannedPdf(3, 7);
    const documentId = await storedDocument(bytes, 3);
    const { extents, scan } = await api.ok('documents:page-tree', { documentId, pageNo: 2 });
    expect(extents).toHaveLength(4);
    expect(scan).toMatchObject({ pageNo: 2, pixelWidth: 1240, pixelHeight: 1754, rotate: 0 });
    expect(scan!.width).toBeCloseTo(595.28, 1);
    expect(scan!.height).toBeCloseTo(841.89, 1);
    const jpeg = bytes.subarray(scan!.image.begin, scan!.image.end);
    expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]); // SOI
    expect([...jpeg.subarray(jpeg.length - 2)]).toEqual([0xff, 0xd9]); // EOI: the whole stream
    const first = await api.ok('documents:page-tree', { documentId, pageNo: 1 });
    expect(first.scan!.image.end).toBeLessThan(scan!.image.begin);
    expect((await api.ok('documents:page-tree', { documentId, pageNo: 4 })).scan).toBeNull();
    const zero = await api.call('documents:page-tree', { documentId, pageNo: 0 });
    expect(zero.ok ? null : zero.error).toMatchObject({ code: 'VALIDATION' });
  });

  it("documents:page-image gives a scanned page's JPEG bytes, and none for a page that is not a scan", async () => {
    const scanned = await makeScannedPdf(2, 9);
    const scanId = await storedDocument(scanned, 4);
    const { scan } = await api.ok('documents:page-tree', { documentId: scanId, pageNo: 2 });
    const jpeg = await api.ok('documents:page-image', { documentId: scanId, pageNo: 2 });
    expect(Buffer.from(jpeg).equals(scanned.subarray(scan!.image.begin, scan!.image.end))).toBe(true);
    expect((await api.ok('documents:page-image', { documentId: scanId, pageNo: 3 })).byteLength).toBe(0);
    const textId = await storedDocument(await pdf(2), 5);
    expect((await api.ok('documents:page-image', { documentId: textId, pageNo: 1 })).byteLength).toBe(0);
    const notPdf = await storedDocument(Buffer.from('not a pdf at all'), 6);
    expect((await api.ok('documents:page-image', { documentId: notPdf, pageNo: 1 })).byteLength).toBe(0);
    const missing = await api.call('documents:page-image', { documentId: 99_999, pageNo: 1 });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND' });
    const noPage = await api.call('documents:page-image', { documentId: scanId });
    expect(noPage.ok ? null : noPage.error).toMatchObject({ code: 'VALIDATION' });
  });

  it('gives none for bytes that are not a plain-xref PDF, and refuses an unknown document by its id', async () => {
    const documentId = await storedDocument(Buffer.from('not a pdf at all'), 2);
    expect(await api.ok('documents:page-tree', { documentId, pageNo: 1 })).toEqual({
      documentId,
      extents: [],
      scan: null,
    });
    const missing = await api.call('documents:page-tree', { documentId: 99_999 });
    expect(missing.ok).toBe(false);
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("by case: the case's first document in the 卷内目录 order, not its first file", async () => {
    const scanned = await makeScannedPdf(2, 11);
    const sha256 = api.ws.files.put(scanned);
    const spec = cleanCase('津滨大沽执罚〔2025〕7号');
    // Listed fourth in the bundle, but a 立案审批表 comes before the records in the 卷内目录.
    const at = spec.docs.findIndex((d) => d.type === 'filing_approval');
    const [filing] = spec.docs.splice(at, 1);
    spec.docs.splice(3, 0, { ...filing!, blob: { sha256, size: scanned.length } });
    const caseId = addCase(api.ws, spec);
    const lead = (await api.ok('cases:get', { caseId })).documents.find((d) => d.type === 'filing_approval')!;
    expect(lead.seq).toBe(4);

    const byCase = await api.ok('documents:page-tree', { caseId, pageNo: 2 });
    expect(byCase).toEqual(await api.ok('documents:page-tree', { documentId: lead.id, pageNo: 2 }));
    expect(byCase.documentId).toBe(lead.id);
    const jpeg = await api.ok('documents:page-image', { caseId, pageNo: 2 });
    expect(Buffer.from(jpeg).equals(scanned.subarray(byCase.scan!.image.begin, byCase.scan!.image.end))).toBe(true);
  });

  it('by case: an unknown case, or both ids, or neither, refused with the field named', async () => {
    const unknown = await api.call('documents:page-image', { caseId: 99_999, pageNo: 1 });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'caseId' });
    const documentId = await storedDocument(await makeScannedPdf(1, 3), 9);
    const caseId = addCase(api.ws, cleanCase('津滨大沽执罚〔2025〕8号'));
    for (const input of [{ documentId, caseId, pageNo: 1 }, { pageNo: 1 }]) {
      for (const op of ['documents:page-tree', 'documents:page-image'] as const) {
        const refused = await api.call(op, input);
        expect(refused.ok ? null : refused.error).toMatchObject({ code: 'VALIDATION', field: 'documentId' });
      }
    }
  });
});
