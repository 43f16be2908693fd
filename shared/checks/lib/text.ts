/**
 * Looking for a phrase in page texts. Text from PDFs and OCR often has spaces or line breaks
 * between Chinese characters, so whitespace is removed before matching. An occurrence right
 * after a negation (未出示, 不享有听证…) does not count, nor one without a required neighbour
 * word (出示 must be about a 证件, not the party's 营业执照). A page without text could hold the
 * phrase, so a search that misses on a document with such pages is inconclusive, not negative.
 */
import type { CheckDocument } from '../types.ts';

export interface TermHit {
  doc: CheckDocument;
  pageNo: number;
  quote: string;
}

export interface DocSearch {
  hit: TermHit | null;
  /** Pages with no text at all (scans without OCR). */
  textlessPages: number[];
  /** True when at least one page has text. */
  hasText: boolean;
}

const QUOTE_MARGIN = 14;

export function compactText(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface SearchOptions {
  /** Words that, right before the term, turn it into its opposite (未出示). */
  negations?: readonly string[];
  /** Another word that must stand close to the term (出示 … 证件), within the given characters. */
  near?: { text: string; before: number; after: number };
}

function accepted(compact: string, i: number, term: string, opts: SearchOptions): boolean {
  const before = compact.slice(0, i);
  if ((opts.negations ?? []).some((n) => before.endsWith(n))) return false;
  const near = opts.near;
  if (!near) return true;
  const window = compact.slice(Math.max(0, i - near.before), i + term.length + near.after);
  return window.includes(near.text);
}

function findInText(text: string, term: string, opts: SearchOptions): string | null {
  const compact = compactText(text);
  for (let i = compact.indexOf(term); i >= 0; i = compact.indexOf(term, i + 1)) {
    if (!accepted(compact, i, term, opts)) continue;
    return compact.slice(Math.max(0, i - QUOTE_MARGIN), i + term.length + QUOTE_MARGIN);
  }
  return null;
}

export function searchDocument(doc: CheckDocument, term: string, opts: SearchOptions = {}): DocSearch {
  const textlessPages: number[] = [];
  let hit: TermHit | null = null;
  for (const page of doc.pages) {
    if (compactText(page.text) === '') {
      textlessPages.push(page.pageNo);
      continue;
    }
    const quote: string | null = hit ? null : findInText(page.text, term, opts);
    if (quote !== null) hit = { doc, pageNo: page.pageNo, quote };
  }
  return { hit, textlessPages, hasText: textlessPages.length < doc.pages.length };
}

/** Whether the search can still be decided: found, or looked at every page's text. */
export function isConclusive(search: DocSearch, doc: CheckDocument): boolean {
  return search.hit !== null || (doc.pages.length > 0 && search.textlessPages.length === 0);
}
