/**
 * How an evaluation pins the standard it used: `{ templateId, version, contentHash }`. The
 * store hashes `canonicalTemplateJson` (sorted keys, no whitespace, defaults filled in by the
 * parser, `$schema` dropped), so two spellings of the same template hash the same and any
 * change to its content changes the hash even if the author forgot to bump the version.
 */
import type { Template } from './shape.ts';

export interface TemplateKey {
  templateId: string;
  version: string;
}

export function templateKey(template: Template): TemplateKey {
  return { templateId: template.id, version: template.version };
}

/** `general-penalty@1.0.0`, for logs, answers files and CLI output. */
export function templateKeyString(template: Template): string {
  return `${template.id}@${template.version}`;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function canonicalTemplateJson(template: Template): string {
  const { $schema: _schema, ...content } = template;
  return JSON.stringify(canonical(content));
}

/**
 * Orders `1.2`, `1.10.0`, `2.0.0-draft` numerically; a suffixed version sorts before the
 * same version without one (as in semver).
 */
export function compareVersions(a: string, b: string): number {
  const split = (v: string): { nums: number[]; suffix: string } => {
    const [core = '', ...rest] = v.split('-');
    return { nums: core.split('.').map(Number), suffix: rest.join('-') };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const diff = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (x.suffix === y.suffix) return 0;
  if (!x.suffix) return 1;
  if (!y.suffix) return -1;
  return x.suffix < y.suffix ? -1 : 1;
}
