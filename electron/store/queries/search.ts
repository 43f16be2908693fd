/**
 * Full-text search over page text. The FTS5 index (app-made bigram tokens, see
 * shared/search/segment.ts) narrows the candidates; a substring test on the stored text
 * confirms each hit, so results are exact and two-character Chinese queries work.
 */
import type { SearchHit, SearchResult } from '../../../shared/api/types.ts';
import { buildMatchExpression, queryTerms, snippetAround } from '../../../shared/search/segment.ts';
import { stmt, type Db } from '../db.ts';

const COUNT_LIMIT = 1000;

/** Builds `instr(p.text, ?) > 0 AND …` for up to 8 terms; the shape depends only on the count. */
function termFilter(count: number): string {
  return Array.from({ length: count }, () => 'instr(p.text, ?) > 0').join(' AND ');
}

export function searchPages(db: Db, query: string, limit = 100): SearchResult {
  const terms = queryTerms(query).slice(0, 8);
  const match = buildMatchExpression(terms.join(' '));
  if (!match || terms.length === 0) return { query, count: 0, more: false, hits: [] };
  const filter = termFilter(terms.length);
  const from = `FROM pages_fts f
      JOIN pages p ON p.id = f.rowid
      JOIN documents d ON d.id = p.document_id
      JOIN cases c ON c.id = d.case_id
     WHERE pages_fts MATCH ? AND ${filter} AND c.is_current = 1`;
  const rows = stmt(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, d.id AS documentId, d.title AS documentTitle,
            d.type AS documentType, p.page_no AS pageNo, p.text AS text
       ${from} ORDER BY f.rowid LIMIT ?`,
  ).all(match, ...terms, limit) as (Omit<SearchHit, 'snippet'> & { text: string })[];
  const counted = (
    stmt(db, `SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_LIMIT + 1})`).get(match, ...terms) as {
      n: number;
    }
  ).n;
  return {
    query,
    count: Math.min(counted, COUNT_LIMIT),
    more: counted > COUNT_LIMIT,
    hits: rows.map(({ text, ...hit }) => ({ ...hit, snippet: snippetAround(text, terms[0]!) })),
  };
}
