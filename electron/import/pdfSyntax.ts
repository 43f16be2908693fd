/**
 * Just enough of PDF's object syntax (ISO 32000-1 §7.3) to read a dictionary's values: numbers,
 * names, indirect references, arrays, dictionaries, booleans and null; strings are skipped over
 * (kept as their raw text). Used by the best-effort readers of a file's structure
 * (pdfPageTree.ts, pdfScanPage.ts), never to interpret page content. Throws SyntaxError on
 * anything it does not understand; callers treat that as "not readable this way".
 */

export type PdfValue =
  number | boolean | null | { name: string } | { ref: number; gen: number } | { string: string } | PdfValue[] | PdfDict;

export type PdfDict = Map<string, PdfValue>;

const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);

/** Nesting deeper than this is refused (hostile files nest without end). */
const MAX_DEPTH = 64;

export class PdfLexer {
  readonly text: string;
  pos: number;

  constructor(text: string, pos = 0) {
    this.text = text;
    this.pos = pos;
  }

  /** Skips whitespace and comments. */
  skip(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === '%') {
        while (this.pos < text.length && text[this.pos] !== '\n' && text[this.pos] !== '\r') this.pos++;
      } else break;
    }
  }

  /** A run of regular characters (a number, a keyword, an operator), or '' at a delimiter. */
  word(): string {
    this.skip();
    const start = this.pos;
    const { text } = this;
    while (this.pos < text.length && !WHITESPACE.has(text[this.pos]!) && !DELIMITERS.has(text[this.pos]!)) {
      this.pos++;
    }
    return text.slice(start, this.pos);
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new SyntaxError('nested too deeply');
    this.skip();
    const { text } = this;
    const c = text[this.pos];
    if (c === undefined) throw new SyntaxError('unexpected end');
    if (c === '/') {
      this.pos++;
      const name = this.word();
      return { name: name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) };
    }
    if (c === '<' && text[this.pos + 1] === '<') {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skip();
        if (text.startsWith('>>', this.pos)) {
          this.pos += 2;
          return dict;
        }
        const key = this.value(depth + 1);
        if (!isName(key)) throw new SyntaxError(`dictionary key at ${this.pos} is not a name`);
        dict.set(key.name, this.value(depth + 1));
      }
    }
    if (c === '<') {
      const end = text.indexOf('>', this.pos);
      if (end < 0) throw new SyntaxError('unterminated hex string');
      const raw = text.slice(this.pos, end + 1);
      this.pos = end + 1;
      return { string: raw };
    }
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (text[this.pos] === ']') {
          this.pos++;
          return items;
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === '(') return { string: this.literalString() };
    const word = this.word();
    if (word === '') throw new SyntaxError(`unexpected '${c}' at ${this.pos}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new SyntaxError(`unexpected '${word}'`);
    const n = Number(word);
    if (/^\d+$/.test(word)) {
      // "12 0 R": a reference; look ahead without consuming anything else.
      const back = this.pos;
      const gen = this.word();
      if (/^\d+$/.test(gen) && this.word() === 'R') return { ref: n, gen: Number(gen) };
      this.pos = back;
    }
    return n;
  }

  literalString(): string {
    const { text } = this;
    const start = this.pos;
    let depth = 0;
    for (; this.pos < text.length; this.pos++) {
      const c = text[this.pos];
      if (c === '\\') this.pos++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.pos++;
        return text.slice(start, this.pos);
      }
    }
    throw new SyntaxError('unterminated string');
  }
}

/** Parses the dictionary at the start of `text` (after whitespace). */
export function parseDict(text: string): PdfDict {
  const value = new PdfLexer(text).value();
  if (!(value instanceof Map)) throw new SyntaxError('not a dictionary');
  return value;
}

export function isName(value: PdfValue | undefined, name?: string): value is { name: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    'name' in value &&
    (name === undefined || value.name === name)
  );
}

export function isRef(value: PdfValue | undefined): value is { ref: number; gen: number } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'ref' in value;
}

export function isNumber(value: PdfValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function numbers(value: PdfValue | undefined, count: number): number[] | null {
  if (!Array.isArray(value) || value.length !== count || !value.every(isNumber)) return null;
  return value as number[];
}
