import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { openFolder } from '../../electron/import/folderReader.ts';
import { DEFAULT_LIMITS } from '../../electron/import/sourceTypes.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pingcha-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(rel: string, data: string | Buffer = 'x'): Promise<string> {
  const abs = join(dir, rel);
  await mkdir(join(abs, '..'), { recursive: true });
  await writeFile(abs, data);
  return abs;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

describe('folderReader', () => {
  it('walks sub-folders into /-separated NFC paths, skipping OS litter', async () => {
    await put('case.json', '{}');
    await put('文书/01-立案审批表.pdf', '%PDF-1');
    await put('文书/证据/照片1.jpg', 'jpg');
    await put(`${'café'.normalize('NFD')}.pdf`, 'nfd');
    await put('.DS_Store');
    await put('文书/Thumbs.db');
    await put('desktop.ini');
    await put('文书/._01-立案审批表.pdf');
    await put('__MACOSX/文书/x.pdf');
    const source = await openFolder(dir);
    expect(source.kind).toBe('folder');
    expect(source.location).toBe(dir);
    expect(source.entries.map((e) => e.path).sort()).toEqual(
      ['case.json', 'café.pdf', '文书/01-立案审批表.pdf', '文书/证据/照片1.jpg'].sort(),
    );
    const pdf = source.entries.find((e) => e.path === '文书/01-立案审批表.pdf')!;
    expect(pdf.size).toBe(6);
    expect((await pdf.read()).toString()).toBe('%PDF-1');
    expect((await source.entries.find((e) => e.path === 'café.pdf')!.read()).toString()).toBe('nfd');
    await source.close();
  });

  it('refuses the bundle when a file anywhere is a symlink, naming it', async () => {
    await put('a.pdf');
    const link = join(dir, '文书', '链接.pdf');
    await mkdir(join(dir, '文书'));
    await symlink('/etc/passwd', link);
    const err = await failure(openFolder(dir));
    expect(err.code).toBe('FILE_SYMLINK');
    expect(err.file).toBe(link);
    expect(err.message).toContain(link);
  });

  it('refuses a symlinked directory, even one pointing inside the bundle', async () => {
    await put('sub/a.pdf');
    const link = join(dir, 'loop');
    await symlink(join(dir, 'sub'), link, 'dir');
    const err = await failure(openFolder(dir));
    expect(err).toMatchObject({ code: 'FILE_SYMLINK', file: link });
    expect(err.message).toContain(link);
  });

  it('refuses a bundle root that is itself a symlink', async () => {
    await put('real/a.pdf');
    const link = join(dir, 'linked');
    await symlink(join(dir, 'real'), link, 'dir');
    const err = await failure(openFolder(link));
    expect(err).toMatchObject({ code: 'FILE_SYMLINK', file: link });
  });

  it('refuses a symlink in an ignored-looking name too', async () => {
    await put('a.pdf');
    await symlink('/etc/passwd', join(dir, '.DS_Store'));
    expect(await failure(openFolder(dir))).toMatchObject({ code: 'FILE_SYMLINK', file: join(dir, '.DS_Store') });
  });

  it('refuses a file over limits.maxFileBytes with FILE_TOO_LARGE', async () => {
    await put('small.pdf', Buffer.alloc(100));
    const big = await put('大.pdf', Buffer.alloc(101));
    const err = await failure(openFolder(dir, { ...DEFAULT_LIMITS, maxFileBytes: 100 }));
    expect(err).toMatchObject({ code: 'FILE_TOO_LARGE', file: big, field: 'size' });
    expect(err.message).toContain(big);
  });

  it('refuses on read a file swapped for a symlink after the walk', async () => {
    const abs = await put('a.pdf', 'data');
    const source = await openFolder(dir);
    await unlink(abs);
    await symlink('/etc/passwd', abs);
    const err = await failure(source.entries[0]!.read());
    expect(err).toMatchObject({ code: 'FILE_SYMLINK', file: abs });
  });

  it('refuses on read a file that grew past the limit after the walk', async () => {
    const abs = await put('a.pdf', Buffer.alloc(10));
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 50 };
    const source = await openFolder(dir, limits);
    await writeFile(abs, Buffer.alloc(51));
    expect(await failure(source.entries[0]!.read())).toMatchObject({ code: 'FILE_TOO_LARGE', file: abs });
  });

  it('reports a missing folder as BUNDLE_NOT_FOUND and a file as BUNDLE_UNSUPPORTED', async () => {
    const missing = join(dir, 'nope');
    expect(await failure(openFolder(missing))).toMatchObject({ code: 'BUNDLE_NOT_FOUND', file: missing });
    const file = await put('a.pdf');
    expect(await failure(openFolder(file))).toMatchObject({ code: 'BUNDLE_UNSUPPORTED', file });
  });

  it('reports a file deleted after the walk as an IO error naming it', async () => {
    const abs = await put('a.pdf');
    const source = await openFolder(dir);
    await unlink(abs);
    expect(await failure(source.entries[0]!.read())).toMatchObject({ code: 'IO', file: abs });
  });
});
