/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, undefined members dropped.
 * A finalised evaluation and an issued report are hashed over this text (the hashing itself is
 * done in electron/, shared/ has no crypto), so two equal values always give the same hash.
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonical(v)));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('non-finite number in canonical JSON');
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function isSha256Hex(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
