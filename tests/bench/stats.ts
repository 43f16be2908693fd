/** Small helpers for benchmark rows: percentiles, timing, formatting. */

export interface BenchRow {
  measure: string;
  value: string;
  target?: string;
  baseline?: string;
  ratio?: string;
  note?: string;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

export function timeSync<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export function verdict(actual: number, target: number): string {
  return actual <= target ? 'met' : 'NOT met';
}
