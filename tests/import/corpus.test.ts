/**
 * Real broken and password-protected PDFs from pdf.js's own test suite (Apache-2.0; a copy of
 * the team's shared/corpus/pdfjs is kept in tests/fixtures/corpus/pdfjs so a fresh clone runs
 * them): each must import or be refused with its own code — never crash the run, never disturb
 * what is stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/import/importer.ts';
import { extractPdfText } from '../../electron/import/pdfText.ts';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { tempDir, writeStructured } from './support/miniBundles.ts';

const corpus = path.resolve(import.meta.dirname, '..', 'fixtures', 'corpus', 'pdfjs');

interface Entry {
  name: string;
  category: 'corrupt' | 'encrypted';
  password: string | null;
}

describe('pdf.js corpus of broken and encrypted PDFs', () => {
  const files = (JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { files: Entry[] }).files;

  it.each(files.map((f) => [f.name, f] as const))(
    '%s imports or is refused with its own code',
    async (_name, entry) => {
      const bytes = fs.readFileSync(path.join(corpus, entry.name));
      let outcome: string;
      try {
        const result = await extractPdfText(bytes, entry.name);
        expect(result.pageCount).toBeGreaterThan(0);
        expect(result.pages).toHaveLength(result.pageCount);
        outcome = 'imported';
      } catch (err) {
        outcome = (err as { code?: string }).code ?? 'crash';
      }
      if (entry.category === 'encrypted' && entry.password) expect(outcome).toBe('PDF_ENCRYPTED');
      else expect(['imported', 'PDF_CORRUPT', 'PDF_ENCRYPTED']).toContain(outcome);
    },
  );

  it('a whole batch of them never disturbs the cases already stored', async () => {
    const ws = await openWorkspace(path.join(tempDir('pingcha-ws-'), 'ws'));
    const good = await writeStructured(path.join(tempDir(), 'good'), { caseNumber: '津滨大沽执罚〔2025〕90号' });
    await importPaths(ws, [good]);
    const batch = tempDir('pingcha-corpus-');
    for (const f of files) {
      const dir = path.join(batch, f.name.replace(/\.pdf$/, ''));
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(corpus, f.name), path.join(dir, f.name));
    }
    const summary = await importPaths(ws, [batch]);
    expect(summary.imported.length + summary.failures.length).toBe(files.length);
    for (const failure of summary.failures) expect(['PDF_CORRUPT', 'PDF_ENCRYPTED']).toContain(failure.error.code);
    const kept = ws.db.prepare('SELECT count(*) AS n FROM cases WHERE case_number = ?').get('津滨大沽执罚〔2025〕90号');
    expect(kept).toEqual({ n: 1 });
    ws.close();
  });
});
