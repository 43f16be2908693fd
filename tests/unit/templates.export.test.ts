import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateExportFileName, templateExportJson } from '../../shared/templates/exportJson.ts';
import { canonicalTemplateJson, parseTemplate, type Template } from '../../shared/templates/index.ts';

const dir = fileURLToPath(new URL('../../resources/checklists/', import.meta.url));
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')),
  ...readdirSync(`${dir}examples`).map((f) => `examples/${f}`),
];

function parse(text: string): Template {
  const result = parseTemplate(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.template;
}

/** What the workspace stores: the canonical JSON (sorted keys, defaults filled in). */
const stored = (file: string): Template =>
  JSON.parse(canonicalTemplateJson(parse(readFileSync(`${dir}${file}`, 'utf8')))) as Template;

describe('templateExportJson', () => {
  it.each(files)('%s: the exported copy parses to the same content (and so the same hash)', (file) => {
    const template = stored(file);
    const text = templateExportJson(template);
    expect(canonicalTemplateJson(parse(text))).toBe(canonicalTemplateJson(template));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('puts keys in reading order: identity first, long texts after the points', () => {
    const exported = JSON.parse(templateExportJson(stored('general-penalty.json'))) as Record<string, unknown>;
    expect(Object.keys(exported).slice(0, 4)).toEqual(['format', 'id', 'name', 'version']);
    expect(Object.keys(exported).slice(-2)).toEqual(['categories', 'grades']);
    const category = (exported.categories as Record<string, unknown>[])[0]!;
    const item = (category.items as Record<string, unknown>[])[0]!;
    expect(Object.keys(item).slice(0, 4)).toEqual(['id', 'name', 'points', 'check']);
    expect(Object.keys(item).indexOf('deductions')).toBeLessThan(Object.keys(item).indexOf('guidance'));
    expect(Object.keys((exported.grades as Record<string, unknown>) ?? {})).toEqual(['tiers', 'failing']);
  });

  it('names the file by id and version', () => {
    expect(templateExportFileName({ id: 'general-penalty', version: '1.1.0' })).toBe('general-penalty-1.1.0.json');
  });
});
