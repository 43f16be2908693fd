import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import {
  findCaseNumberColumn,
  matchRegisterRow,
  matchRegisterRowByName,
  normaliseCaseNumber,
  readRegister,
} from '../../electron/import/register.ts';
import { buildZip } from '../fixtures/zipWriter.ts';
import { encodeGbk } from './gbk.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pingcha-register-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

const CSV = [
  '案号,当事人,罚款金额,立案日期,决定日期',
  '津滨大沽执罚〔2023〕27号,张某,500,2023-10-08,2023-10-26',
  '"津滨大沽执罚〔2023〕28号","某某商贸有限公司, 天津",3000,2023-10-09,2023-10-30',
  '',
  ',合计,3500,,',
].join('\r\n');

async function xlsxBytes(rows: unknown[][], sheets: string[] = ['登记表']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of sheets.slice(0, -1)) workbook.addWorksheet(name).addRow(['说明：本工作簿为季度登记']);
  const sheet = workbook.addWorksheet(sheets[sheets.length - 1]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readRegister: CSV', () => {
  const encodings: [string, (text: string) => Buffer][] = [
    ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['UTF-8 without BOM', (t) => Buffer.from(t)],
    ['GBK (Chinese Excel default)', (t) => encodeGbk(t)],
  ];
  for (const [label, encode] of encodings) {
    it(`reads ${label}, quoted fields and skips blank and total rows`, async () => {
      const table = await readRegister({ name: '/batch/登记表.csv', bytes: encode(CSV) });
      expect(table.file).toBe('/batch/登记表.csv');
      expect(table.caseNumberColumn).toBe('案号');
      expect(table.headers).toEqual(['案号', '当事人', '罚款金额', '立案日期', '决定日期']);
      expect(table.rows).toEqual([
        {
          案号: '津滨大沽执罚〔2023〕27号',
          当事人: '张某',
          罚款金额: '500',
          立案日期: '2023-10-08',
          决定日期: '2023-10-26',
        },
        {
          案号: '津滨大沽执罚〔2023〕28号',
          当事人: '某某商贸有限公司, 天津',
          罚款金额: '3000',
          立案日期: '2023-10-09',
          决定日期: '2023-10-30',
        },
      ]);
      expect(table.rowNumbers).toEqual([2, 3]);
    });
  }

  it('reads a path on disk, a title row above the headers, and UTF-16 tab-separated text', async () => {
    const path = join(dir, 'unicode.csv');
    const text = '2023年第四季度行政处罚案件登记表\r\n案件编号\t当事人\r\nA-1\t"多行\r\n备注"\r\n';
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const table = await readRegister(path);
    expect(table.file).toBe(path);
    expect(table.caseNumberColumn).toBe('案件编号');
    expect(table.rows).toEqual([{ 案件编号: 'A-1', 当事人: '多行\r\n备注' }]);
    expect(table.rowNumbers).toEqual([3]);
  });

  it('keeps repeated headers apart', async () => {
    const table = await readRegister({ name: 'r.csv', bytes: Buffer.from('文书号,备注,备注\nX1,a,b\n') });
    expect(table.rows).toEqual([{ 文书号: 'X1', 备注: 'a', '备注(2)': 'b' }]);
  });

  it('refuses a register with no case-number column, naming the file and field', async () => {
    const err = await failure(readRegister({ name: '/batch/名单.csv', bytes: Buffer.from('当事人,罚款\n张某,500\n') }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: '/batch/名单.csv', field: 'caseNumber' });
    expect(err.message).toContain('/batch/名单.csv');
    expect(err.message).toContain('案号');
  });

  it('refuses an unterminated quote, naming the line', async () => {
    const err = await failure(
      readRegister({ name: 'bad.csv', bytes: Buffer.from('案号,当事人\nA1,"张某\nA2,李某\n') }),
    );
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'bad.csv', details: { row: 2 } });
    expect(err.message).toContain('bad.csv');
    expect(err.message).toContain('row 2');
  });

  it('refuses a case number listed twice (however its brackets are written), naming both rows', async () => {
    const csv = '案号,当事人\n津执罚〔2023〕1号,甲\n津执罚[2023]2号,乙\n津执罚 (2023) 1号,丙\n';
    const err = await failure(readRegister({ name: 'dup.csv', bytes: Buffer.from(csv) }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'dup.csv', field: '案号', details: { row: 4 } });
    expect(err.message).toContain('rows 2 and 4');
  });

  it('refuses a file that is neither .xlsx nor .csv', async () => {
    const err = await failure(readRegister({ name: '登记表.xls', bytes: Buffer.from('x') }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: '登记表.xls' });
    expect(err.message).toContain('登记表.xls');
  });

  it('refuses a missing file as REGISTER_INVALID naming it', async () => {
    const missing = join(dir, 'missing.csv');
    const err = await failure(readRegister(missing));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: missing });
  });
});

describe('readRegister: xlsx', () => {
  it('finds the header under a title row, on the first sheet that has one, and turns cells into text', async () => {
    const bytes = await xlsxBytes(
      [
        ['2023年第四季度行政处罚案件登记表'],
        [],
        ['序号', '决定书文号', '当事人', '罚款金额', '决定日期', '备注'],
        [
          1,
          '津滨大沽执罚〔2023〕27号',
          { richText: [{ text: '张' }, { text: '某' }] },
          500,
          new Date(Date.UTC(2023, 9, 26)),
        ],
        [2, '津滨大沽执罚〔2023〕28号', '李某', { formula: '1000*3', result: 3000 }, '2023年10月30日', null],
        ['合计', '', '', 3500],
      ],
      ['封面', '登记表'],
    );
    const table = await readRegister({ name: 'q4.xlsx', bytes });
    expect(table.caseNumberColumn).toBe('决定书文号');
    expect(table.rows).toEqual([
      {
        序号: '1',
        决定书文号: '津滨大沽执罚〔2023〕27号',
        当事人: '张某',
        罚款金额: '500',
        决定日期: '2023-10-26',
        备注: '',
      },
      {
        序号: '2',
        决定书文号: '津滨大沽执罚〔2023〕28号',
        当事人: '李某',
        罚款金额: '3000',
        决定日期: '2023年10月30日',
        备注: '',
      },
    ]);
    expect(table.rowNumbers).toEqual([4, 5]);
  });

  it('reads an .xlsx from disk', async () => {
    const path = join(dir, '登记表.xlsx');
    await writeFile(
      path,
      await xlsxBytes([
        ['caseNumber', 'party'],
        ['C-1', 'Zhang'],
      ]),
    );
    const table = await readRegister(path);
    expect(table.rows).toEqual([{ caseNumber: 'C-1', party: 'Zhang' }]);
  });

  it('refuses bytes that are not an xlsx, naming the file', async () => {
    const err = await failure(readRegister({ name: 'batch.zip!登记表.xlsx', bytes: randomBytes(2000) }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'batch.zip!登记表.xlsx' });
    expect(err.message).toContain('batch.zip!登记表.xlsx');
  });

  it('refuses a zip that is not a workbook', async () => {
    const bytes = buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]);
    const err = await failure(readRegister({ name: 'fake.xlsx', bytes }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'fake.xlsx' });
  });

  it('refuses an xlsx that is a zip bomb before exceljs inflates it', async () => {
    const bytes = buildZip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20) }]);
    const err = await failure(readRegister({ name: 'bomb.xlsx', bytes }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'bomb.xlsx' });
    expect(err.message).toContain('ZIP_BOMB');
  });

  it('refuses a workbook without a case-number column', async () => {
    const err = await failure(readRegister({ name: 'x.xlsx', bytes: await xlsxBytes([['当事人'], ['张某']]) }));
    expect(err).toMatchObject({ code: 'REGISTER_INVALID', file: 'x.xlsx', field: 'caseNumber' });
  });
});

describe('matching register rows', () => {
  const rows = [
    { 案号: '津滨大沽执罚〔2023〕27号', 当事人: '张某' },
    { 案号: '津滨大沽执罚（2023）28号', 当事人: '李某' },
    { 案号: '津市监罚[2024] 5 号', 当事人: '王某' },
  ];

  it('normalises brackets, spaces and full-width characters', () => {
    const variants = [
      '津执罚〔2023〕1号',
      '津执罚[2023]1号',
      '津执罚（2023）1号',
      '津执罚(2023)1号',
      '津执罚 【２０２３】 1 号',
    ];
    const normalised = new Set(variants.map(normaliseCaseNumber));
    expect(normalised.size).toBe(1);
    expect(normaliseCaseNumber('津执罚〔2023〕1号')).not.toBe(normaliseCaseNumber('津执罚〔2023〕11号'));
  });

  it('matches by case number whichever brackets either side uses', () => {
    expect(matchRegisterRow(rows, '津滨大沽执罚[2023]27号')?.当事人).toBe('张某');
    expect(matchRegisterRow(rows, '津滨大沽执罚〔2023〕28号')?.当事人).toBe('李某');
    expect(matchRegisterRow(rows, '津市监罚〔2024〕5号')?.当事人).toBe('王某');
    expect(matchRegisterRow(rows, '津滨大沽执罚〔2023〕29号')).toBeUndefined();
    expect(matchRegisterRow(rows, '  ')).toBeUndefined();
    expect(matchRegisterRow([], '津滨大沽执罚〔2023〕27号')).toBeUndefined();
  });

  it('accepts a RegisterTable as well as rows', async () => {
    const table = await readRegister({ name: 'r.csv', bytes: Buffer.from('序号,文书号\n1,X〔2023〕1号\n') });
    expect(matchRegisterRow(table, 'X[2023]1号')).toEqual({ 序号: '1', 文书号: 'X〔2023〕1号' });
  });

  it('matches a folder or zip name that contains exactly one case number', () => {
    expect(matchRegisterRowByName(rows, '01-津滨大沽执罚〔2023〕27号-张某')?.当事人).toBe('张某');
    expect(matchRegisterRowByName(rows, '津市监罚[2024]5号')?.当事人).toBe('王某');
    expect(matchRegisterRowByName(rows, '案件01')).toBeUndefined();
  });

  it('finds the case-number column by preference, then by containment', () => {
    expect(findCaseNumberColumn(['文书号', '案号'])).toBe('案号');
    expect(findCaseNumberColumn(['序号', '行政处罚决定书文号'])).toBe('行政处罚决定书文号');
    expect(findCaseNumberColumn(['CaseNumber'])).toBe('CaseNumber');
    expect(findCaseNumberColumn(['当事人'])).toBeUndefined();
  });
});
