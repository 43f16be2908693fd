/**
 * The page-tree extents the viewer hands pdf.js with its first read: every /Pages node and
 * /Page dictionary of a classic-xref PDF, exactly as pdf.js finds the pages; nothing (never an
 * error) for a file it cannot read that way.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pageTreeExtents, type ReadAt } from '../../electron/import/pdfPageTree.ts';

function pdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < pages; i++) {
    doc.addPage({ size: 'A4' });
    doc.rect(50, 50, 100 + i, 100).fill('#888'); // some bytes between the page objects
  }
  doc.end();
  return done;
}

const reader =
  (bytes: Uint8Array): ReadAt =>
  (begin, end) =>
    bytes.subarray(begin, Math.min(end, bytes.length));

const text = (bytes: Uint8Array, e: { begin: number; end: number }) =>
  Buffer.from(bytes.subarray(e.begin, e.end)).toString('latin1');

describe('pageTreeExtents', () => {
  it('finds the /Pages node and every /Page dictionary, whole objects in file order', async () => {
    const bytes = await pdf(30);
    const extents = pageTreeExtents(reader(bytes), bytes.length);
    expect(extents).toHaveLength(31);
    const bodies = extents.map((e) => text(bytes, e));
    expect(bodies.filter((b) => /\/Type\s*\/Pages\b/.test(b))).toHaveLength(1);
    expect(bodies.filter((b) => /\/Type\s*\/Page\b(?!s)/.test(b))).toHaveLength(30);
    for (const b of bodies) expect(b).toMatch(/^\d+ 0 obj[\s\S]*endobj$/);
    expect(extents.map((e) => e.begin)).toEqual([...extents.map((e) => e.begin)].sort((a, b) => a - b));
  });

  it('gives nothing, without throwing, for damaged or unusual files', async () => {
    const bytes = await pdf(3);
    const cut = bytes.subarray(0, bytes.length - 40); // no startxref
    expect(pageTreeExtents(reader(cut), cut.length)).toEqual([]);
    const shifted = Buffer.concat([Buffer.from('%junk\n'), bytes]); // every offset off by 6
    expect(pageTreeExtents(reader(shifted), shifted.length)).toEqual([]);
    expect(pageTreeExtents(reader(new Uint8Array(0)), 0)).toEqual([]);
    const corpus = path.join(import.meta.dirname, '..', 'fixtures', 'corpus', 'pdfjs');
    for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith('.pdf'))) {
      const file = fs.readFileSync(path.join(corpus, name));
      const found = pageTreeExtents(reader(file), file.length);
      for (const e of found) expect(e.end).toBeLessThanOrEqual(file.length);
    }
  });
});
