import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { createExportJobStore } from '../../electron/reports/jobStore.ts';
import { lazyPrinter } from '../../electron/reports/pdf/lazy.ts';
import type { PdfPrinter } from '../../electron/reports/pdf/printer.ts';
import { crc32, zipFiles } from '../../electron/reports/zip.ts';

function readZip(bytes: Uint8Array): Promise<{ name: string; bytes: Buffer; utf8: boolean }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const out: { name: string; bytes: Buffer; utf8: boolean }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({
              name: entry.fileName,
              bytes: Buffer.concat(chunks),
              utf8: (entry.generalPurposeBitFlag & 0x800) !== 0,
            });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

describe('zip of an export job', () => {
  it('keeps Chinese names (UTF-8 flag) and the bytes of stored and deflated entries', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 案卷评查表');
    const json = new TextEncoder().encode(JSON.stringify({ title: '评查情况通报', n: [1, 2, 3] }).repeat(50));
    const bytes = zipFiles([
      { name: '案卷评查表-津滨大沽执罚〔2025〕27号.pdf', bytes: pdf },
      { name: '评查情况通报-津滨司发〔2026〕12号.json', bytes: json },
    ]);
    const entries = await readZip(bytes);
    expect(entries.map((e) => e.name)).toEqual([
      '案卷评查表-津滨大沽执罚〔2025〕27号.pdf',
      '评查情况通报-津滨司发〔2026〕12号.json',
    ]);
    expect(entries.every((e) => e.utf8)).toBe(true);
    expect(Buffer.compare(entries[0]!.bytes, Buffer.from(pdf))).toBe(0);
    expect(Buffer.compare(entries[1]!.bytes, Buffer.from(json))).toBe(0);
    // The JSON was deflated (it repeats), the PDF stored as it is.
    expect(bytes.byteLength).toBeLessThan(pdf.byteLength + json.byteLength);
  });

  it('computes the CRC-32 of the zip format', () => {
    const sample = new TextEncoder().encode('123456789 行政执法');
    expect(crc32(sample)).toBe(zlib.crc32(sample));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('export jobs kept for download', () => {
  it('hands out a file or the zip, and forgets old jobs by age and by count', async () => {
    let now = 0;
    const store = createExportJobStore({ jobs: 2, ttlMs: 1000 }, () => now);
    const file = (name: string) => ({ name, bytes: new TextEncoder().encode(name) });
    store.put('job-aaaaaaaa', [file('a.pdf'), file('b.docx')], 'all.zip');
    expect(new TextDecoder().decode(store.file('job-aaaaaaaa', 1).bytes)).toBe('b.docx');
    expect((await readZip(store.archive('job-aaaaaaaa').bytes)).map((e) => e.name)).toEqual(['a.pdf', 'b.docx']);
    expect(() => store.file('job-aaaaaaaa', 2)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', field: 'index' }));
    store.put('job-bbbbbbbb', [file('c.pdf')], 'c.zip');
    store.put('job-cccccccc', [file('d.pdf')], 'd.zip');
    // Three jobs, two kept: the oldest went.
    expect(() => store.file('job-aaaaaaaa', 0)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', field: 'jobId' }));
    now = 2000;
    expect(() => store.file('job-cccccccc', 0)).toThrow(expect.objectContaining({ field: 'jobId' }));
  });
});

describe('the lazy PDF printer', () => {
  function engine(log: string[], fail = false): () => Promise<PdfPrinter> {
    return async () => {
      log.push('open');
      if (fail) throw new Error('no browser');
      return {
        print: async (html) => {
          log.push(`print ${html}`);
          return new TextEncoder().encode(`%PDF ${html}`);
        },
        close: async () => void log.push('close'),
      };
    };
  }

  it('opens one engine for a batch and closes it when idle, or when closed', async () => {
    const log: string[] = [];
    const printer = lazyPrinter(engine(log), 20);
    expect(log).toEqual([]);
    await Promise.all([printer.print('a'), printer.print('b'), printer.print('c')]);
    expect(log.filter((l) => l === 'open')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(log.at(-1)).toBe('close');
    await printer.print('d');
    expect(log.filter((l) => l === 'open')).toHaveLength(2);
    await printer.close();
    expect(log.at(-1)).toBe('close');
  });

  it('does not keep a failed launch: the next print tries again', async () => {
    const log: string[] = [];
    let fail = true;
    const printer = lazyPrinter(() => engine(log, fail)(), 20);
    await expect(printer.print('a')).rejects.toThrow('no browser');
    fail = false;
    expect(new TextDecoder().decode(await printer.print('b'))).toBe('%PDF b');
    await printer.close();
  });
});
