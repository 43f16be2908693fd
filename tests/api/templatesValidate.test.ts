import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from './helpers.ts';

const generalPenalty = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../../resources/checklists/general-penalty.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

let api: TestApi;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.close());

/** What the workspace holds of templates: rows and audit entries. */
function stored() {
  return {
    rows: api.ws.db.prepare('SELECT template_id, version, content_hash FROM templates ORDER BY id').all(),
    audit: api.ws.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'template'`).get(),
  };
}

describe('templates:validate', () => {
  it('says what importing would add, and stores nothing', async () => {
    const before = stored();
    const newVersion = await api.ok('templates:validate', {
      json: JSON.stringify({ ...generalPenalty(), version: '1.1.0', name: '一般程序（本单位修订）' }),
    });
    expect(newVersion).toMatchObject({
      ok: true,
      outcome: 'new_version',
      existingVersions: ['1.0.0'],
      latest: true,
      preview: {
        templateId: 'general-penalty',
        version: '1.1.0',
        name: '一般程序（本单位修订）',
        caseTypes: ['penalty'],
        procedures: ['general'],
        totalPoints: 100,
        itemCount: 34,
        vetoCount: 10,
      },
    });

    const older = await api.ok('templates:validate', { json: JSON.stringify({ ...generalPenalty(), version: '0.9' }) });
    expect(older).toMatchObject({ ok: true, outcome: 'new_version', latest: false });

    const fresh = await api.ok('templates:validate', {
      json: JSON.stringify({ ...generalPenalty(), id: 'binhai-general', version: '1.0' }),
    });
    expect(fresh).toMatchObject({ ok: true, outcome: 'new_template', existingVersions: [], latest: true });

    const same = await api.ok('templates:validate', { json: JSON.stringify(generalPenalty(), null, 2) });
    const bundled = (await api.ok('templates:get', { templateId: 'general-penalty' })).summary;
    expect(same).toMatchObject({ ok: true, outcome: 'unchanged', preview: { contentHash: bundled.contentHash } });

    const clash = await api.ok('templates:validate', { json: JSON.stringify({ ...generalPenalty(), name: '改名' }) });
    expect(clash).toMatchObject({ ok: true, outcome: 'version_conflict', existingVersions: ['1.0.0'] });
    // templates:import agrees: the clash is refused.
    const refused = await api.call('templates:import', { json: JSON.stringify({ ...generalPenalty(), name: '改名' }) });
    expect(refused.ok === false && refused.error).toMatchObject({ code: 'CONFLICT', field: 'version' });

    expect(stored()).toEqual(before);
  });

  it('lists every error with its JSON path, as a value, and stores nothing', async () => {
    const before = stored();
    const bad = generalPenalty();
    (bad.grades as { tiers: { min: unknown }[] }).tiers[0]!.min = 'ninety';
    bad.version = 'one';
    const result = await api.ok('templates:validate', { json: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['version', 'grades.tiers[0].min']));
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);

    // Said in Chinese and English ("中文 / English"); the UI shows the half for its language.
    expect(result.errors.find((e) => e.path === 'version')?.message).toMatch(
      /^须写作 1\.0 或 1\.2\.3.* \/ must look like/,
    );
    expect(result.errors.find((e) => e.path === 'grades.tiers[0].min')?.message).toBe('须为数字 / must be a number');

    const notJson = await api.ok('templates:validate', { json: '{\n  "format": ' });
    expect(notJson).toMatchObject({
      ok: false,
      errors: [{ path: '(root)', message: expect.stringContaining('不是有效的 JSON：第 2 行第 13 列有误') }],
    });
    expect(stored()).toEqual(before);
  });

  it('refuses input without JSON text, naming the field', async () => {
    for (const input of [{}, { json: '' }, { json: 42 }]) {
      const result = await api.call('templates:validate', input);
      expect(result.ok === false && result.error).toMatchObject({ code: 'VALIDATION', field: 'json' });
    }
    const extra = await api.call('templates:validate', { json: '{}', overwrite: true });
    expect(extra.ok === false && extra.error).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('templates:list defaultFor', () => {
  it('names the case kinds each version is used for by default; a new version takes them over', async () => {
    const defaults = async () =>
      Object.fromEntries(
        (await api.ok('templates:list', {})).map((t) => [`${t.templateId}@${t.version}`, t.defaultFor]),
      );
    expect(await defaults()).toEqual({
      'enforcement@1.0.0': [{ caseType: 'enforcement' }],
      'general-penalty@1.0.0': [{ caseType: 'penalty', procedure: 'general' }],
      'inspection@1.0.0': [{ caseType: 'inspection' }],
      'simple-penalty@1.0.0': [{ caseType: 'penalty', procedure: 'simple' }],
    });
    const imported = await api.ok('templates:import', {
      json: JSON.stringify({ ...generalPenalty(), version: '1.1.0' }),
    });
    expect(imported.summary.defaultFor).toEqual([{ caseType: 'penalty', procedure: 'general' }]);
    const after = await defaults();
    expect(after['general-penalty@1.0.0']).toEqual([]);
    expect(after['general-penalty@1.1.0']).toEqual([{ caseType: 'penalty', procedure: 'general' }]);
  });
});
