/**
 * The draw's random numbers: our own PRNG rather than Math.random or a library, so that a seed
 * printed on a 抽样记录 reproduces the same draw on any machine and any version of Node.
 * FNV-1a turns the seed text (plus a stratum key) into 32 bits; mulberry32 expands them.
 * Everything is 32-bit integer arithmetic, which JavaScript defines exactly.
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator; returns uint32 values. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * A uniform integer in [0, n) without modulo bias: values from the top partial block of the
 * 2^32 range are rejected and drawn again.
 */
export function uniformInt(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || n > 0x100000000) throw new RangeError(`bad range ${n}`);
  const limit = 0x100000000 - (0x100000000 % n);
  for (;;) {
    const value = next();
    if (value < limit) return value % n;
  }
}

/**
 * Picks `k` of `items` by a partial Fisher–Yates shuffle; the result keeps the order in which
 * they were picked (the first is the first drawn).
 */
export function sample<T>(items: readonly T[], k: number, next: () => number): T[] {
  const pool = [...items];
  const count = Math.min(k, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + uniformInt(next, pool.length - i);
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, count);
}
