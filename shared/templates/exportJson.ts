/**
 * A stored template as a file an office can edit: the workspace keeps canonical JSON (keys
 * sorted, so that its hash is stable), which reads badly — `auto` before `id`, `tiers` after
 * `failing`. This puts keys back in the order the template language documents (id and name
 * first, long texts last) and indents. The content, and so the content hash, is unchanged.
 */
import type { Template } from './shape.ts';

/** Reading order of keys wherever they appear; keys not listed follow in their own order. */
const KEY_ORDER = [
  '$schema',
  'format',
  'id',
  'name',
  'version',
  'issuer',
  'basis',
  'type',
  'label',
  'kind',
  'points',
  'min',
  'max',
  'step',
  'cap',
  'scaleTo',
  'pool',
  'mayExceedTotal',
  'effect',
  'check',
  'applicability',
  'appliesTo',
  'caseTypes',
  'procedures',
  'totalPoints',
  'notApplicable',
  'description',
  'law',
  'article',
  'text',
  'vetoes',
  'categories',
  'items',
  'deductions',
  'awards',
  'conditions',
  'guidance',
  'findings',
  'rectification',
  'auto',
  'rule',
  'params',
  'deduction',
  'bonus',
  'grades',
  'tiers',
  'failing',
];

const rank = new Map(KEY_ORDER.map((key, i) => [key, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const position = (key: string) => rank.get(key) ?? KEY_ORDER.length;
  // Array.prototype.sort is stable: unlisted keys keep their relative order.
  entries.sort(([a], [b]) => position(a) - position(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

/** The template as indented JSON text in reading order, ending with a newline. */
export function templateExportJson(template: Template): string {
  return `${JSON.stringify(ordered(template), null, 2)}\n`;
}

/** `general-penalty-1.1.0.json`: id and version, so copies of two versions never collide. */
export function templateExportFileName(template: Pick<Template, 'id' | 'version'>): string {
  return `${template.id}-${template.version}.json`;
}
