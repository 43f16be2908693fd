import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../electron/import/extractPool.ts';
import { importPaths } from '../../electron/import/importer.ts';
import { getCase, findCaseByNumber, listCases } from '../../electron/store/queries/cases.ts';
import { searchPages } from '../../electron/store/queries/search.ts';
import { openWorkspace, type Workspace } from '../../electron/store/workspace.ts';
import type { manifest } from './support/miniBundles.ts';
import { makePdf, tempDir, writeStructured } from './support/miniBundles.ts';

let pool: ExtractPool;
beforeAll(() => {
  pool = new ExtractPool(2);
});
afterAll(async () => {
  await pool.close();
});

async function freshWorkspace(): Promise<Workspace> {
  return openWorkspace(path.join(tempDir('pingcha-ws-'), 'ws'));
}

function counts(ws: Workspace) {
  return ws.db
    .prepare(
      `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM pages) AS pages, (SELECT count(*) FROM bundles) AS bundles`,
    )
    .get() as { cases: number; documents: number; pages: number; bundles: number };
}

describe('importing a structured bundle', () => {
  it('stores the case, its documents, page text and full-text index', async () => {
    const ws = await freshWorkspace();
    const bundle = await writeStructured(path.join(tempDir(), 'b1'), { caseNumber: '津滨大沽执罚〔2025〕1号' });
    const summary = await importPaths(ws, [bundle], { extractor: pool });
    expect(summary.failures).toEqual([]);
    expect(summary.imported).toHaveLength(1);
    expect(summary.imported[0]).toMatchObject({
      caseNumber: '津滨大沽执罚〔2025〕1号',
      documents: 2,
      pages: 2,
      shape: 'structured',
    });
    const detail = getCase(ws.db, summary.imported[0]!.caseId);
    expect(detail.documents.map((d) => [d.type, d.typeSource, d.fileName])).toEqual([
      ['filing_approval', 'declared', '01-立案审批表.pdf'],
      ['decision', 'declared', '02-行政处罚决定书.pdf'],
    ]);
    expect(detail.provenance['party.name']).toBe('declared');
    expect(ws.files.has(detail.documents[0]!.sha256)).toBe(true);
    expect(searchPages(ws.db, '罚款').hits.map((h) => h.caseNumber)).toEqual(['津滨大沽执罚〔2025〕1号']);
    expect(listCases(ws.db, {}).total).toBe(1);
    ws.close();
  });

  it('reports a second import of the same content as a duplicate and changes nothing', async () => {
    const ws = await freshWorkspace();
    const bundle = await writeStructured(path.join(tempDir(), 'b1'), { caseNumber: '津滨大沽执罚〔2025〕2号' });
    await importPaths(ws, [bundle], { extractor: pool });
    const before = counts(ws);
    const again = await importPaths(ws, [bundle], { extractor: pool });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(1);
    expect(again.duplicates[0]!.error.code).toBe('BUNDLE_DUPLICATE');
    expect(again.duplicates[0]!.caseNumber).toBe('津滨大沽执罚〔2025〕2号');
    expect(counts(ws)).toEqual(before);
    ws.close();
  });
});

describe('a different bundle with an existing case number', () => {
  async function setup() {
    const ws = await freshWorkspace();
    const first = await writeStructured(path.join(tempDir(), 'a'), {
      caseNumber: '津滨大沽执罚〔2025〕3号',
      party: '张某某',
    });
    const second = await writeStructured(path.join(tempDir(), 'b'), {
      caseNumber: '津滨大沽执罚〔2025〕3号',
      party: '李某某',
    });
    await importPaths(ws, [first], { extractor: pool });
    return { ws, second };
  }

  it('is a conflict under the default policy, leaving the stored case as it was', async () => {
    const { ws, second } = await setup();
    const before = counts(ws);
    const summary = await importPaths(ws, [second], { extractor: pool });
    expect(summary.conflicts).toHaveLength(1);
    expect(summary.conflicts[0]!.error).toMatchObject({ code: 'CASE_NUMBER_CONFLICT', field: 'caseNumber' });
    expect(counts(ws)).toEqual(before);
    expect(getCase(ws.db, findCaseByNumber(ws.db, '津滨大沽执罚〔2025〕3号')!).partyName).toBe('张某某');
    ws.close();
  });

  it('becomes version 2 under "version", keeping version 1', async () => {
    const { ws, second } = await setup();
    const summary = await importPaths(ws, [second], { extractor: pool, onConflict: 'version' });
    expect(summary.imported[0]).toMatchObject({ version: 2 });
    const current = getCase(ws.db, findCaseByNumber(ws.db, '津滨大沽执罚〔2025〕3号')!);
    expect(current).toMatchObject({ version: 2, partyName: '李某某' });
    expect(counts(ws).cases).toBe(2);
    expect(listCases(ws.db, {}).total).toBe(1);
    ws.close();
  });

  it('replaces the stored case under "replace"', async () => {
    const { ws, second } = await setup();
    const summary = await importPaths(ws, [second], { extractor: pool, onConflict: 'replace' });
    expect(summary.imported).toHaveLength(1);
    expect(counts(ws)).toMatchObject({ cases: 1, bundles: 1 });
    expect(getCase(ws.db, findCaseByNumber(ws.db, '津滨大沽执罚〔2025〕3号')!).partyName).toBe('李某某');
    ws.close();
  });
});

describe('broken bundles are refused with a code naming the file and field', () => {
  async function importOne(prepare: (dir: string) => Promise<void> | void) {
    const ws = await freshWorkspace();
    const dir = path.join(tempDir(), 'bundle');
    await writeStructured(dir, { caseNumber: '津滨大沽执罚〔2025〕9号' });
    await prepare(dir);
    const summary = await importPaths(ws, [dir], { extractor: pool });
    const c = counts(ws);
    ws.close();
    expect(summary.imported).toEqual([]);
    expect(c.cases).toBe(0);
    expect(summary.failures).toHaveLength(1);
    return summary.failures[0]!.error;
  }
  const caseJson = (dir: string) => path.join(dir, 'case.json');
  const edit = (dir: string, fn: (m: Record<string, unknown>) => void) => {
    const m = JSON.parse(fs.readFileSync(caseJson(dir), 'utf8')) as Record<string, unknown>;
    fn(m);
    fs.writeFileSync(caseJson(dir), JSON.stringify(m));
  };

  it('invalid JSON', async () => {
    const error = await importOne((dir) => fs.writeFileSync(caseJson(dir), '{ "format": "pingcha-case/1", '));
    expect(error.code).toBe('BUNDLE_MANIFEST_JSON');
    expect(error.file).toMatch(/case\.json$/);
  });

  it('a missing required field is named', async () => {
    const error = await importOne((dir) => edit(dir, (m) => delete m.caseNumber));
    expect(error).toMatchObject({ code: 'BUNDLE_MANIFEST_INVALID', field: 'caseNumber' });
    expect(error.message).toContain('caseNumber');
  });

  it('a badly written date is named by its JSON path', async () => {
    const error = await importOne((dir) =>
      edit(dir, (m) => {
        (m.documents as { date?: string }[])[0]!.date = '2025/03/03';
      }),
    );
    expect(error).toMatchObject({ code: 'BUNDLE_MANIFEST_INVALID', field: 'documents[0].date' });
  });

  it('a listed file that is missing', async () => {
    const error = await importOne((dir) => fs.rmSync(path.join(dir, 'docs', '02-行政处罚决定书.pdf')));
    expect(error).toMatchObject({ code: 'BUNDLE_FILE_MISSING', field: 'documents[1].file' });
    expect(error.file).toContain('02-行政处罚决定书.pdf');
  });

  it('a corrupt PDF', async () => {
    const error = await importOne((dir) =>
      fs.writeFileSync(path.join(dir, '01-立案审批表.pdf'), '%PDF-1.7\nthis is not a pdf'),
    );
    expect(error.code).toBe('PDF_CORRUPT');
    expect(error.file).toContain('01-立案审批表.pdf');
  });

  it('a password-protected PDF', async () => {
    const error = await importOne(async (dir) =>
      fs.writeFileSync(path.join(dir, '01-立案审批表.pdf'), await makePdf(['立案审批表'], { userPassword: 'secret' })),
    );
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.file).toContain('01-立案审批表.pdf');
  });

  it('an image whose bytes are not an image', async () => {
    const error = await importOne((dir) => {
      fs.writeFileSync(path.join(dir, 'photo.jpg'), 'not a jpeg at all, just text');
      edit(dir, (m) => (m.documents as unknown[]).push({ file: 'photo.jpg', type: 'evidence' }));
    });
    expect(error.code).toBe('IMAGE_CORRUPT');
    expect(error.file).toContain('photo.jpg');
  });
});

describe('failures never disturb other bundles or what is stored', () => {
  it('a broken bundle between good ones', async () => {
    const ws = await freshWorkspace();
    const root = tempDir();
    const good1 = await writeStructured(path.join(root, 'g1'), { caseNumber: '津滨大沽执罚〔2025〕11号' });
    const bad = await writeStructured(path.join(root, 'bad'), { caseNumber: '津滨大沽执罚〔2025〕12号' });
    fs.writeFileSync(path.join(bad, 'case.json'), 'nope');
    const good2 = await writeStructured(path.join(root, 'g2'), { caseNumber: '津滨大沽执罚〔2025〕13号' });
    const summary = await importPaths(ws, [good1, bad, good2], { extractor: pool });
    expect(summary.imported.map((c) => c.caseNumber).sort()).toEqual([
      '津滨大沽执罚〔2025〕11号',
      '津滨大沽执罚〔2025〕13号',
    ]);
    expect(summary.failures.map((f) => f.error.code)).toEqual(['BUNDLE_MANIFEST_JSON']);
    ws.close();
  });

  it('a crash in the middle of writing a bundle leaves no partial case', async () => {
    const ws = await freshWorkspace();
    const root = tempDir();
    const kept = await writeStructured(path.join(root, 'kept'), { caseNumber: '津滨大沽执罚〔2025〕21号' });
    await importPaths(ws, [kept], { extractor: pool });
    const before = counts(ws);
    const crashing = await writeStructured(path.join(root, 'crash'), { caseNumber: '津滨大沽执罚〔2025〕22号' });
    const summary = await importPaths(ws, [crashing], {
      extractor: pool,
      beforeCommit: () => {
        throw new Error('power cut');
      },
    });
    expect(summary.failures[0]!.error.code).toBe('INTERNAL');
    expect(counts(ws)).toEqual(before);
    expect(findCaseByNumber(ws.db, '津滨大沽执罚〔2025〕22号')).toBeNull();
    expect(searchPages(ws.db, '罚款').hits.map((h) => h.caseNumber)).toEqual(['津滨大沽执罚〔2025〕21号']);
    // The same bundle imports cleanly afterwards: nothing half-written blocks it.
    const retry = await importPaths(ws, [crashing], { extractor: pool });
    expect(retry.imported).toHaveLength(1);
    ws.close();
  });
});

describe('loose folders and batches', () => {
  it('infers document types from names and first-page text, and case data from the text', async () => {
    const ws = await freshWorkspace();
    const dir = path.join(tempDir(), '张某某占道经营案');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, '01-立案审批表.pdf'),
      await makePdf(['立案审批表', '案由：擅自占用道路从事摆卖经营活动', '2025年3月3日']),
    );
    fs.writeFileSync(
      path.join(dir, 'scan_0002.pdf'),
      await makePdf([
        '天津市滨海新区人民政府大沽街道办事处',
        '行政处罚决定书',
        '案号：津滨大沽执罚〔2025〕31号',
        '当事人：张某某',
        '违反了《天津市市容和环境卫生管理条例》第二十八条第一款',
        '依据《天津市市容和环境卫生管理条例》第五十七条的规定，决定对当事人处以罚款人民币500元整。',
        '2025年3月27日',
      ]),
    );
    const summary = await importPaths(ws, [dir], { extractor: pool });
    expect(summary.failures).toEqual([]);
    const detail = getCase(ws.db, summary.imported[0]!.caseId);
    expect(detail.caseNumber).toBe('津滨大沽执罚〔2025〕31号');
    expect(detail.documents.map((d) => [d.type, d.typeSource])).toEqual([
      ['filing_approval', 'name'],
      ['decision', 'text'],
    ]);
    expect(detail.data).toMatchObject({
      caseType: 'penalty',
      procedure: 'general',
      party: { name: '张某某' },
      penalty: { fineYuan: 500 },
      dates: { filed: '2025-03-03', decided: '2025-03-27' },
      legalBasis: { violated: '《天津市市容和环境卫生管理条例》第二十八条第一款' },
    });
    expect(detail.provenance).toMatchObject({
      caseNumber: 'inferred',
      'party.name': 'inferred',
      'penalty.fineYuan': 'inferred',
    });
    expect(detail.warnings.join()).toContain('推断');
    ws.close();
  });

  it('a loose folder without a readable number is named after its folder', async () => {
    const ws = await freshWorkspace();
    const dir = path.join(tempDir(), '2025-第7卷');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '现场检查笔录.pdf'), await makePdf(['现场检查笔录', '执法人员已出示执法证件']));
    const summary = await importPaths(ws, [dir], { extractor: pool });
    const detail = getCase(ws.db, summary.imported[0]!.caseId);
    expect(detail.caseNumber).toBe('2025-第7卷');
    expect(detail.provenance.caseNumber).toBe('folder_name');
    expect(detail.caseType).toBe('inspection');
    ws.close();
  });

  it('a batch folder with a register fills what the bundles do not say', async () => {
    const ws = await freshWorkspace();
    const batch = tempDir('pingcha-batch-');
    const a = await writeStructured(path.join(batch, 'A'), { caseNumber: '津滨大沽执罚〔2025〕41号' });
    await writeStructured(path.join(batch, 'B'), { caseNumber: '津滨大沽执罚〔2025〕42号' });
    const m = JSON.parse(fs.readFileSync(path.join(a, 'case.json'), 'utf8')) as ReturnType<typeof manifest>;
    const { party: _p, penalty: _f, ...rest } = m;
    fs.writeFileSync(path.join(a, 'case.json'), JSON.stringify(rest));
    fs.writeFileSync(
      path.join(batch, '登记表.csv'),
      '案号,当事人,罚款金额,立案日期\n津滨大沽执罚[2025]41号,赵某某,800,2025/3/3\n',
    );
    const summary = await importPaths(ws, [batch], { extractor: pool });
    expect(summary.imported).toHaveLength(2);
    const detail = getCase(ws.db, findCaseByNumber(ws.db, '津滨大沽执罚〔2025〕41号')!);
    expect(detail.data.party?.name).toBe('赵某某');
    expect(detail.data.penalty?.fineYuan).toBe(800);
    expect(detail.provenance).toMatchObject({ 'party.name': 'register', 'penalty.fineYuan': 'register' });
    ws.close();
  });
});
