/**
 * Proportional allocation of a sample size over strata by the largest-remainder method, in
 * exact integer arithmetic (no floating-point quotas, so no machine can round differently).
 *
 * With `minOne`, every non-empty stratum gets at least one case when the target allows it
 * (target ≥ number of non-empty strata): a unit's rare procedure still shows up in the draw.
 * The cases those bumps cost are taken back from the strata whose floor was furthest above
 * their quota, i.e. the smallest remainders, never below one.
 */

export interface Stratum {
  key: string;
  size: number;
}

interface Share {
  index: number;
  key: string;
  size: number;
  base: number;
  /** Remainder numerator: quota = base + remainder / total. */
  remainder: number;
  bumped: boolean;
}

/** Largest remainder first; then the larger stratum; then the key, so ties never depend on input order. */
function byRemainderDesc(a: Share, b: Share): number {
  return b.remainder - a.remainder || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Smallest remainder first (the stratum furthest above its quota); then the larger stratum; then the key. */
function byRemainderAsc(a: Share, b: Share): number {
  return a.remainder - b.remainder || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function allocate(strata: readonly Stratum[], target: number, minOne: boolean): number[] {
  const total = strata.reduce((sum, s) => sum + s.size, 0);
  if (!Number.isInteger(target) || target < 0) throw new RangeError(`bad target ${target}`);
  if (target >= total) return strata.map((s) => s.size);
  if (target === 0) return strata.map(() => 0);

  const shares: Share[] = strata.map((s, index) => {
    const scaled = target * s.size;
    const base = Math.floor(scaled / total);
    return { index, key: s.key, size: s.size, base, remainder: scaled - base * total, bumped: false };
  });

  const nonEmpty = shares.filter((s) => s.size > 0);
  if (minOne && target >= nonEmpty.length) {
    for (const s of nonEmpty) {
      if (s.base === 0) {
        s.base = 1;
        s.bumped = true;
      }
    }
  }

  let left = target - shares.reduce((sum, s) => sum + s.base, 0);
  // Hand out what flooring left over, largest remainders first (bumped strata already got theirs).
  while (left > 0) {
    const candidates = shares.filter((s) => !s.bumped && s.base < s.size).sort(byRemainderDesc);
    if (candidates.length === 0) break;
    for (const s of candidates) {
      if (left === 0) break;
      s.base += 1;
      s.remainder = -1; // had its extra case; later rounds rank it last
      left -= 1;
    }
  }
  // Pay back the minimum-one bumps from the strata that lose least by it.
  while (left < 0) {
    const candidates = shares.filter((s) => !s.bumped && s.base > 1).sort(byRemainderAsc);
    const donor = candidates[0];
    if (!donor) break;
    donor.base -= 1;
    donor.remainder += total;
    left += 1;
  }
  return shares.map((s) => s.base);
}
