/**
 * Exact rational arithmetic for scores. Points such as 0.5 and rescaling such as 87/95×100
 * must not drift (0.1 + 0.2 ≠ 0.3 in floating point), and a grade threshold compares the
 * exact value; numbers are rounded only when shown (`formatPoints`).
 */

export interface Rational {
  readonly n: bigint;
  /** Always positive; the fraction is kept reduced. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = rational(0n);

/**
 * Template and result numbers have at most a few decimals (validated as multiples of 0.01),
 * so scaling by 10^6 and rounding recovers the decimal the author wrote exactly.
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return rational(BigInt(Math.round(x * 1_000_000)), 1_000_000n);
}

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);

export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const eq = (a: Rational, b: Rational): boolean => cmp(a, b) === 0;
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);
export const isInteger = (a: Rational): boolean => a.d === 1n;

export function toNumber(a: Rational): number {
  return Number(a.n) / Number(a.d);
}

/** Rounds half away from zero to `decimals` places (what the reviewer sees). */
export function round(a: Rational, decimals = 1): Rational {
  const scale = 10n ** BigInt(decimals);
  const negative = a.n < 0n;
  const absN = negative ? -a.n : a.n;
  const scaled = (absN * scale * 2n + a.d) / (2n * a.d);
  return rational(negative ? -scaled : scaled, scale);
}

/** Rounds as `round` and drops trailing zeros: 91.58→"91.6", 93→"93". */
export function formatRational(a: Rational, decimals = 1): string {
  const scale = 10n ** BigInt(decimals);
  const r = round(a, decimals);
  const scaled = (r.n < 0n ? -r.n : r.n) * (scale / r.d);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(decimals, '0').replace(/0+$/, '');
  const text = frac ? `${whole}.${frac}` : `${whole}`;
  return r.n < 0n ? `-${text}` : text;
}
