import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer, text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { buildZip, crc32, writeZip } from '../fixtures/zipWriter.ts';

async function readAll(zip: Buffer): Promise<{ zipfile: ZipFile; entries: Entry[] }> {
  const zipfile = await yauzl.fromBufferPromise(zip, {
    decodeStrings: false,
    validateEntrySizes: false,
    autoClose: false,
    lazyEntries: true,
  });
  const entries: Entry[] = [];
  for await (const entry of zipfile.eachEntry()) entries.push(entry);
  return { zipfile, entries };
}

describe('zipWriter', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pingcha-zipwriter-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes stored and deflated entries that yauzl reads back with default validation', async () => {
    const path = join(dir, 'normal.zip');
    await writeZip(path, [
      { name: 'case.json', data: Buffer.from('{"a":1}'), method: 'store' },
      { name: '文书/03-询问笔录.pdf', data: Buffer.from('%PDF-1.4 '.repeat(100)) },
      { name: '文书', isDirectory: true },
    ]);
    const zipfile = await yauzl.openPromise(path, { autoClose: false, lazyEntries: true });
    const seen: Record<string, string> = {};
    const flags: Record<string, number> = {};
    for await (const entry of zipfile.eachEntry()) {
      flags[entry.fileName] = entry.generalPurposeBitFlag;
      seen[entry.fileName] = entry.fileName.endsWith('/') ? '' : await text(await zipfile.openReadStreamPromise(entry));
    }
    zipfile.close();
    expect(seen).toEqual({
      'case.json': '{"a":1}',
      '文书/03-询问笔录.pdf': '%PDF-1.4 '.repeat(100),
      '文书/': '',
    });
    expect(flags['case.json']! & 0x800).toBe(0x800);
  });

  it('writes Buffer names raw, without the UTF-8 flag', async () => {
    const gbk = Buffer.from([0xd1, 0xaf, 0xce, 0xca]); // 询问 in GBK
    const { zipfile, entries } = await readAll(buildZip([{ name: gbk, data: Buffer.from('x') }]));
    zipfile.close();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fileNameRaw.equals(gbk)).toBe(true);
    expect(entries[0]!.generalPurposeBitFlag & 0x800).toBe(0);
    expect(new TextDecoder('gbk').decode(entries[0]!.fileNameRaw)).toBe('询问');
  });

  it('can drop the UTF-8 flag on a string name', async () => {
    const { zipfile, entries } = await readAll(buildZip([{ name: '案卷.pdf', utf8Flag: false }]));
    zipfile.close();
    expect(entries[0]!.generalPurposeBitFlag & 0x800).toBe(0);
    expect(entries[0]!.fileNameRaw.toString('utf8')).toBe('案卷.pdf');
  });

  it('writes hostile names exactly as given', async () => {
    const names = ['../x.pdf', 'ok\\..\\..\\x.pdf', '/etc/x', 'C:/x.pdf'];
    const { zipfile, entries } = await readAll(buildZip(names.map((name) => ({ name }))));
    zipfile.close();
    expect(entries.map((e) => e.fileNameRaw.toString('utf8'))).toEqual(names);
  });

  it('writes unix symlinks, encryption flags, directories and version made by = unix', async () => {
    const { zipfile, entries } = await readAll(
      buildZip([
        { name: 'link', symlinkTarget: '/etc/passwd', method: 'store' },
        { name: 'secret.pdf', data: Buffer.from('abc'), encrypted: true, method: 'store' },
        { name: 'dir', isDirectory: true },
      ]),
    );
    const [link, secret, directory] = entries as [Entry, Entry, Entry];
    expect(link.versionMadeBy >> 8).toBe(3);
    expect((link.externalFileAttributes >>> 16) & 0o170000).toBe(0o120000);
    expect(await text(await zipfile.openReadStreamPromise(link))).toBe('/etc/passwd');
    expect(secret.isEncrypted()).toBe(true);
    expect(secret.compressedSize).toBe(3 + 12);
    expect(directory.fileNameRaw.toString()).toBe('dir/');
    expect((directory.externalFileAttributes >>> 16) & 0o170000).toBe(0o040000);
    zipfile.close();
  });

  it('lies about the uncompressed size when told to, and yauzl catches it on read', async () => {
    const zip = buildZip([{ name: 'bomb.bin', data: Buffer.alloc(100_000), declaredUncompressedSize: 10 }]);
    const zipfile = await yauzl.fromBufferPromise(zip, { autoClose: false, lazyEntries: true });
    const entries: Entry[] = [];
    for await (const entry of zipfile.eachEntry()) entries.push(entry);
    expect(entries[0]!.uncompressedSize).toBe(10);
    expect(entries[0]!.compressedSize).toBeLessThan(1000);
    await expect(buffer(await zipfile.openReadStreamPromise(entries[0]!))).rejects.toThrow(/too many bytes/);
    zipfile.close();
  });

  it('adds an Info-ZIP Unicode Path extra field that yauzl honours', async () => {
    const zip = buildZip([{ name: Buffer.from('????.pdf'), unicodePath: '立案审批.pdf' }]);
    const zipfile = await yauzl.fromBufferPromise(zip, { autoClose: false, lazyEntries: true });
    const names: string[] = [];
    for await (const entry of zipfile.eachEntry()) names.push(entry.fileName);
    zipfile.close();
    expect(names).toEqual(['立案审批.pdf']);
  });

  it('writeZip writes the same bytes as buildZip', async () => {
    const spec = [{ name: 'a.txt', data: Buffer.from('hello') }];
    const path = join(dir, 'same.zip');
    await writeZip(path, spec);
    expect((await readFile(path)).equals(buildZip(spec))).toBe(true);
  });
});
