/**
 * `pingcha export` on a two-quarter workspace: every kind in every format under its Chinese
 * name (PDF pages rendered with pdftoppm and their text read back), one case's score sheet,
 * issuing with a 发文字号 then exporting the issued versions, and bad input refused naming the
 * option with the exit code of the other commands and nothing written or stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile, IssuedReportView } from '../../shared/api/reportTypes.ts';
import {
  finishQ2,
  PARTY_ID,
  REPORT_TODAY,
  reportWorkspace,
  UNITS,
  type ReportWorkspace,
} from '../api/reportHelpers.ts';
import { tempDir } from '../api/helpers.ts';
import { runCaptured } from './runCaptured.ts';
import { artifactDir, docxText, pdfText, renderPages, zipEntryText } from '../reports/tools.ts';

interface ExportOutput {
  out: string;
  mode: string;
  files: (ExportedFile & { path: string })[];
  issued: IssuedReportView[];
}

let w: ReportWorkspace;
let out: string;

beforeAll(async () => {
  w = await reportWorkspace();
  out = tempDir('pingcha-cli-export-');
}, 180_000);
afterAll(() => {
  w?.api.close();
  fs.rmSync(out, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = await runCaptured(['export', '--workspace', w.api.ws.dir, '--today', REPORT_TODAY, ...args]);
  return { code: run.code, stdout: run.out, stderr: run.err };
}

function reportCount(): number {
  return (w.api.ws.db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
}

describe('pingcha export: refusals', () => {
  it('issuing with an evaluation not finalised: exit 1, the case named, nothing written or stored', async () => {
    const dir = path.join(out, 'refused');
    const r = await cli(
      '--campaign',
      String(w.q2),
      '--format',
      'pdf',
      '--out',
      dir,
      '--issue',
      '--number',
      '津滨司发〔2025〕30号',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('REPORT_UNFINISHED');
    expect(r.stderr).toContain(w.q2Cases.U2b!.caseNumber);
    expect(r.stderr).toContain('--campaign');
    expect(fs.existsSync(dir)).toBe(false);
    expect(reportCount()).toBe(0);
  });

  it('unknown campaign, case and unit (exit 1) and format or kind (exit 2) name the option', async () => {
    const dir = path.join(out, 'bad');
    const campaign = await cli('--campaign', '999', '--format', 'pdf', '--out', dir, '--json');
    expect(campaign.code).toBe(1);
    expect(JSON.parse(campaign.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: '--campaign' } });
    const kase = await cli('--case', '津不存在〔2025〕1号', '--format', 'pdf', '--out', dir);
    expect(kase.code).toBe(1);
    expect(kase.stderr).toContain('--case');
    const unit = await cli(
      '--campaign',
      String(w.q2),
      '--kind',
      'notices',
      '--unit',
      '不存在的单位',
      '--format',
      'pdf',
      '--out',
      dir,
    );
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('(字段 field: --unit)');
    const format = await cli('--campaign', String(w.q2), '--format', 'rtf', '--out', dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format');
    const kind = await cli('--campaign', String(w.q2), '--kind', 'memos', '--format', 'pdf', '--out', dir);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind');
    const number = await cli('--campaign', String(w.q2), '--format', 'pdf', '--number', 'X', '--out', dir);
    expect(number.code).toBe(2);
    expect((await cli('--format', 'pdf')).code).toBe(2);
    expect(fs.existsSync(dir)).toBe(false);
    expect(reportCount()).toBe(0);
  });
});

describe('pingcha export: every kind in every format', () => {
  let result: ExportOutput;
  const dir = () => path.join(out, 'all');

  beforeAll(async () => {
    await finishQ2(w);
    const r = await cli(
      '--campaign',
      String(w.q2),
      '--kind',
      'all',
      '--format',
      'pdf,docx,xlsx,json',
      '--out',
      dir(),
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    result = JSON.parse(r.stdout) as ExportOutput;
  }, 240_000);

  it('writes the 通报, a notice per unit with items and a score sheet per drawn case, in each format, named in Chinese', async () => {
    const cases = (await w.api.ok('campaigns:cases', { campaignId: w.q2 })).rows;
    const items = (await w.api.ok('rectifications:list', { campaignId: w.q2, limit: 1000 })).rows;
    const noticeUnits = [...new Set(items.map((i) => i.unit))];
    const stems = [
      '评查情况通报-2025年第二季度',
      ...noticeUnits.map((u) => `整改通知书-${u}`),
      ...cases.map((c) => `案卷评查表-${c.caseNumber}`),
    ];
    const names = result.files.map((f) => f.name).sort();
    expect(names).toEqual(stems.flatMap((s) => ['pdf', 'docx', 'xlsx', 'json'].map((f) => `${s}.${f}`)).sort());
    expect(result.mode).toBe('latest');
    expect(result.files.every((f) => f.source === 'preview' && fs.statSync(f.path).size === f.size)).toBe(true);
    expect(fs.readdirSync(dir()).sort()).toEqual(names);
  });

  it('writes files that open: JSON models, DOCX and XLSX packages, PDFs with their text and pages', async () => {
    const file = (name: string) => path.join(dir(), name);
    const u0a = w.q2Cases.U0a!.caseNumber;
    const json = JSON.parse(fs.readFileSync(file(`案卷评查表-${u0a}.json`), 'utf8'));
    expect(json).toMatchObject({ format: 'pingcha-report/1', kind: 'case_score_sheet', case: { caseNumber: u0a } });
    const docx = docxText(
      await zipEntryText(fs.readFileSync(file('评查情况通报-2025年第二季度.docx')), 'word/document.xml'),
    );
    expect(docx.replace(/\s+/g, '')).toContain('关于2025年第二季度行政执法案卷评查情况的通报');
    const xlsx = await zipEntryText(fs.readFileSync(file(`案卷评查表-${u0a}.xlsx`)), 'xl/workbook.xml');
    expect(xlsx).toContain('<sheet ');

    const pdf = file(`案卷评查表-${u0a}.pdf`);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfText(pdf)).replace(/\s+/g, '')).toContain(u0a);
    // Rendered as a reader sees it (kept in tests/artifacts/reports/cli-export for a person to open).
    const looked = artifactDir('cli-export');
    for (const name of [`案卷评查表-${u0a}.pdf`, '评查情况通报-2025年第二季度.pdf', `整改通知书-${UNITS[0]}.pdf`]) {
      const copy = path.join(looked, name.replace(/[〔〕]/g, '_'));
      fs.copyFileSync(file(name), copy);
      const pages = await renderPages(copy, 50);
      expect(pages.length).toBeGreaterThan(0);
      expect(fs.statSync(pages[0]!).size).toBeGreaterThan(5000);
    }
    const report = (await pdfText(file('评查情况通报-2025年第二季度.pdf'))).replace(/\s+/g, '');
    expect(report).toContain('本通报统计已评查定稿的6件案卷');
    expect(report).toContain('上期整改落实情况');
  });

  it('masks personal ID numbers unless --reveal-ids', async () => {
    const u0a = w.q2Cases.U0a!.caseNumber;
    const masked = JSON.parse(fs.readFileSync(path.join(dir(), `案卷评查表-${u0a}.json`), 'utf8'));
    const r = await cli('--case', u0a, '--format', 'json', '--out', path.join(out, 'reveal'), '--reveal-ids', '--json');
    expect(r.code, r.stderr).toBe(0);
    const revealed = JSON.parse(fs.readFileSync(JSON.parse(r.stdout).files[0].path, 'utf8'));
    expect(masked.case.party).toMatchObject({ idNumber: '120101********1234', idMasked: true });
    expect(revealed.case.party).toMatchObject({ idNumber: PARTY_ID, idMasked: false });
  });
});

describe('pingcha export --compile', () => {
  it('prints the score sheets as one PDF (汇编), each case in it', async () => {
    const r = await cli(
      '--campaign',
      String(w.q2),
      '--kind',
      'score-sheets',
      '--format',
      'pdf',
      '--compile',
      '--out',
      path.join(out, 'compiled'),
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as ExportOutput).files;
    expect(files.map((f) => f.name)).toEqual(['案卷评查表汇编-2025年第二季度行政执法案卷评查.pdf']);
    const text = (await pdfText(files[0]!.path)).replace(/\s+/g, '');
    for (const c of Object.values(w.q2Cases)) expect(text).toContain(c.caseNumber);
    expect(text).toContain('120101********1234');
  });
});

describe('pingcha export --issue', () => {
  it('issues the 通报 with --number and the notices with --notice-number, then plain exports write the issued versions', async () => {
    const dir = path.join(out, 'issued');
    const r = await cli(
      '--campaign',
      String(w.q2),
      '--kind',
      'report,notices',
      '--format',
      'docx',
      '--out',
      dir,
      '--issue',
      '--number',
      '津滨司发〔2025〕30号',
      '--notice-number',
      '津滨司评整〔2025〕{n}号',
      '--actor',
      '周敏',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const issued = JSON.parse(r.stdout) as ExportOutput;
    expect(issued.issued[0]).toMatchObject({
      kind: 'campaign_report',
      documentNumber: '津滨司发〔2025〕30号',
      issuedBy: '周敏',
      version: 1,
    });
    expect(issued.issued.slice(1).map((n) => n.documentNumber)).toEqual(
      issued.issued.slice(1).map((_, i) => `津滨司评整〔2025〕${i + 1}号`),
    );
    expect(issued.files.map((f) => f.name)).toContain('评查情况通报-津滨司发〔2025〕30号.docx');
    expect(issued.files.every((f) => f.source === 'issued')).toBe(true);

    // Without --issue: the issued versions (not rebuilt), nothing new issued; the text form lists them.
    const count = reportCount();
    const again = await cli('--campaign', String(w.q2), '--kind', 'report', '--format', 'json', '--out', dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('评查情况通报-津滨司发〔2025〕30号.json');
    expect(again.stdout).toContain('已签发 第1版');
    expect(reportCount()).toBe(count);
  });
});
