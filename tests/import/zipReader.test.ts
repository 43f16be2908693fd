import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import { DEFAULT_LIMITS } from '../../electron/import/sourceTypes.ts';
import type { BundleSource, ImportLimits } from '../../electron/import/sourceTypes.ts';
import { openZipBuffer, openZipFile } from '../../electron/import/zipReader.ts';
import { buildZip, writeZip } from '../fixtures/zipWriter.ts';
import type { ZipEntrySpec } from '../fixtures/zipWriter.ts';
import { encodeGbk } from './gbk.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pingcha-zipreader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LOC = '/cases/outer.zip';

async function open(entries: ZipEntrySpec[], limits?: ImportLimits): Promise<BundleSource> {
  return openZipBuffer(buildZip(entries), LOC, limits);
}

/** The AppError a promise rejects with; fails the test if it resolves or rejects with anything else. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

/** Asserts the code and that both the message and `file` name the offending entry. */
async function expectRefused(promise: Promise<unknown>, code: ErrorCode, entryName: string): Promise<AppError> {
  const appError = await failure(promise);
  expect(appError.code).toBe(code);
  expect(appError.file).toBe(`${LOC}!${entryName}`);
  expect(appError.message).toContain(entryName);
  return appError;
}

const pdf = Buffer.from('%PDF-1.4\n% test\n');

describe('zipReader: reading', () => {
  it('lists files with their sizes, skips directories and OS litter, and reads the bytes', async () => {
    const source = await open([
      { name: 'case.json', data: Buffer.from('{"format":"pingcha-case/1"}'), method: 'store' },
      { name: '文书', isDirectory: true },
      { name: '文书/01-立案审批表.pdf', data: pdf },
      { name: '__MACOSX/文书/._01-立案审批表.pdf', data: Buffer.from('apple') },
      { name: '文书/.DS_Store', data: Buffer.from('x') },
      { name: 'Thumbs.db', data: Buffer.from('x') },
      { name: 'desktop.ini', data: Buffer.from('x') },
    ]);
    expect(source.kind).toBe('zip');
    expect(source.location).toBe(LOC);
    expect(source.entries.map((e) => [e.path, e.size])).toEqual([
      ['case.json', 27],
      ['文书/01-立案审批表.pdf', pdf.length],
    ]);
    expect((await source.entries[1]!.read()).equals(pdf)).toBe(true);
    expect((await source.entries[0]!.read()).toString()).toBe('{"format":"pingcha-case/1"}');
    await source.close();
    await source.close(); // idempotent
  });

  it('opens a zip from a file path and reads entries concurrently', async () => {
    const path = join(dir, 'plain.zip');
    const payloads = Array.from({ length: 5 }, (_, i) => randomBytes(50_000 + i));
    await writeZip(
      path,
      payloads.map((data, i) => ({ name: `p${i}.pdf`, data })),
    );
    const source = await openZipFile(path);
    expect(source.location).toBe(path);
    const read = await Promise.all(source.entries.map((e) => e.read()));
    read.forEach((bytes, i) => expect(bytes.equals(payloads[i]!)).toBe(true));
    await source.close();
  });

  it('refuses a path that does not exist with BUNDLE_NOT_FOUND', async () => {
    const missing = join(dir, 'missing.zip');
    const err = await failure(openZipFile(missing));
    expect(err).toMatchObject({ code: 'BUNDLE_NOT_FOUND', file: missing });
  });
});

describe('zipReader: entry names', () => {
  async function namesOf(entries: ZipEntrySpec[]): Promise<string[]> {
    const source = await open(entries);
    await source.close();
    return source.entries.map((e) => e.path);
  }

  it('decodes GBK names written without the UTF-8 flag (Chinese Windows)', async () => {
    const names = ['03-询问笔录.pdf', '案卷/行政处罚决定书.pdf', '送达回证（二）.jpg'];
    const raw = names.map((n) => encodeGbk(n));
    // 询问笔录 in GBK, pinned so the helper cannot drift into UTF-8.
    expect(raw[0]!.subarray(3, 11)).toEqual(Buffer.from([0xd1, 0xaf, 0xce, 0xca, 0xb1, 0xca, 0xc2, 0xbc]));
    expect(await namesOf(raw.map((name) => ({ name, data: pdf })))).toEqual(names);
  });

  it('decodes GB18030-only characters as well', async () => {
    // U+4DB5 (䶵) has no GBK code; GB18030 gives it the four bytes 82 35 87 38.
    const raw = Buffer.concat([Buffer.from([0x82, 0x35, 0x87, 0x38]), Buffer.from('.pdf')]);
    expect(await namesOf([{ name: raw, data: pdf }])).toEqual(['\u4db5.pdf']);
  });

  it('decodes UTF-8 names without the flag (macOS) and normalises them to NFC', async () => {
    const nfd = '询问笔录-café.pdf'.normalize('NFD');
    expect(await namesOf([{ name: nfd, utf8Flag: false, data: pdf }])).toEqual(['询问笔录-café.pdf'.normalize('NFC')]);
  });

  it('honours the UTF-8 flag, and the Info-ZIP Unicode Path field only when its CRC matches', async () => {
    const gbk = encodeGbk('立案审批表.pdf');
    expect(
      await namesOf([
        { name: '行政处罚决定书.pdf', data: pdf },
        { name: Buffer.from('lian.pdf'), unicodePath: '立案审批.pdf', data: pdf },
        { name: gbk, unicodePath: '错误的.pdf', data: pdf },
      ]),
    ).toEqual(['行政处罚决定书.pdf', '立案审批.pdf', '错误的.pdf']);
  });

  it('ignores a stale Unicode Path field whose CRC does not match the raw name', async () => {
    const spec: ZipEntrySpec = { name: Buffer.from('new.pdf'), unicodePath: 'stale.pdf', data: pdf };
    const zip = buildZip([spec]);
    // Rename the entry after the field was written, as a careless tool would.
    const patched = Buffer.from(zip.toString('latin1').replaceAll('new.pdf', 'old.pdf'), 'latin1');
    const source = await openZipBuffer(patched, LOC);
    await source.close();
    expect(source.entries.map((e) => e.path)).toEqual(['old.pdf']);
  });

  it('turns backslashes into slashes and drops "." segments', async () => {
    expect(
      await namesOf([
        { name: 'docs\\01.pdf', data: pdf },
        { name: './docs/02.pdf', data: pdf },
      ]),
    ).toEqual(['docs/01.pdf', 'docs/02.pdf']);
  });
});

describe('zipReader: hostile archives are refused whole', () => {
  const escapes = ['../x.pdf', 'a/../../x.pdf', 'ok\\..\\..\\x.pdf', '/etc/x', 'C:/x.pdf', 'c:x.pdf', 'a/.. /x.pdf'];
  for (const name of escapes) {
    it(`refuses ${JSON.stringify(name)} with ZIP_PATH_ESCAPE, even after a good entry`, async () => {
      const shown = name.replace(/\\/g, '/');
      const err = await expectRefused(
        open([
          { name: 'good.pdf', data: pdf },
          { name, data: pdf },
        ]),
        'ZIP_PATH_ESCAPE',
        shown,
      );
      expect(err.field).toBe('path');
    });
  }

  it('refuses an escaping GBK name, naming it in Chinese', async () => {
    await expectRefused(
      open([{ name: encodeGbk('..\\询问笔录.pdf'), data: pdf }]),
      'ZIP_PATH_ESCAPE',
      '../询问笔录.pdf',
    );
  });

  it('refuses an escaping directory entry too', async () => {
    await expectRefused(open([{ name: '../evil', isDirectory: true }]), 'ZIP_PATH_ESCAPE', '../evil/');
  });

  it('refuses a symlink entry with ZIP_SYMLINK', async () => {
    const err = await expectRefused(
      open([
        { name: 'a.pdf', data: pdf },
        { name: 'docs/link.pdf', symlinkTarget: '/etc/passwd' },
      ]),
      'ZIP_SYMLINK',
      'docs/link.pdf',
    );
    expect(err.field).toBe('externalFileAttributes');
  });

  it('refuses an encrypted entry with ZIP_ENCRYPTED (stored or deflated)', async () => {
    await expectRefused(open([{ name: '密.pdf', data: pdf, encrypted: true }]), 'ZIP_ENCRYPTED', '密.pdf');
    await expectRefused(
      open([{ name: 'secret.pdf', data: pdf, encrypted: true, method: 'store' }]),
      'ZIP_ENCRYPTED',
      'secret.pdf',
    );
  });

  it('refuses a deflated bomb whose ratio is out of proportion with ZIP_BOMB', async () => {
    const err = await expectRefused(
      open([{ name: 'zeros.pdf', data: Buffer.alloc(30 * 1024 * 1024) }]),
      'ZIP_BOMB',
      'zeros.pdf',
    );
    expect(err.field).toBe('compressionRatio');
    expect((err.details as { ratio: number }).ratio).toBeGreaterThan(DEFAULT_LIMITS.maxRatio);
  });

  it('calls a bomb a bomb even when its size is also over the file limit', async () => {
    // 30 MiB of zeros deflates to ~30 KB: over maxFileBytes here, but the ratio is what matters.
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1024 * 1024 };
    const err = await expectRefused(
      open([{ name: 'video.bin', data: Buffer.alloc(30 * 1024 * 1024) }], limits),
      'ZIP_BOMB',
      'video.bin',
    );
    expect(err.field).toBe('compressionRatio');
  });

  it('lets a well-compressed small file through (the ratio applies above 1 MiB)', async () => {
    const source = await open([{ name: 'case.json', data: Buffer.alloc(500_000, 0x20) }]);
    expect((await source.entries[0]!.read()).length).toBe(500_000);
    await source.close();
  });

  it('refuses a deflated entry whose declared size is smaller than its compressed data, before reading', async () => {
    const err = await expectRefused(
      open([{ name: 'liar.pdf', data: randomBytes(100_000), declaredUncompressedSize: 1000 }]),
      'ZIP_BOMB',
      'liar.pdf',
    );
    expect(err.field).toBe('uncompressedSize');
  });

  it('refuses on read an entry that inflates past its declared size', async () => {
    const source = await open([{ name: 'liar.pdf', data: Buffer.alloc(1024 * 1024), declaredUncompressedSize: 4000 }]);
    expect(source.entries[0]!.size).toBe(4000);
    await expectRefused(source.entries[0]!.read(), 'ZIP_BOMB', 'liar.pdf');
    await source.close();
  });

  it('refuses a stored entry whose data is longer than declared', async () => {
    const err = await failure(
      open([{ name: 'liar.pdf', data: randomBytes(5000), method: 'store', declaredUncompressedSize: 10 }]),
    );
    // yauzl reports this while listing, before the name is known; the archive is named.
    expect(err).toMatchObject({ code: 'ZIP_BOMB', file: LOC });
    expect(err.message).toContain(LOC);
  });

  it('refuses more entries than limits.maxEntries with ZIP_BOMB (default 10 000)', async () => {
    const entries = Array.from({ length: DEFAULT_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `f${i}.txt`,
      method: 'store' as const,
    }));
    const err = await failure(open(entries));
    expect(err).toMatchObject({ code: 'ZIP_BOMB', file: LOC, field: 'entryCount' });
    expect(err.message).toContain(LOC);
    const small = await open(entries.slice(0, 5), { ...DEFAULT_LIMITS, maxEntries: 5 });
    expect(small.entries).toHaveLength(5);
    await small.close();
  });

  it('refuses an archive whose total declared size exceeds limits.maxTotalBytes', async () => {
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 10_000 };
    const entries = ['a.pdf', 'b.pdf', 'c.pdf'].map((name) => ({ name, data: randomBytes(4000) }));
    const err = await expectRefused(open(entries, limits), 'ZIP_BOMB', 'c.pdf');
    expect(err.field).toBe('totalUncompressedSize');
  });

  it('refuses a file over limits.maxFileBytes with FILE_TOO_LARGE', async () => {
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1000 };
    const err = await expectRefused(
      open(
        [
          { name: 'ok.pdf', data: randomBytes(1000) },
          { name: '大文件.pdf', data: randomBytes(1001) },
        ],
        limits,
      ),
      'FILE_TOO_LARGE',
      '大文件.pdf',
    );
    expect(err.details).toMatchObject({ size: 1001, maxFileBytes: 1000 });
  });

  it('refuses two entries with the same name with ZIP_INVALID', async () => {
    await expectRefused(
      open([
        { name: 'a.pdf', data: pdf },
        { name: 'a.pdf', data: Buffer.from('other') },
      ]),
      'ZIP_INVALID',
      'a.pdf',
    );
  });

  it('refuses an unsupported compression method with ZIP_INVALID', async () => {
    const zip = buildZip([{ name: 'lzma.pdf', data: pdf }]);
    // Patch method 8 → 14 (LZMA) in the local and the central header.
    zip.writeUInt16LE(14, 8);
    zip.writeUInt16LE(14, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    const err = await expectRefused(openZipBuffer(zip, LOC), 'ZIP_INVALID', 'lzma.pdf');
    expect(err.field).toBe('compressionMethod');
  });
});

describe('zipReader: damaged archives', () => {
  it('refuses bytes that are not a zip with ZIP_INVALID naming the archive', async () => {
    const path = join(dir, 'not-a.zip');
    await writeFile(path, randomBytes(4096));
    const err = await failure(openZipFile(path));
    expect(err).toMatchObject({ code: 'ZIP_INVALID', file: path });
    expect(err.message).toContain(path);
  });

  it('refuses a truncated zip with ZIP_INVALID', async () => {
    const zip = buildZip([{ name: 'a.pdf', data: randomBytes(2000) }]);
    const err = await failure(openZipBuffer(zip.subarray(0, zip.length - 30), LOC));
    expect(err).toMatchObject({ code: 'ZIP_INVALID', file: LOC });
  });

  it('refuses a central directory that points past the data with ZIP_INVALID', async () => {
    const zip = buildZip([{ name: 'a.pdf', data: randomBytes(2000) }]);
    zip.writeUInt32LE(0xfffff, zip.length - 6); // central directory offset
    const err = await failure(openZipBuffer(zip, LOC));
    expect(err).toMatchObject({ code: 'ZIP_INVALID', file: LOC });
  });

  it('refuses on read an entry whose data is corrupted (checksum) with ZIP_INVALID', async () => {
    const data = Buffer.from('%PDF-1.4 stored data that will be damaged');
    const zip = buildZip([{ name: 'stored.pdf', data, method: 'store' }]);
    const at = zip.indexOf(data);
    zip.writeUInt8(zip.readUInt8(at + 5) ^ 0xff, at + 5);
    const source = await openZipBuffer(zip, LOC);
    const err = await expectRefused(source.entries[0]!.read(), 'ZIP_INVALID', 'stored.pdf');
    expect(err.field).toBe('crc32');
    await source.close();
  });

  it('refuses on read an entry whose deflate stream is garbage with ZIP_INVALID', async () => {
    const zip = buildZip([{ name: 'bad.pdf', data: randomBytes(5000) }]);
    const start = 30 + 'bad.pdf'.length;
    zip.fill(0xff, start, start + 200);
    const source = await openZipBuffer(zip, LOC);
    await expectRefused(source.entries[0]!.read(), 'ZIP_INVALID', 'bad.pdf');
    await source.close();
  });
});
