import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { addCase, cleanCase, tempDir } from '../api/helpers.ts';
import { runCaptured } from './runCaptured.ts';

const cli = (...argv: string[]) => runCaptured(argv);

const GENERAL = fileURLPath('../../resources/checklists/general-penalty.json');
function fileURLPath(rel: string): string {
  return new URL(rel, import.meta.url).pathname;
}

let dir: string;
let workspace: string;
const write = (name: string, value: unknown): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

beforeAll(async () => {
  dir = tempDir('pingcha-cli-');
  workspace = path.join(dir, 'ws');
  const ws = await openWorkspace(workspace);
  addCase(ws, cleanCase('津滨大沽执罚〔2025〕1号'));
  const late = cleanCase('津滨大沽执罚〔2025〕2号');
  late.data.dates = { ...late.data.dates, violation: '2024-11-25', discovered: '2024-11-28', filed: '2024-12-02' };
  addCase(ws, late);
  ws.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pingcha template validate', () => {
  it('accepts a valid template (exit 0) with its id, version and hash', async () => {
    const text = await cli('template', 'validate', GENERAL);
    expect(text.code).toBe(0);
    expect(text.out).toContain('general-penalty@1.0.0');
    const json = await cli('template', 'validate', GENERAL, '--json');
    expect(json.code).toBe(0);
    expect(json.json()).toMatchObject({
      ok: true,
      template: {
        templateId: 'general-penalty',
        version: '1.0.0',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      errors: [],
    });
  });

  it('prints every error with its JSON path and exits 1', async () => {
    const bad = JSON.parse(fs.readFileSync(GENERAL, 'utf8'));
    bad.version = 'v1';
    bad.grades.tiers[1].min = -5;
    bad.categories[0].items[0].deductions[0].kind = 'sometimes';
    const file = write('bad-template.json', bad);
    const text = await cli('template', 'validate', file);
    expect(text.code).toBe(1);
    expect(text.err).toContain(`${file}: version:`);
    expect(text.err).toContain('grades.tiers[1].min');
    expect(text.err).toContain('categories[0].items[0].deductions[0]');
    const json = await cli('template', 'validate', file, '--json');
    expect(json.code).toBe(1);
    const paths = (json.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'version',
        'grades.tiers[1].min',
        expect.stringMatching(/^categories\[0\]\.items\[0\]\.deductions\[0\]/),
      ]),
    );

    const notJson = await cli('template', 'validate', write('broken.json', '{ "id": '), '--json');
    expect(notJson.code).toBe(1);
    expect(notJson.json().errors[0].path).toBe('(root)');
  });

  it('usage errors exit 2; a missing file exits 1 naming it', async () => {
    expect((await cli('template', 'validate')).code).toBe(2);
    expect((await cli('template', 'check', GENERAL)).code).toBe(2);
    const missing = await cli('template', 'validate', path.join(dir, 'nope.json'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'IO', field: 'FILE' } });
  });

  it('imports a template into the workspace, which `pingcha templates` then lists', async () => {
    const t = JSON.parse(fs.readFileSync(GENERAL, 'utf8'));
    const file = write('local.json', { ...t, id: 'local-penalty', version: '2.0', name: '本单位一般程序标准' });
    const imported = await cli('template', 'import', file, '--workspace', workspace, '--json');
    expect(imported.code).toBe(0);
    expect(imported.json()).toMatchObject({ ok: true, created: true, summary: { templateId: 'local-penalty' } });
    const list = await cli('templates', '--workspace', workspace, '--json');
    expect(list.code).toBe(0);
    expect((list.json().templates as { templateId: string }[]).map((t) => t.templateId)).toEqual([
      'enforcement',
      'general-penalty',
      'inspection',
      'local-penalty',
      'simple-penalty',
    ]);
    const text = await cli('templates', '--workspace', workspace);
    expect(text.out).toContain('本单位一般程序标准');
  });
});

describe('pingcha score', () => {
  const answers = {
    template: 'general-penalty@1.0.0',
    items: {
      E7: { status: 'deducted', deductions: [{ optionId: 'overdue' }] },
      C1: { status: 'deducted', deductions: [{ optionId: 'insufficient', points: 2.5 }] },
    },
  };

  it('prints total, categories, grade and the explanation; --json gives the scoring result', async () => {
    const file = write('answers.json', answers);
    const text = await cli('score', '--template', GENERAL, '--answers', file);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/总分 total: 93\.5 \/ 100/);
    expect(text.out).toContain('等级 grade: 优秀');
    expect(text.out).toContain('C 调查取证');
    expect(text.out).toMatch(/E7 .*−4/);
    const json = await cli('score', '--template', GENERAL, '--answers', file, '--json', '--lang', 'en');
    expect(json.code).toBe(0);
    const result = json.json();
    expect(result).toMatchObject({ ok: true, total: 93.5, grade: { name: '优秀' }, complete: false });
    expect(result.categories.map((c: { id: string }) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(result.explanation.length).toBeGreaterThan(5);
    expect(result.explanationText).toMatch(/Grade/);
  });

  it('a veto in the answers zeroes the total', async () => {
    const file = write('veto.json', { ...answers, vetoes: { V1: true } });
    const json = (await cli('score', '--template', GENERAL, '--answers', file, '--json')).json();
    expect(json).toMatchObject({ total: 0, grade: { name: '不合格' } });
  });

  it('invalid answers exit 1 with the JSON path of each problem', async () => {
    const outOfRange = write('range.json', {
      items: { C1: { status: 'deducted', deductions: [{ optionId: 'insufficient', points: 11 }] } },
    });
    const a = await cli('score', '--template', GENERAL, '--answers', outOfRange, '--json');
    expect(a.code).toBe(1);
    expect(a.json().errors).toEqual([
      expect.objectContaining({ path: 'items.C1.deductions[0].points', message: expect.stringMatching(/^C1: /) }),
    ]);
    const shape = write('shape.json', { items: { C1: { status: 'meh' } }, extra: 1 });
    const b = await cli('score', '--template', GENERAL, '--answers', shape, '--json');
    expect(b.code).toBe(1);
    expect(b.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'items.C1.status' }),
        // parseAnswers reports an unknown top-level key at the root, naming it in the message.
        expect.objectContaining({ path: '(root)', message: expect.stringContaining('"extra"') }),
      ]),
    );
    const other = write('other.json', { template: 'simple-penalty@1.0.0', items: {} });
    const c = await cli('score', '--template', GENERAL, '--answers', other);
    expect(c.code).toBe(1);
    expect(c.err).toContain('template: the answers were written for simple-penalty@1.0.0');
    const unknownItem = write('unknown.json', { items: { Q9: { status: 'ok' } } });
    const d = await cli('score', '--template', GENERAL, '--answers', unknownItem, '--json');
    expect(d.json().errors[0]).toMatchObject({ path: 'items.Q9', message: expect.stringContaining('Q9') });
    const badTemplate = await cli('score', '--template', write('t.json', { format: 'x' }), '--answers', outOfRange);
    expect(badTemplate.code).toBe(1);
    expect(badTemplate.err).toContain('format');
  });

  it('usage errors exit 2', async () => {
    expect((await cli('score', '--template', GENERAL)).code).toBe(2);
    expect((await cli('score', '--template', GENERAL, '--answers', 'a.json', '--lang', 'fr')).code).toBe(2);
    expect((await cli('score', '--bogus')).code).toBe(2);
  });
});

describe('pingcha check', () => {
  it('prints every case’s findings as one JSON document', async () => {
    const result = await cli('check', '--workspace', workspace, '--today', '2025-06-30', '--json');
    expect(result.code).toBe(0);
    const doc = result.json();
    expect(doc).toMatchObject({ profile: 'tianjin', today: '2025-06-30' });
    expect(doc.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([
      '津滨大沽执罚〔2025〕1号',
      '津滨大沽执罚〔2025〕2号',
    ]);
    for (const c of doc.cases) expect(c.findings).toHaveLength(26);
    const fails = (i: number) =>
      doc.cases[i].findings.filter((f: { status: string }) => f.status === 'fail').map((f: { rule: string }) => f.rule);
    expect(fails(0)).toEqual([]);
    expect(fails(1)).toEqual(['decision_within_90_days']);
    const late = doc.cases[1].findings.find((f: { rule: string }) => f.rule === 'decision_within_90_days');
    expect(late).toMatchObject({
      article: expect.stringContaining('第六十条'),
      computation: { deadline: '2025-03-02' },
    });
  });

  it('checks one case by number, in text or JSON, without creating an evaluation', async () => {
    const text = await cli('check', '--workspace', workspace, '--case', '津滨大沽执罚〔2025〕2号');
    expect(text.code).toBe(0);
    expect(text.out).toContain('decision_within_90_days');
    expect(text.out).toMatch(/1 件 cases/);
    const json = await cli('check', '--workspace', workspace, '--case', '津滨大沽执罚〔2025〕1号', '--json');
    expect(json.json().cases).toHaveLength(1);
    const ws = await openWorkspace(workspace);
    expect(ws.db.prepare('SELECT count(*) AS n FROM evaluations').get()).toEqual({ n: 0 });
    ws.close();
  });

  it('uses another profile when asked; unknown case or profile exit 1, a bad date exits 2', async () => {
    const national = await cli('check', '--workspace', workspace, '--profile', 'national', '--json');
    expect(national.json().profile).toBe('national');
    const noCase = await cli('check', '--workspace', workspace, '--case', '不存在', '--json');
    expect(noCase.code).toBe(1);
    expect(noCase.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'case' } });
    const noProfile = await cli('check', '--workspace', workspace, '--profile', 'mars', '--json');
    expect(noProfile.code).toBe(1);
    expect(noProfile.json().error.code).toBe('NOT_FOUND');
    expect((await cli('check', '--workspace', workspace, '--today', '2025-13-01')).code).toBe(2);
  });
});

describe('pingcha profiles', () => {
  it('lists the profiles with the active one marked', async () => {
    const json = await cli('profiles', '--workspace', workspace, '--json');
    expect(json.code).toBe(0);
    expect(json.json().profiles.map((p: { id: string; active: boolean }) => [p.id, p.active])).toEqual([
      ['national', false],
      ['tianjin', true],
    ]);
    const text = await cli('profiles', '--workspace', workspace);
    expect(text.out).toContain('天津市');
  });
});

describe('pingcha profiles import / use', () => {
  const tianjin = JSON.parse(fs.readFileSync(fileURLPath('../../resources/profiles/tianjin.json'), 'utf8'));

  it('adds a user profile edited from the bundled one and makes it active', async () => {
    const file = write('binhai.json', { ...tianjin, id: 'binhai', name: '滨海新区（自定义）' });
    const saved = await cli('profiles', 'import', file, '--workspace', workspace, '--json');
    expect(saved.code).toBe(0);
    expect(saved.json().profile).toMatchObject({ id: 'binhai', source: 'user' });
    const used = await cli('profiles', 'use', 'binhai', '--workspace', workspace);
    expect(used.code).toBe(0);
    const list = await cli('profiles', '--workspace', workspace, '--json');
    expect(list.json().profiles.find((p: { id: string }) => p.id === 'binhai').active).toBe(true);
    expect((await cli('profiles', 'use', 'tianjin', '--workspace', workspace)).code).toBe(0);
  });

  it('refuses a broken profile naming the file and the field, and an edit of a bundled one', async () => {
    const broken = write('broken-profile.json', {
      ...tianjin,
      id: 'broken',
      statementPeriodWorkingDays: { value: -1 },
    });
    const bad = await cli('profiles', 'import', broken, '--workspace', workspace, '--json');
    expect(bad.code).toBe(1);
    expect(bad.json().error).toMatchObject({ file: broken });
    expect(bad.json().error.field).toMatch(/^statementPeriodWorkingDays/);
    const bundled = write('tianjin-edit.json', { ...tianjin, name: '改名' });
    const refused = await cli('profiles', 'import', bundled, '--workspace', workspace, '--json');
    expect(refused.json().error).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect((await cli('profiles', 'frobnicate', '--workspace', workspace)).code).toBe(2);
    const list = await cli('profiles', '--workspace', workspace, '--json');
    expect(list.json().profiles.map((p: { id: string }) => p.id)).not.toContain('broken');
  });
});
