/**
 * Tiny hand-made bundles for importer tests: a few one-page Chinese PDFs (pdfkit + the system's
 * Noto CJK font) and case.json files, fast to write and easy to break on purpose.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';

let fontFile: string | null = null;
function cjkFont(): string {
  fontFile ??= execFileSync('fc-match', ['-f', '%{file}', 'Noto Sans CJK SC']).toString();
  return fontFile;
}

export function makePdf(lines: string[], options: { userPassword?: string } = {}): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({
      size: 'A4',
      ...(options.userPassword ? { userPassword: options.userPassword } : {}),
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font(cjkFont(), 'NotoSansCJKsc-Regular').fontSize(14);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

export function tempDir(prefix = 'pingcha-imp-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface MiniCase {
  caseNumber: string;
  party?: string;
  extraDocs?: { file: string; type: string; lines: string[] }[];
}

export function manifest(c: MiniCase, documents: { file: string; type: string; title?: string; date?: string }[]) {
  return {
    format: 'pingcha-case/1',
    caseNumber: c.caseNumber,
    caseType: 'penalty',
    procedure: 'general',
    agency: '天津市滨海新区人民政府大沽街道办事处',
    unit: '大沽街道综合执法大队',
    cause: '擅自占用道路从事摆卖经营活动',
    party: { type: 'individual', name: c.party ?? '张某某' },
    officers: [
      { name: '王某', certificateNo: '12010123001', certificateValidUntil: '2026-12-31' },
      { name: '李某', certificateNo: '12010123002', certificateValidUntil: '2026-12-31' },
    ],
    penalty: { kinds: ['fine'], fineYuan: 500 },
    dates: { filed: '2025-03-03', decided: '2025-03-27' },
    documents,
  };
}

/** Writes a structured bundle folder and returns its path. */
export async function writeStructured(dir: string, c: MiniCase): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const docs = [
    {
      file: '01-立案审批表.pdf',
      type: 'filing_approval',
      lines: ['立案审批表', `案号：${c.caseNumber}`, '案由：擅自占用道路从事摆卖经营活动'],
    },
    {
      file: 'docs/02-行政处罚决定书.pdf',
      type: 'decision',
      lines: ['行政处罚决定书', c.caseNumber, `当事人：${c.party ?? '张某某'}`, '决定对当事人处以罚款人民币500元整。'],
    },
    ...(c.extraDocs ?? []),
  ];
  for (const d of docs) {
    fs.mkdirSync(path.dirname(path.join(dir, d.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, d.file), await makePdf(d.lines));
  }
  fs.writeFileSync(
    path.join(dir, 'case.json'),
    JSON.stringify(
      manifest(
        c,
        docs.map((d) => ({ file: d.file, type: d.type })),
      ),
      null,
      2,
    ),
  );
  return dir;
}
