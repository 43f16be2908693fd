/**
 * Decoding zip entry names. Zips made by Chinese Windows (Explorer, old WinRAR, 2345好压)
 * store GBK names without the UTF-8 flag; macOS stores UTF-8 without it. Guessing wrong
 * gives mojibake that then breaks document-type inference, so the order below matters.
 */
import { crc32 } from 'node:zlib';

const FLAG_UTF8 = 0x0800;
const UNICODE_PATH_EXTRA = 0x7075;

export interface ExtraField {
  id: number;
  data: Buffer;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030');

/** Info-ZIP Unicode Path (0x7075): version 1, CRC-32 of the raw name, then the UTF-8 name. */
function unicodePathFrom(raw: Buffer, extraFields: readonly ExtraField[]): string | undefined {
  for (const field of extraFields) {
    if (field.id !== UNICODE_PATH_EXTRA || field.data.length < 6 || field.data[0] !== 1) continue;
    // A stale field (name edited by a tool that did not update it) must be ignored, per the spec.
    if (field.data.readUInt32LE(1) !== crc32(raw)) continue;
    try {
      return utf8Strict.decode(field.data.subarray(5));
    } catch {
      continue;
    }
  }
  return undefined;
}

function isAscii(raw: Buffer): boolean {
  return raw.every((b) => b < 0x80);
}

/** Returns the decoded name, NFC, with `\` turned into `/`; path safety is checked elsewhere. */
export function decodeZipEntryName(
  raw: Buffer,
  generalPurposeFlags: number,
  extraFields: readonly ExtraField[],
): string {
  let name: string;
  if (generalPurposeFlags & FLAG_UTF8) {
    name = utf8.decode(raw);
  } else {
    name = unicodePathFrom(raw, extraFields) ?? decodeUnflagged(raw);
  }
  return name.normalize('NFC').replace(/\\/g, '/');
}

function decodeUnflagged(raw: Buffer): string {
  if (isAscii(raw)) return raw.toString('latin1');
  try {
    // Valid UTF-8 of any length is very unlikely to be GBK by accident, and macOS writes UTF-8 unflagged.
    return utf8Strict.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}
