import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/store/workspace.ts';
import { addCase, cleanCase, testApi, type TestApi } from './helpers.ts';

const generalPenalty = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../../resources/checklists/general-penalty.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

let api: TestApi;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.close());

describe('templates:list, templates:get, templates:import', () => {
  it('lists the bundled templates and gets one, by version or the highest', async () => {
    const list = await api.ok('templates:list', {});
    expect(list.map((t) => `${t.templateId}@${t.version}:${t.source}`)).toEqual([
      'enforcement@1.0.0:bundled',
      'general-penalty@1.0.0:bundled',
      'inspection@1.0.0:bundled',
      'simple-penalty@1.0.0:bundled',
    ]);
    const general = list.find((t) => t.templateId === 'general-penalty')!;
    expect(general).toMatchObject({ caseTypes: ['penalty'], procedures: ['general'], totalPoints: 100, vetoCount: 10 });
    const detail = await api.ok('templates:get', { templateId: 'general-penalty' });
    expect(detail.template.version).toBe('1.0.0');
    expect(detail.summary.contentHash).toBe(general.contentHash);
    const missing = await api.call('templates:get', { templateId: 'general-penalty', version: '9.9' });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
  });

  it('imports a new version; identical content again is a no-op; other content under the same version is refused', async () => {
    const t = { ...generalPenalty(), version: '1.1.0', name: '一般程序（本单位修订）' };
    const first = await api.ok('templates:import', { json: JSON.stringify(t) });
    expect(first).toMatchObject({
      created: true,
      summary: { templateId: 'general-penalty', version: '1.1.0', source: 'user' },
    });
    // Key order and whitespace do not matter: the hash is over the canonical JSON.
    const again = await api.ok('templates:import', { json: JSON.stringify(t, null, 2) });
    expect(again.created).toBe(false);
    expect(again.summary.contentHash).toBe(first.summary.contentHash);

    const changed = await api.call('templates:import', { json: JSON.stringify({ ...t, name: '另一个名称' }) });
    expect(changed.ok === false && changed.error).toMatchObject({ code: 'CONFLICT', field: 'version' });

    // New cases now get the highest version; existing evaluations keep their pin.
    const caseId = addCase(api.ws, cleanCase('津滨大沽执罚〔2025〕1号'));
    const view = await api.ok('evaluations:open', { caseId });
    expect(view.evaluation.template).toMatchObject({ version: '1.1.0', contentHash: first.summary.contentHash });
    const history = api.ws.db
      .prepare(`SELECT actor, action FROM audit_log WHERE entity = 'template' AND entity_id = 'general-penalty@1.1.0'`)
      .all();
    expect(history).toEqual([{ actor: '用户', action: 'import' }]);
  });

  it('refuses an invalid template with the JSON path of every error', async () => {
    const bad = generalPenalty();
    (bad.grades as { tiers: { min: unknown }[] }).tiers[0]!.min = 'ninety';
    bad.version = 'one';
    const result = await api.call('templates:import', { json: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('TEMPLATE_INVALID');
    const issues = (result.error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(issues).toEqual(expect.arrayContaining(['version', 'grades.tiers[0].min']));
    expect(result.error.field).toBe(issues[0]);
    expect(result.error.message).toContain(issues[0]);

    const notJson = await api.call('templates:import', { json: '{ "format": ' });
    expect(notJson.ok === false && notJson.error).toMatchObject({ code: 'TEMPLATE_INVALID', field: '(root)' });
    const empty = await api.call('templates:import', { json: '' });
    expect(empty.ok === false && empty.error).toMatchObject({ code: 'VALIDATION', field: 'json' });
  });
});

describe('profiles:list, profiles:get, profiles:save, profiles:set-active', () => {
  it('lists the bundled profiles with Tianjin active, and saves a user copy', async () => {
    const list = await api.ok('profiles:list', {});
    expect(list.map((p) => [p.id, p.source, p.active])).toEqual([
      ['national', 'bundled', false],
      ['tianjin', 'bundled', true],
    ]);
    const tianjin = await api.ok('profiles:get', { id: 'tianjin' });
    expect(tianjin.assumptions.length).toBe(tianjin.summary.assumedValues);
    expect(tianjin.assumptions.length).toBeGreaterThan(0);

    const copy = { ...tianjin.profile, id: 'tianjin-binhai', name: '天津滨海新区' };
    const saved = await api.ok('profiles:save', { json: JSON.stringify(copy) });
    expect(saved).toMatchObject({ id: 'tianjin-binhai', source: 'user', active: false });
    const edited = await api.ok('profiles:save', { json: JSON.stringify({ ...copy, name: '滨海新区（修订）' }) });
    expect(edited.name).toBe('滨海新区（修订）');
    const active = await api.ok('profiles:set-active', { id: 'tianjin-binhai' });
    expect(active.active).toBe(true);
    expect((await api.ok('profiles:list', {})).filter((p) => p.active).map((p) => p.id)).toEqual(['tianjin-binhai']);
    const audit = api.ws.db
      .prepare(`SELECT action, before_json AS b FROM audit_log WHERE entity = 'profile' ORDER BY id`)
      .all() as { action: string; b: string | null }[];
    expect(audit.map((a) => a.action).slice(-3)).toEqual(['create', 'update', 'set-active']);
    expect(JSON.parse(audit.at(-2)!.b!)).toMatchObject({ name: '天津滨海新区' });
  });

  it('refuses editing a bundled profile in place, and invalid values by JSON path', async () => {
    const tianjin = (await api.ok('profiles:get', { id: 'tianjin' })).profile;
    const inPlace = await api.call('profiles:save', { json: JSON.stringify({ ...tianjin, name: '改名' }) });
    expect(inPlace.ok === false && inPlace.error).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const bad = {
      ...tianjin,
      id: 'mine',
      statementPeriodWorkingDays: { ...tianjin.statementPeriodWorkingDays, value: 0 },
    };
    const invalid = await api.call('profiles:save', { json: JSON.stringify(bad) });
    expect(invalid.ok === false && invalid.error).toMatchObject({
      code: 'VALIDATION',
      field: 'statementPeriodWorkingDays.value',
    });
    const typo = await api.call('profiles:save', {
      json: JSON.stringify({ ...tianjin, id: 'mine', hearingThreshold: 1 }),
    });
    expect(typo.ok === false && typo.error).toMatchObject({ code: 'VALIDATION', field: 'hearingThreshold' });
    const unknown = await api.call('profiles:set-active', { id: 'nowhere' });
    expect(unknown.ok === false && unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const missing = await api.call('profiles:get', { id: 'nowhere' });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('re-opening the workspace keeps user profiles, the active choice and imported templates', async () => {
    const tianjin = (await api.ok('profiles:get', { id: 'tianjin' })).profile;
    await api.ok('profiles:save', { json: JSON.stringify({ ...tianjin, id: 'mine', name: '我的' }) });
    await api.ok('profiles:set-active', { id: 'mine' });
    const dir = api.ws.dir;
    api.ws.close();
    const ws = await openWorkspace(dir);
    try {
      expect(ws.bundled).toEqual({ loaded: [], warnings: [] }); // unchanged files are not parsed again
      expect(ws.db.prepare(`SELECT value_json AS v FROM settings WHERE key = 'activeProfileId'`).get()).toEqual({
        v: '"mine"',
      });
      expect(ws.db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 3 });
    } finally {
      ws.close();
    }
  });
});
