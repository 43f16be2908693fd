/**
 * Full-text tokens for Chinese page text.
 *
 * SQLite's FTS5 trigram tokenizer finds nothing for 1- and 2-character queries, and most
 * Chinese search words (当事人's 姓名, 罚款, 送达) are two characters. So the app segments text
 * itself: every run of Han characters becomes its overlapping bigrams followed by its last
 * character alone ("占用道路" → 占用 用道 道路 路); other letters and digits become lower-case
 * words. FTS5 (unicode61 tokenizer, contentless) then indexes these space-separated tokens.
 *
 * A query term becomes a phrase over the same tokens: a Han run inside the term gives its
 * bigrams (plus its last character when the term goes on after it, because the document's run
 * ends there too); a final single Han character becomes a prefix token (路*), which matches
 * both "路X" bigrams and the run-final "路". The phrase only narrows the candidates: callers
 * confirm each hit with a plain substring test, so results are exact.
 */

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

interface Run {
  text: string;
  han: boolean;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    if (match[1]) runs.push({ text: match[1], han: true });
    else if (match[2]) runs.push({ text: match[2].toLowerCase(), han: false });
  }
  return runs;
}

function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  tokens.push(chars[chars.length - 1]!);
  return tokens;
}

/** The space-separated token string stored in the FTS index for one page. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const run of runsOf(text)) {
    if (run.han) out.push(...hanTokens(run.text));
    else out.push(run.text);
  }
  return out.join(' ');
}

/** Removes white space that PDF text extraction puts between Chinese characters. */
export function normalizePageText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(
      /(?<=\p{Script=Han}|[，。、；：？！“”‘’（）《》〔〕【】])[ \t\u3000]+(?=\p{Script=Han}|[，。、；：？！“”‘’（）《》〔〕【】])/gu,
      '',
    )
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits a user's query into terms (white space separates terms; all must occur). */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for a query, or null when no term has a searchable character
 * (punctuation only). Terms are ANDed.
 */
export function buildMatchExpression(query: string): string | null {
  const parts: string[] = [];
  for (const term of queryTerms(query)) {
    const runs = runsOf(term);
    if (runs.length === 0) continue;
    const tokens: string[] = [];
    let prefixLast = false;
    runs.forEach((run, index) => {
      const last = index === runs.length - 1;
      if (!run.han) {
        tokens.push(run.text);
        return;
      }
      const chars = Array.from(run.text);
      if (chars.length === 1) {
        tokens.push(chars[0]!);
        prefixLast = last;
        return;
      }
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
      if (!last) tokens.push(chars[chars.length - 1]!);
    });
    const phrase = tokens.map(quote).join(' + ');
    parts.push(prefixLast ? `${phrase} *` : phrase);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** A short excerpt around the first occurrence of `term`, for result lists. */
export function snippetAround(text: string, term: string, radius = 24): { before: string; hit: string; after: string } {
  const at = text.indexOf(term);
  if (at < 0) return { before: text.slice(0, radius * 2), hit: '', after: '' };
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + term.length + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at).replace(/\n/g, ' '),
    hit: term,
    after: text.slice(at + term.length, end).replace(/\n/g, ' ') + (end < text.length ? '…' : ''),
  };
}
