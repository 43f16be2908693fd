import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplate, pickTemplate, templateApplies, type Template } from '../../shared/templates/index.ts';

function load(file: string): Template {
  const result = parseTemplate(
    JSON.parse(readFileSync(new URL(`../../resources/checklists/${file}`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(file);
  return result.template;
}

const general = load('general-penalty.json');
const simple = load('simple-penalty.json');
const inspection = load('inspection.json');
const enforcement = load('enforcement.json');
const example = load('examples/scaled-bonus-example.json');
const bundled = [example, enforcement, inspection, simple, general];

/** The same template under another version (and, optionally, other applicability). */
function variant(t: Template, version: string, applicability = t.applicability): Template {
  return { ...t, version, applicability };
}

describe('templateApplies', () => {
  it('needs both the case type and the procedure to match', () => {
    expect(templateApplies(general, { caseType: 'penalty', procedure: 'general' })).toBe(true);
    expect(templateApplies(general, { caseType: 'penalty', procedure: 'simple' })).toBe(false);
    expect(templateApplies(general, { caseType: 'inspection', procedure: 'general' })).toBe(false);
    expect(templateApplies(simple, { caseType: 'penalty', procedure: 'simple' })).toBe(true);
  });

  it('lets a template without procedures match a case without one', () => {
    expect(templateApplies(inspection, { caseType: 'inspection', procedure: null })).toBe(true);
    expect(templateApplies(inspection, { caseType: 'inspection' })).toBe(true);
    expect(templateApplies(general, { caseType: 'penalty', procedure: null })).toBe(false);
  });
});

describe('pickTemplate', () => {
  it('picks the bundled standard for each kind of case', () => {
    expect(pickTemplate(bundled, { caseType: 'penalty', procedure: 'general' })?.id).toBe('general-penalty');
    expect(pickTemplate(bundled, { caseType: 'penalty', procedure: 'simple' })?.id).toBe('simple-penalty');
    expect(pickTemplate(bundled, { caseType: 'inspection' })?.id).toBe('inspection');
    expect(pickTemplate(bundled, { caseType: 'enforcement', procedure: null })?.id).toBe('enforcement');
  });

  it('returns null when nothing applies, e.g. a penalty case of unknown procedure', () => {
    expect(pickTemplate(bundled, { caseType: 'penalty', procedure: null })).toBeNull();
    expect(pickTemplate([], { caseType: 'inspection' })).toBeNull();
  });

  it('takes the highest version of one id', () => {
    const picked = pickTemplate([variant(general, '1.2.0'), variant(general, '1.10.0'), general], {
      caseType: 'penalty',
      procedure: 'general',
    });
    expect(picked?.version).toBe('1.10.0');
  });

  it('prefers the more specific template, unless told which id to prefer', () => {
    const broad = {
      ...variant(general, '9.0.0', { caseTypes: ['penalty'], procedures: ['general', 'simple'] }),
      id: 'a-broad',
    };
    const kind = { caseType: 'penalty', procedure: 'general' } as const;
    expect(pickTemplate([broad, general], kind)?.id).toBe('general-penalty');
    expect(pickTemplate([broad, general], kind, { prefer: ['a-broad'] })?.id).toBe('a-broad');
    expect(pickTemplate([general, example], kind, { prefer: ['scaled-bonus-example'] })?.id).toBe(
      'scaled-bonus-example',
    );
  });
});
