/**
 * documents:page-tree — where a stored PDF's page-tree objects lie, for the viewer's first read:
 * found through the file's xref, the same answer again from the cache, nothing for a file that
 * is not a plain-xref PDF, and a missing document refused by its id.
 */
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(await api.ok('documents:page-tree', { documentId })).toEqual({ extents });
  });

  it('gives none for bytes that are not a plain-xref PDF, and refuses an unknown document by its id', async () => {
    const documentId = await storedDocument(Buffer.from('not a pdf at all'), 2);
    expect(await api.ok('documents:page-tree', { documentId })).toEqual({ extents: [] });
    const missing = await api.call('documents:page-tree', { documentId: 99_999 });
    expect(missing.ok).toBe(false);
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
