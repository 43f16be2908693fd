/**
 * CSV as Chinese offices save it: Excel writes GBK ("CSV (逗号分隔)") or UTF-8 with a BOM
 * ("CSV UTF-8"), WPS sometimes UTF-8 without one, and "Unicode 文本" is tab-separated UTF-16.
 */

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeCsvBytes(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8Strict.decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return utf8Strict.decode(bytes);
  } catch {
    // Not valid UTF-8: what Chinese Excel writes by default.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export interface CsvRow {
  /** 1-based line on which the row starts, for error messages. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** The commonest separator over the first lines; a title row above the headers may have none. */
function pickDelimiter(text: string): string {
  const sample = text.split(/\r?\n/, 20).join('\n');
  const count = (ch: string) => sample.split(ch).length - 1;
  const [best] = [',', '\t', ';'].map((ch) => ({ ch, n: count(ch) })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.ch : ',';
}

/** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string): CsvRow[] {
  const delimiter = pickDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let fieldStarted = false;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      line++;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError('unterminated quoted field', quoteLine);
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}
