import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/import/importer.ts';
import { cleanCase, tempDir, testApi, type TestApi } from './helpers.ts';

/** A 1×1 PNG: image documents need no PDF extraction, so the import stays fast. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function writeBundle(dir: string, caseNumber: string, cause: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const { data } = cleanCase(caseNumber);
  const documents = ['filing_approval', 'inquiry_record', 'decision'].map((type, i) => {
    fs.writeFileSync(path.join(dir, `${i + 1}-${type}.png`), PNG);
    return { file: `${i + 1}-${type}.png`, type };
  });
  fs.writeFileSync(path.join(dir, 'case.json'), JSON.stringify({ ...data, cause, documents }));
  return dir;
}

let api: TestApi;
let root: string;
beforeEach(async () => {
  api = await testApi();
  root = tempDir('pingcha-replace-');
});
afterEach(() => {
  api.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('importing over an evaluated case', () => {
  it('"replace" is refused (CONFLICT) by the evaluations foreign key; the old case and its evaluation stay', async () => {
    const number = '津滨大沽执罚〔2025〕77号';
    const first = await importPaths(api.ws, [writeBundle(path.join(root, 'a'), number, '初次导入')]);
    expect(first.failures).toEqual([]);
    const caseId = first.imported[0]!.caseId;
    const view = await api.ok('evaluations:open', { caseId });
    await api.ok('evaluations:save-item', { evaluationId: view.evaluation.id, itemId: 'A1', status: 'ok' });

    const second = await importPaths(api.ws, [writeBundle(path.join(root, 'b'), number, '修改后再导入')], {
      onConflict: 'replace',
    });
    expect(second.imported).toEqual([]);
    expect(second.failures).toHaveLength(1);
    expect(second.failures[0]!.error.code).toBe('CONFLICT');

    const cases = api.ws.db.prepare('SELECT id, cause, is_current AS c FROM cases').all();
    expect(cases).toEqual([{ id: caseId, cause: '初次导入', c: 1 }]);
    const again = await api.ok('evaluations:open', { caseId });
    expect(again.evaluation.id).toBe(view.evaluation.id);
    expect(again.items.map((i) => [i.itemId, i.status])).toEqual([['A1', 'ok']]);
    expect(api.ws.db.prepare('SELECT count(*) AS n FROM documents WHERE case_id = ?').get(caseId)).toEqual({ n: 3 });

    // "version" keeps the evaluated case and adds the new one as current.
    const third = await importPaths(api.ws, [path.join(root, 'b')], { onConflict: 'version' });
    expect(third.imported.map((c) => c.version)).toEqual([2]);
    expect((await api.ok('evaluations:open', { caseId })).evaluation.id).toBe(view.evaluation.id);
  });

  it('"replace" of a case that was never evaluated goes through', async () => {
    const number = '津滨大沽执罚〔2025〕78号';
    await importPaths(api.ws, [writeBundle(path.join(root, 'a'), number, '初次导入')]);
    const second = await importPaths(api.ws, [writeBundle(path.join(root, 'b'), number, '替换')], {
      onConflict: 'replace',
    });
    expect(second.failures).toEqual([]);
    expect(api.ws.db.prepare('SELECT cause FROM cases').all()).toEqual([{ cause: '替换' }]);
  });
});
