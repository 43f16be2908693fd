/**
 * The fixture generator (tests/fixtures/generate.ts): reproducible by seed, valid case.json,
 * readable PDFs (including platform exports whose text needs the CMaps), an answer key that
 * the product's own checks agree with, broken inputs that are what they claim to be.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCaseFromBundle } from '../../shared/checks/fromBundle.ts';
import { runChecks } from '../../shared/checks/run.ts';
import { caseBundleSchema } from '../../shared/domain/bundle.ts';
import { ERROR_TEXT } from '../../shared/errors.ts';
import { profileCalendar } from '../../shared/profiles/calendar.ts';
import { parseProfile } from '../../shared/profiles/parse.ts';
import type { ProfileInput } from '../../shared/profiles/schema.ts';
import { generateFixtures, makeScannedPdf, type FixtureManifest, type GeneratedBundle } from '../fixtures/generate.ts';
import { DEFECT_IDS } from '../fixtures/generator/defects.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const pdfjsDir = path.join(root, 'node_modules', 'pdfjs-dist');

async function pdfTexts(data: Buffer, withCMaps = true): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const params = {
    data: new Uint8Array(data),
    cMapUrl: withCMaps ? `${path.join(pdfjsDir, 'cmaps')}/` : undefined,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
  } as Parameters<typeof pdfjs.getDocument>[0];
  const task = pdfjs.getDocument(params);
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

interface ZipEntry {
  rawName: Buffer;
  utf8Flag: boolean;
  data: Buffer | null;
}

/** Just enough of a zip reader to look at what the generator wrote (stored or deflated). */
async function readZip(file: string): Promise<ZipEntry[]> {
  const { inflateRawSync } = await import('node:zlib');
  const buf = await fs.readFile(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const rawName = buf.subarray(p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const payload = buf.subarray(dataStart, dataStart + compressed);
    const isDir = rawName[rawName.length - 1] === 0x2f;
    entries.push({
      rawName,
      utf8Flag: (flags & 0x0800) !== 0,
      data: isDir ? null : method === 8 ? inflateRawSync(payload) : payload,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryName(e: ZipEntry): string {
  return new TextDecoder(e.utf8Flag ? 'utf-8' : 'gbk').decode(e.rawName);
}

/** All files of a bundle (folder or zip) by bundle-relative path. */
async function bundleFiles(b: GeneratedBundle): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (b.path.endsWith('.zip')) {
    for (const e of await readZip(b.path)) if (e.data) out.set(entryName(e), e.data);
    return out;
  }
  const walk = async (dir: string, prefix: string) => {
    for (const ent of await fs.readdir(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${ent.name}` : ent.name;
      if (ent.isDirectory()) await walk(path.join(dir, ent.name), rel);
      else out.set(rel, await fs.readFile(path.join(dir, ent.name)));
    }
  };
  await walk(b.path, '');
  return out;
}

async function treeHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const ent of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, ent.name);
      if (ent.isDirectory()) await walk(full);
      else
        out.set(
          path.relative(dir, full),
          createHash('sha256')
            .update(await fs.readFile(full))
            .digest('hex'),
        );
    }
  };
  for (const sub of ['bundles', 'batches']) {
    if (await fs.stat(path.join(dir, sub)).catch(() => null)) await walk(path.join(dir, sub));
  }
  return out;
}

let tmp = '';
let a: FixtureManifest;
let again: FixtureManifest;
let other: FixtureManifest;
let rated: FixtureManifest;

describe('fixture generator', () => {
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pingcha-fixtures-'));
    // Two worker threads for one run, none for its twin: where a PDF is made must not matter.
    a = await generateFixtures({
      count: 10,
      seed: 20251,
      outDir: path.join(tmp, 'a'),
      zipRate: 0.4,
      broken: true,
      workers: 2,
    });
    again = await generateFixtures({
      count: 10,
      seed: 20251,
      outDir: path.join(tmp, 'again'),
      zipRate: 0.4,
      workers: 1,
    });
    other = await generateFixtures({
      count: 10,
      seed: 20252,
      outDir: path.join(tmp, 'other'),
      zipRate: 0.4,
      workers: 1,
    });
    rated = await generateFixtures({
      count: 16,
      seed: 7,
      outDir: path.join(tmp, 'rated'),
      defectRate: 0.5,
      zipRate: 0,
      shapes: ['structured'],
      workers: 1,
    });
  }, 180_000);

  afterAll(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('gives byte-identical bundles and the same answer key for the same seed', async () => {
    expect(again.answerKey).toEqual(a.answerKey);
    const one = await treeHashes(path.join(tmp, 'a'));
    const two = await treeHashes(path.join(tmp, 'again'));
    // exceljs stamps the zip entries of an .xlsx with the current time; everything else is stable.
    const stable = (m: Map<string, string>) => [...m].filter(([rel]) => !rel.endsWith('.xlsx')).sort();
    expect(stable(one).length).toBeGreaterThan(50);
    expect(stable(two)).toEqual(stable(one));
    const written = JSON.parse(await fs.readFile(path.join(tmp, 'a', 'answer-key.json'), 'utf8')) as unknown;
    expect(written).toEqual(a.answerKey);
  });

  it('gives different cases for a different seed', () => {
    expect(other.answerKey.map((k) => k.caseNumber)).not.toEqual(a.answerKey.map((k) => k.caseNumber));
    expect(other.bundles.map((b) => b.documents)).not.toEqual(a.bundles.map((b) => b.documents));
  });

  it('writes case.json files that validate against the bundle schema and list every file', async () => {
    let structured = 0;
    for (const b of [...a.bundles, ...other.bundles]) {
      const files = await bundleFiles(b);
      const raw = files.get('case.json');
      if (b.shape === 'loose') {
        expect(raw).toBeUndefined();
        expect(files.size).toBe(b.documents);
        continue;
      }
      structured++;
      const parsed = caseBundleSchema.safeParse(JSON.parse((raw as Buffer).toString('utf8')));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const bundle = parsed.data!;
      expect(bundle.caseNumber).toBe(b.caseNumber);
      expect(bundle.documents).toHaveLength(b.documents);
      for (const d of bundle.documents) expect(files.has(d.file), d.file).toBe(true);
    }
    expect(structured).toBeGreaterThan(5);
    const numbers = [...a.bundles, ...other.bundles].map((b) => b.caseNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('injects defects at roughly the requested rate, one per case, and none when asked for none', async () => {
    const defective = rated.answerKey.filter((k) => k.defects.length > 0);
    // Binomial(16, 0.5): 3…13 holds with probability > 99.5 %; the seed is fixed anyway.
    expect(defective.length).toBeGreaterThanOrEqual(3);
    expect(defective.length).toBeLessThanOrEqual(13);
    for (const k of rated.answerKey) {
      expect(k.defects.length).toBeLessThanOrEqual(1);
      for (const d of k.defects) expect(DEFECT_IDS).toContain(d);
      expect(k.failingRules.length > 0).toBe(k.defects.length > 0);
    }
    const clean = await generateFixtures({
      count: 4,
      seed: 3,
      outDir: path.join(tmp, 'clean'),
      defectRate: 0,
      workers: 1,
    });
    expect(clean.answerKey.every((k) => k.defects.length === 0 && k.failingRules.length === 0)).toBe(true);
  });

  it("agrees with the product's checks on every generated case, reading the PDFs' text", async () => {
    const profile = parseProfile(
      JSON.parse(await fs.readFile(path.join(root, 'resources', 'profiles', 'tianjin.json'), 'utf8')) as ProfileInput,
    );
    const calendar = profileCalendar(profile);
    const key = new Map(rated.answerKey.map((k) => [k.caseNumber, k]));
    for (const b of rated.bundles) {
      const files = await bundleFiles(b);
      const bundle = caseBundleSchema.parse(JSON.parse((files.get('case.json') as Buffer).toString('utf8')));
      const pages = await Promise.all(
        bundle.documents.map(async (d) =>
          d.file.endsWith('.pdf')
            ? (await pdfTexts(files.get(d.file) as Buffer)).map((text, i) => ({ pageNo: i + 1, text }))
            : [],
        ),
      );
      const findings = runChecks({
        case: checkCaseFromBundle(bundle, (_d, i) => pages[i] ?? []),
        profile,
        calendar,
        today: '2026-12-31',
      });
      const failing = findings.filter((f) => f.status === 'fail').map((f) => f.rule);
      expect([...failing].sort(), `${b.caseNumber} ${key.get(b.caseNumber)?.defects.join()}`).toEqual(
        [...(key.get(b.caseNumber)?.failingRules ?? [])].sort(),
      );
    }
  });

  it('writes PDFs whose page counts match case.json and whose Chinese text is extractable', async () => {
    const agencyNames = /天津市.+?(办事处|人民政府)/;
    let textPdfs = 0;
    for (const b of a.bundles.filter((x) => x.shape === 'structured')) {
      const files = await bundleFiles(b);
      const bundle = caseBundleSchema.parse(JSON.parse((files.get('case.json') as Buffer).toString('utf8')));
      const agency = bundle.agency as string;
      expect(agency).toMatch(agencyNames);
      for (const d of bundle.documents.filter((x) => x.file.endsWith('.pdf'))) {
        const data = files.get(d.file) as Buffer;
        const pages = await pdfTexts(data);
        expect(pages.length, d.file).toBe(d.pages);
        const all = pages.join('').replace(/\s+/g, '');
        if (data.includes('/Font')) {
          textPdfs++;
          expect(all, d.file).toContain(agency);
        } else {
          expect(all).toBe('');
        }
      }
    }
    expect(textPdfs).toBeGreaterThan(20);
  });

  it('writes platform exports whose text only comes out with the CMaps', async () => {
    let seen = 0;
    for (const b of [...a.bundles, ...other.bundles].filter((x) => x.shape === 'structured')) {
      const files = await bundleFiles(b);
      const bundle = caseBundleSchema.parse(JSON.parse((files.get('case.json') as Buffer).toString('utf8')));
      for (const d of bundle.documents) {
        const data = files.get(d.file) as Buffer;
        if (!d.file.endsWith('.pdf') || !data.includes('/STSong-Light')) continue;
        seen++;
        expect(data.includes('/FontFile')).toBe(false);
        expect(data.includes('/UniGB-UCS2-H')).toBe(true);
        const withCMaps = (await pdfTexts(data)).join('').replace(/\s+/g, '');
        expect(withCMaps).toContain(bundle.agency as string);
        const without = (await pdfTexts(data, false)).join('');
        expect(without).not.toContain(bundle.agency as string);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('writes zips "made on Chinese Windows" with GBK names and no UTF-8 flag', async () => {
    const gbk = a.bundles.filter((b) => b.zipNames === 'gbk');
    expect(gbk.length).toBeGreaterThan(0);
    for (const b of gbk) {
      const entries = await readZip(b.path);
      expect(entries.every((e) => !e.utf8Flag)).toBe(true);
      const names = entries.map(entryName);
      expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
      // The raw bytes are not UTF-8: decoding them as UTF-8 gives something else.
      expect(entries.map((e) => e.rawName.toString('utf8'))).not.toEqual(names);
    }
  });

  it('writes batches with a register that lists their cases', async () => {
    const batches = [...a.batches, ...other.batches];
    expect(batches.length).toBeGreaterThan(0);
    let registers = 0;
    for (const batch of batches) {
      const members = [...a.bundles, ...other.bundles].filter((b) => b.batch === batch.path);
      expect(members.map((m) => m.caseNumber).sort()).toEqual([...batch.caseNumbers].sort());
      if (!batch.register) continue;
      registers++;
      let text: string;
      if (batch.register.endsWith('.xlsx')) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(batch.register);
        const rows: string[] = [];
        wb.worksheets[0]?.eachRow((row) => rows.push(JSON.stringify(row.values)));
        text = rows.join('\n');
      } else {
        const raw = await fs.readFile(batch.register);
        const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
        text = new TextDecoder(bom ? 'utf-8' : 'gbk').decode(raw);
      }
      expect(text).toContain('案号');
      for (const n of batch.caseNumbers) expect(text).toContain(n);
    }
    expect(registers).toBeGreaterThan(0);
  });

  it('writes broken inputs, each with a known error code', async () => {
    expect(a.broken.length).toBeGreaterThanOrEqual(15);
    for (const b of a.broken) {
      expect(Object.keys(ERROR_TEXT)).toContain(b.expectedCode);
      await expect(fs.lstat(b.path)).resolves.toBeTruthy();
    }
    const byKind = new Map(a.broken.map((b) => [b.kind, b]));
    const slip = await readZip(byKind.get('zip_slip')?.path as string);
    expect(slip.map(entryName)).toContain('../../pingcha-evil.txt');
    const link = byKind.get('folder_symlink') as { path: string };
    const linked = await fs.readdir(link.path, { recursive: true, withFileTypes: true });
    expect(linked.some((e) => e.isSymbolicLink())).toBe(true);
    const encrypted = byKind.get('pdf_encrypted') as { path: string };
    const encryptedFiles = await bundleFiles({ path: encrypted.path } as GeneratedBundle);
    expect([...encryptedFiles.values()].some((data) => data.includes('/Encrypt'))).toBe(true);
    const bomb = byKind.get('zip_bomb_lying') as { path: string };
    expect((await fs.stat(bomb.path)).size).toBeLessThan(1 << 20);
    const duplicate = byKind.get('duplicate') as { path: string; note: string };
    const original = a.bundles.find((b) => duplicate.note.includes(path.basename(b.path))) as GeneratedBundle;
    expect(await bundleFiles({ path: duplicate.path } as GeneratedBundle)).toEqual(await bundleFiles(original));
    const missing = byKind.get('manifest_missing_field');
    expect(missing?.expectedField).toBe('caseNumber');
  });

  it('makes scanned, image-only PDFs for benchmarks', async () => {
    const pdf = await makeScannedPdf(3, 42);
    const pages = await pdfTexts(pdf);
    expect(pages).toHaveLength(3);
    expect(pages.join('')).toBe('');
    expect(pdf.length).toBeLessThan(3 * 200 * 1024);
    expect((await makeScannedPdf(3, 42)).equals(pdf)).toBe(true);
  });
});
