import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/db.ts';
import { migrate } from '../../electron/store/migrate.ts';
import { searchPages } from '../../electron/store/queries/search.ts';
import { indexTokens } from '../../shared/search/segment.ts';

async function seeded(pages: string[]) {
  const db = openDatabase(':memory:');
  await migrate(db);
  db.exec(`INSERT INTO bundles (content_hash, location, shape, imported_at) VALUES ('h', 'l', 'structured', 't');
    INSERT INTO cases (case_number, bundle_id, case_type, data_json, provenance_json, created_at) VALUES ('津滨大沽执罚〔2025〕1号', 1, 'penalty', '{}', '{}', 't');
    INSERT INTO blobs (sha256, size, mime, created_at) VALUES ('s', 1, 'application/pdf', 't');
    INSERT INTO documents (case_id, seq, type, type_source, title, file_name, bundle_path, sha256, kind, mime) VALUES (1, 1, 'decision', 'declared', '行政处罚决定书', 'a.pdf', 'a.pdf', 's', 'pdf', 'application/pdf');`);
  pages.forEach((text, i) => {
    const id = Number(
      db.prepare('INSERT INTO pages (document_id, page_no, text) VALUES (1, ?, ?)').run(i + 1, text).lastInsertRowid,
    );
    db.prepare('INSERT INTO pages_fts (rowid, tokens) VALUES (?, ?)').run(id, indexTokens(text));
  });
  return db;
}

describe('full-text search', () => {
  const pages = [
    '当事人张某某擅自占用道路从事摆卖经营活动，违反了《天津市市容和环境卫生管理条例》第二十八条。',
    '决定对当事人处以罚款人民币500元整。津滨大沽执罚〔2025〕27号',
    '送达回证：受送达人签名。',
  ];

  it('finds two-character Chinese words (which FTS5 trigram cannot)', async () => {
    const db = await seeded(pages);
    expect(searchPages(db, '罚款').hits.map((h) => h.pageNo)).toEqual([2]);
    expect(searchPages(db, '道路').hits.map((h) => h.pageNo)).toEqual([1]);
    expect(searchPages(db, '送达').hits.map((h) => h.pageNo)).toEqual([3]);
  });

  it('finds single characters, longer phrases and mixed digits', async () => {
    const db = await seeded(pages);
    expect(searchPages(db, '某').hits.map((h) => h.pageNo)).toEqual([1]);
    expect(searchPages(db, '占用道路从事').hits.map((h) => h.pageNo)).toEqual([1]);
    expect(searchPages(db, '27号').hits.map((h) => h.pageNo)).toEqual([2]);
    expect(searchPages(db, '500元').hits.map((h) => h.pageNo)).toEqual([2]);
    expect(searchPages(db, '第二十八条').count).toBe(1);
  });

  it('requires every term and is exact (no false positives from bigram overlap)', async () => {
    const db = await seeded(pages);
    expect(searchPages(db, '当事人 罚款').hits.map((h) => h.pageNo)).toEqual([2]);
    // 占用 and 道路 both occur on page 1, but 用道占 does not.
    expect(searchPages(db, '用道占').count).toBe(0);
    expect(searchPages(db, '处罚决定').count).toBe(0);
  });

  it('returns a snippet around the hit, with case and document', async () => {
    const db = await seeded(pages);
    const [hit] = searchPages(db, '摆卖').hits;
    expect(hit).toMatchObject({ caseNumber: '津滨大沽执罚〔2025〕1号', documentTitle: '行政处罚决定书', pageNo: 1 });
    expect(hit!.snippet.hit).toBe('摆卖');
    expect(hit!.snippet.before).toContain('占用道路从事');
  });

  it('treats punctuation-only queries as no query', async () => {
    const db = await seeded(pages);
    expect(searchPages(db, '，。').count).toBe(0);
  });
});
