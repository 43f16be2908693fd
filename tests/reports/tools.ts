/**
 * What the report tests use to look at their output as a reader would: LibreOffice to turn
 * DOCX/XLSX into PDF, poppler to render every PDF page to PNG (kept in tests/artifacts/reports
 * for a person to open) and to read text and fonts back, yauzl to read the parts of a package.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'reports');

export function artifactDir(name: string): string {
  const dir = path.join(ARTIFACTS, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The official fonts are not on a Linux test machine. The LibreOffice profile maps them to the
 * Noto CJK SC faces, as an office machine has 仿宋_GB2312 and 方正小标宋简体 installed; without it
 * LibreOffice would set the whole document in a sans face.
 */
const SUBSTITUTIONS: [string, string][] = [
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['楷体_GB2312', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
];

function writeProfile(dir: string): void {
  const pairs = SUBSTITUTIONS.map(
    ([from, to], i) =>
      `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
      `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop><prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
      `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${from}</value></prop><prop oor:name="SubstituteFont" oor:op="fuse"><value>${to}</value></prop></node></item>`,
  ).join('\n');
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>
${pairs}
</oor:items>
`,
  );
}

/**
 * Converts files to PDF in one soffice run with its own profile (a shared one locks), into
 * `outDir`. Basenames must be distinct: soffice names the PDF after them (feasibility.md 5c).
 */
export async function sofficeToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const stems = files.map((f) => path.parse(f).name);
  if (new Set(stems).size !== stems.length) throw new Error(`duplicate basenames: ${stems.join(', ')}`);
  const profile = fs.mkdtempSync(path.join(outDir, '.lo-profile-'));
  writeProfile(profile);
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 240_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return stems.map((stem) => {
    const pdf = path.join(outDir, `${stem}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${stem}`);
    return pdf;
  });
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
}

/** Every page as a PNG beside the PDF (`<stem>-<n>.png`); returns their paths in page order. */
export async function renderPages(pdf: string, dpi = 60): Promise<string[]> {
  const prefix = pdf.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  const dir = path.dirname(pdf);
  const stem = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => path.join(dir, f));
}

export async function pdfText(pdf: string, options: { layout?: boolean } = {}): Promise<string> {
  const args = options.layout === false ? [pdf, '-'] : ['-layout', pdf, '-'];
  const { stdout } = await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      // name type encoding emb sub uni object ID; the name may be "[none]", the type two words.
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', unicode: m[6] === 'yes' };
    });
}

/** The text of one part of a zip package (a DOCX's word/document.xml, say). */
export function zipEntryText(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in the package`)));
      zip.readEntry();
    });
  });
}

/** The visible text of WordprocessingML: runs joined, a newline per paragraph, tabs kept. */
export function docxText(documentXml: string): string {
  return documentXml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
