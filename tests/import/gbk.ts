/**
 * GBK encoding for tests. Node has a GBK decoder but no encoder, so the table is built by
 * decoding every two-byte GBK code once.
 */
let table: Map<string, Buffer> | undefined;

function gbkTable(): Map<string, Buffer> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const bytes = Buffer.from([lead, trail]);
      try {
        const ch = decoder.decode(bytes);
        if (!table.has(ch)) table.set(ch, bytes);
      } catch {
        // unassigned code
      }
    }
  }
  return table;
}

export function encodeGbk(text: string): Buffer {
  const codes = gbkTable();
  const parts: Buffer[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      parts.push(Buffer.from(ch, 'latin1'));
      continue;
    }
    const bytes = codes.get(ch);
    if (!bytes) throw new Error(`no GBK code for ${ch}`);
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}
