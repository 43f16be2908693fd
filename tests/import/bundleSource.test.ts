import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { DEFAULT_LIMITS, discoverBundles } from '../../electron/import/bundleSource.ts';
import type { BundleCandidate, DiscoveryResult } from '../../electron/import/bundleSource.ts';
import { buildZip, writeZip } from '../fixtures/zipWriter.ts';
import type { ZipEntrySpec } from '../fixtures/zipWriter.ts';
import { encodeGbk } from './gbk.ts';

let dir = '';
const opened: DiscoveryResult[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pingcha-discover-'));
});
afterEach(async () => {
  for (const result of opened.splice(0)) await Promise.all(result.candidates.map((c) => c.source.close()));
  await rm(dir, { recursive: true, force: true });
});

async function discover(input: string): Promise<DiscoveryResult> {
  const result = await discoverBundles(input);
  opened.push(result);
  return result;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
const manifest = (caseNumber: string) =>
  Buffer.from(
    JSON.stringify({
      format: 'pingcha-case/1',
      caseNumber,
      documents: [{ file: '文书/01-立案审批表.pdf', type: 'filing_approval' }],
    }),
  );

async function put(rel: string, data: Buffer = pdf): Promise<string> {
  const abs = join(dir, rel);
  await mkdir(join(abs, '..'), { recursive: true });
  await writeFile(abs, data);
  return abs;
}

async function structuredFolder(rel: string, caseNumber: string): Promise<string> {
  await put(`${rel}/case.json`, manifest(caseNumber));
  await put(`${rel}/文书/01-立案审批表.pdf`);
  return join(dir, rel);
}

function structuredZip(caseNumber: string, prefix = ''): ZipEntrySpec[] {
  return [
    { name: `${prefix}case.json`, data: manifest(caseNumber) },
    { name: `${prefix}文书/01-立案审批表.pdf`, data: pdf },
  ];
}

function paths(c: BundleCandidate): string[] {
  return c.source.entries.map((e) => e.path).sort();
}

function summary(result: DiscoveryResult) {
  return result.candidates.map((c) => ({ location: c.location, shape: c.shape, kind: c.source.kind }));
}

describe('discoverBundles: the input itself', () => {
  it('rejects a path that does not exist with BUNDLE_NOT_FOUND', async () => {
    const missing = join(dir, '不存在');
    const err = await failure(discoverBundles(missing));
    expect(err).toMatchObject({ code: 'BUNDLE_NOT_FOUND', file: missing });
    expect(err.message).toContain(missing);
  });

  it('rejects a lone file that is not a .zip with BUNDLE_UNSUPPORTED', async () => {
    const file = await put('决定书.pdf');
    const err = await failure(discoverBundles(file));
    expect(err).toMatchObject({ code: 'BUNDLE_UNSUPPORTED', file });
    expect(err.message).toContain(file);
  });

  it('rejects a folder with nothing to import with BUNDLE_EMPTY', async () => {
    await put('readme.txt', Buffer.from('hi'));
    await put('.DS_Store');
    expect(await failure(discoverBundles(dir))).toMatchObject({ code: 'BUNDLE_EMPTY', file: dir });
  });

  it('rejects an input that is a symlink with FILE_SYMLINK', async () => {
    const real = await structuredFolder('real', 'A1');
    const link = join(dir, 'link');
    await symlink(real, link, 'dir');
    expect(await failure(discoverBundles(link))).toMatchObject({ code: 'FILE_SYMLINK', file: link });
  });

  it('rejects a structured folder holding a symlink, naming the link', async () => {
    const root = await structuredFolder('b', 'A1');
    await symlink('/etc/hosts', join(root, '文书', 'hosts.pdf'));
    const err = await failure(discoverBundles(root));
    expect(err).toMatchObject({ code: 'FILE_SYMLINK', file: join(root, '文书', 'hosts.pdf') });
  });

  it('rejects a hostile top-level zip whole, naming the entry', async () => {
    const zip = join(dir, 'evil.zip');
    await writeZip(zip, [...structuredZip('A1'), { name: '../../x.pdf', data: pdf }]);
    const err = await failure(discoverBundles(zip));
    expect(err).toMatchObject({ code: 'ZIP_PATH_ESCAPE', file: `${zip}!../../x.pdf` });
    expect(err.message).toContain('../../x.pdf');
  });

  it('rejects a damaged top-level zip with ZIP_INVALID', async () => {
    const zip = await put('broken.zip', Buffer.from('PK\u0003\u0004 not really'));
    expect(await failure(discoverBundles(zip))).toMatchObject({ code: 'ZIP_INVALID', file: zip });
  });
});

describe('discoverBundles: shapes', () => {
  it('finds a structured folder', async () => {
    const root = await structuredFolder('津滨大沽执罚〔2023〕27号', '津滨大沽执罚〔2023〕27号');
    const result = await discover(root);
    expect(summary(result)).toEqual([{ location: root, shape: 'structured', kind: 'folder' }]);
    expect(paths(result.candidates[0]!)).toEqual(['case.json', '文书/01-立案审批表.pdf']);
    expect(result.failures).toEqual([]);
    expect(result.registers).toEqual([]);
  });

  it('finds a structured zip', async () => {
    const zip = join(dir, 'case.zip');
    await writeZip(zip, structuredZip('A1'));
    const result = await discover(zip);
    expect(summary(result)).toEqual([{ location: zip, shape: 'structured', kind: 'zip' }]);
    const manifestEntry = result.candidates[0]!.source.entries.find((e) => e.path === 'case.json')!;
    expect(JSON.parse((await manifestEntry.read()).toString())).toMatchObject({ caseNumber: 'A1' });
  });

  it('looks inside the single folder of a Windows "send to compressed folder" zip (GBK names)', async () => {
    const zip = join(dir, '案件01.zip');
    const entries: ZipEntrySpec[] = [
      { name: encodeGbk('案件01/'), isDirectory: true },
      ...structuredZip('A1', '案件01/').map((e) => ({ ...e, name: encodeGbk(e.name as string) })),
      { name: encodeGbk('案件01/Thumbs.db'), data: Buffer.from('x') },
    ];
    await writeZip(zip, entries);
    const result = await discover(zip);
    expect(summary(result)).toEqual([{ location: zip, shape: 'structured', kind: 'zip' }]);
    expect(paths(result.candidates[0]!)).toEqual(['case.json', '文书/01-立案审批表.pdf']);
    expect((await result.candidates[0]!.source.entries[1]!.read()).equals(pdf)).toBe(true);
  });

  it('finds a loose folder of scans, sub-folders included', async () => {
    await put('loose/03-询问笔录.pdf');
    await put('loose/照片/现场1.JPG');
    await put('loose/说明.txt', Buffer.from('notes'));
    const result = await discover(join(dir, 'loose'));
    expect(summary(result)).toEqual([{ location: join(dir, 'loose'), shape: 'loose', kind: 'folder' }]);
    expect(paths(result.candidates[0]!)).toEqual(['03-询问笔录.pdf', '照片/现场1.JPG', '说明.txt']);
  });

  it('finds a loose zip', async () => {
    const zip = join(dir, 'loose.zip');
    await writeZip(zip, [
      { name: '行政处罚决定书.pdf', data: pdf },
      { name: '送达回证.tif', data: pdf },
    ]);
    expect(summary(await discover(zip))).toEqual([{ location: zip, shape: 'loose', kind: 'zip' }]);
  });
});

async function registerXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('登记表');
  sheet.addRow(['2023年第四季度案件登记表']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('discoverBundles: batches', () => {
  it('finds every child of a batch folder (sub-folders and inner zips) and matches register rows', async () => {
    const batch = join(dir, '2023Q4');
    await structuredFolder('2023Q4/案件A', '津滨大沽执罚〔2023〕27号');
    await put('2023Q4/01-津滨大沽执罚（2023）28号/03-询问笔录.pdf');
    await writeZip(join(batch, '案件B.zip'), structuredZip('津滨大沽执罚[2023]29号'));
    await writeZip(join(batch, '案件C.zip'), [
      { name: encodeGbk('津滨大沽执罚〔2023〕30号/行政处罚决定书.pdf'), data: pdf },
    ]);
    const csv = [
      '案号,当事人,罚款金额',
      '津滨大沽执罚〔2023〕27号,张某,500',
      '津滨大沽执罚〔2023〕28号,李某,800',
      '津滨大沽执罚〔2023〕30号,赵某,300',
    ].join('\r\n');
    await put('2023Q4/登记表.csv', encodeGbk(csv));
    await put(
      '2023Q4/补充登记.xlsx',
      await registerXlsx([
        ['决定书文号', '当事人'],
        ['津滨大沽执罚〔2023〕29号', '王某'],
      ]),
    );
    await put('2023Q4/说明.txt', Buffer.from('not a register'));

    const result = await discover(batch);
    expect(result.failures).toEqual([]);
    expect(summary(result)).toEqual([
      { location: join(batch, '01-津滨大沽执罚（2023）28号'), shape: 'loose', kind: 'folder' },
      { location: join(batch, '案件A'), shape: 'structured', kind: 'folder' },
      { location: join(batch, '案件B.zip'), shape: 'structured', kind: 'zip' },
      { location: join(batch, '案件C.zip'), shape: 'loose', kind: 'zip' },
    ]);
    expect(result.candidates.map((c) => c.registerRow?.['当事人'])).toEqual(['李某', '张某', '王某', undefined]);
    expect(result.registers.sort()).toEqual([join(batch, '登记表.csv'), join(batch, '补充登记.xlsx')].sort());
    expect(result.registerTables.map((t) => t.rows.length).sort()).toEqual([1, 3]);
    expect(paths(result.candidates[3]!)).toEqual(['行政处罚决定书.pdf']);
  });

  it('finds the children of a batch zip: folders, inner zips read from memory, and its register', async () => {
    const outer = join(dir, '批量.zip');
    const inner = buildZip(structuredZip('X〔2024〕2号'));
    await writeZip(outer, [
      ...structuredZip('X〔2024〕1号', '案件1/'),
      { name: '案件2.zip', data: inner },
      { name: '登记表.csv', data: Buffer.from('案号,当事人\nX(2024)2号,乙\n') },
    ]);
    const result = await discover(outer);
    expect(result.failures).toEqual([]);
    expect(summary(result)).toEqual([
      { location: `${outer}!案件1`, shape: 'structured', kind: 'zip' },
      { location: `${outer}!案件2.zip`, shape: 'structured', kind: 'zip' },
    ]);
    expect(result.registers).toEqual([`${outer}!登记表.csv`]);
    expect(result.candidates.map((c) => c.registerRow?.['当事人'])).toEqual([undefined, '乙']);
    for (const c of result.candidates) expect(paths(c)).toEqual(['case.json', '文书/01-立案审批表.pdf']);

    // Candidates inside one zip share it: closing one leaves the other readable.
    const [first, second] = result.candidates as [BundleCandidate, BundleCandidate];
    await first.source.close();
    expect((await second.source.entries[1]!.read()).equals(pdf)).toBe(true);
  });

  it('keeps the good children of a batch zip when one inner zip is hostile', async () => {
    const outer = join(dir, 'outer.zip');
    await writeZip(outer, [
      { name: '01.zip', data: buildZip(structuredZip('A1')) },
      { name: '02-slip.zip', data: buildZip([...structuredZip('A2'), { name: 'ok\\..\\..\\x.pdf', data: pdf }]) },
      { name: '03-bomb.zip', data: buildZip([{ name: 'zeros.pdf', data: Buffer.alloc(20 * 1024 * 1024) }]) },
      { name: '04-link.zip', data: buildZip([{ name: 'a.pdf', symlinkTarget: '/etc/passwd' }]) },
      { name: '05-locked.zip', data: buildZip([{ name: '决定书.pdf', data: pdf, encrypted: true }]) },
      { name: '06-junk.zip', data: Buffer.from('not a zip at all') },
      ...structuredZip('A7', '07/'),
    ]);
    const result = await discover(outer);
    expect(summary(result)).toEqual([
      { location: `${outer}!01.zip`, shape: 'structured', kind: 'zip' },
      { location: `${outer}!07`, shape: 'structured', kind: 'zip' },
    ]);
    expect(result.failures.map((f) => [f.location, f.error.code, f.error.file])).toEqual([
      [`${outer}!02-slip.zip`, 'ZIP_PATH_ESCAPE', `${outer}!02-slip.zip!ok/../../x.pdf`],
      [`${outer}!03-bomb.zip`, 'ZIP_BOMB', `${outer}!03-bomb.zip!zeros.pdf`],
      [`${outer}!04-link.zip`, 'ZIP_SYMLINK', `${outer}!04-link.zip!a.pdf`],
      [`${outer}!05-locked.zip`, 'ZIP_ENCRYPTED', `${outer}!05-locked.zip!决定书.pdf`],
      [`${outer}!06-junk.zip`, 'ZIP_INVALID', `${outer}!06-junk.zip`],
    ]);
    for (const f of result.failures) expect(f.error.message).toContain(f.error.file);
  });

  it('keeps the good children of a batch folder when others fail', async () => {
    const batch = join(dir, 'batch');
    await structuredFolder('batch/good', 'G1');
    await writeZip(join(batch, 'evil.zip'), [{ name: '/etc/cron.d/x', data: pdf }]);
    await structuredFolder('batch/with-link', 'G2');
    await symlink('/etc/passwd', join(batch, 'with-link', 'passwd.pdf'));
    await symlink(join(batch, 'good'), join(batch, 'alias'), 'dir');
    await mkdir(join(batch, 'empty'));
    await put('batch/登记表.csv', Buffer.from('当事人\n张某\n'));
    const result = await discover(batch);
    expect(summary(result)).toEqual([{ location: join(batch, 'good'), shape: 'structured', kind: 'folder' }]);
    const failures = Object.fromEntries(result.failures.map((f) => [f.location, [f.error.code, f.error.file]]));
    expect(failures).toEqual({
      [join(batch, 'alias')]: ['FILE_SYMLINK', join(batch, 'alias')],
      [join(batch, 'empty')]: ['BUNDLE_EMPTY', join(batch, 'empty')],
      [join(batch, 'evil.zip')]: ['ZIP_PATH_ESCAPE', `${join(batch, 'evil.zip')}!/etc/cron.d/x`],
      [join(batch, 'with-link')]: ['FILE_SYMLINK', join(batch, 'with-link', 'passwd.pdf')],
      [join(batch, '登记表.csv')]: ['REGISTER_INVALID', join(batch, '登记表.csv')],
    });
    expect(result.registers).toEqual([join(batch, '登记表.csv')]);
    expect(result.registerTables).toEqual([]);
  });

  it('reports a .rar or .7z beside the bundles of a batch instead of skipping it', async () => {
    await structuredFolder('batch/a', '津滨大沽执罚〔2025〕1号');
    await put('batch/b.rar', Buffer.from('Rar!\u001a\u0007\u0000'));
    await put('batch/c.7z', Buffer.from("7z\u00bc\u00af'\u001c"));
    await put('batch/Thumbs.db', Buffer.from('junk'));
    const result = await discover(join(dir, 'batch'));
    expect(summary(result)).toEqual([{ location: join(dir, 'batch/a'), shape: 'structured', kind: 'folder' }]);
    expect(result.failures.map((f) => [f.location, f.error.code, f.error.file])).toEqual([
      [join(dir, 'batch/b.rar'), 'BUNDLE_UNSUPPORTED', join(dir, 'batch/b.rar')],
      [join(dir, 'batch/c.7z'), 'BUNDLE_UNSUPPORTED', join(dir, 'batch/c.7z')],
    ]);
  });

  it('reports a folder holding only a .rar as unsupported, not as empty', async () => {
    await put('only/case.rar', Buffer.from('Rar!'));
    const result = await discover(join(dir, 'only'));
    expect(result.candidates).toEqual([]);
    expect(result.failures.map((f) => f.error.code)).toEqual(['BUNDLE_UNSUPPORTED']);
  });

  it('refuses batches nested deeper than three levels, per child', async () => {
    for (const a of ['a1', 'a2'])
      for (const b of ['b1', 'b2'])
        for (const c of ['c1', 'c2']) {
          await put(`deep/${a}/${b}/${c}/d1/x.pdf`);
          await put(`deep/${a}/${b}/${c}/d2/x.pdf`);
        }
    await put('deep/a1/b1/flat/x.pdf');
    const result = await discover(join(dir, 'deep'));
    expect(summary(result)).toEqual([{ location: join(dir, 'deep/a1/b1/flat'), shape: 'loose', kind: 'folder' }]);
    expect(result.failures).toHaveLength(8);
    expect(new Set(result.failures.map((f) => f.error.code))).toEqual(new Set(['BUNDLE_UNSUPPORTED']));
  });

  it('applies the limits to inner zips', async () => {
    const outer = join(dir, 'outer.zip');
    await writeZip(outer, [
      { name: 'big.zip', data: buildZip([{ name: 'a.pdf', data: Buffer.alloc(2000, 1) }]) },
      { name: 'ok.zip', data: buildZip([{ name: 'a.pdf', data: pdf }]) },
    ]);
    const result = await discoverBundles(outer, { ...DEFAULT_LIMITS, maxFileBytes: 1500 });
    opened.push(result);
    expect(summary(result)).toEqual([{ location: `${outer}!ok.zip`, shape: 'loose', kind: 'zip' }]);
    expect(result.failures.map((f) => [f.error.code, f.error.file])).toEqual([
      ['FILE_TOO_LARGE', `${outer}!big.zip!a.pdf`],
    ]);
  });
});
