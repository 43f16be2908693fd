import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  div,
  formatRational,
  fromNumber,
  mul,
  rational,
  sub,
  sum,
  toNumber,
} from '../../shared/scoring/rational.ts';

describe('exact arithmetic', () => {
  it('adds tenths without drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(cmp(add(fromNumber(0.1), fromNumber(0.2)), fromNumber(0.3))).toBe(0);
    expect(toNumber(sum([0.1, 0.1, 0.1].map(fromNumber)))).toBe(0.3);
  });

  it('keeps fractions reduced with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(div(fromNumber(87), fromNumber(95))).toEqual({ n: 87n, d: 95n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('rounds half away from zero to one decimal for display only', () => {
    expect(formatRational(mul(div(fromNumber(87), fromNumber(95)), fromNumber(100)))).toBe('91.6');
    expect(formatRational(fromNumber(93))).toBe('93');
    expect(formatRational(fromNumber(0.25))).toBe('0.3');
    expect(formatRational(fromNumber(-0.25))).toBe('-0.3');
    expect(formatRational(fromNumber(-0.04))).toBe('0');
    expect(formatRational(div(fromNumber(1), fromNumber(3)), 2)).toBe('0.33');
  });

  it('agrees with integer arithmetic on hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -100000, max: 100000 }), (a, b) => {
        const x = fromNumber(a / 100);
        const y = fromNumber(b / 100);
        expect(cmp(add(x, y), fromNumber((a + b) / 100))).toBe(0);
        expect(cmp(sub(x, y), fromNumber((a - b) / 100))).toBe(0);
        expect(cmp(x, y)).toBe(Math.sign(a - b));
      }),
    );
  });
});
