import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test, expect } from '../../../tests/support/test';
import { cents, divideRoundHalfAwayFromZero, formatUsd, sumCents, ZERO } from './money';

/*
 * Inside fast-check properties we check with node:assert: Playwright's expect
 * records a report step per call, which turns thousands of runs into minutes.
 * fast-check still reports the failing assertion with its counterexample.
 */

/** The rounding rule written out with BigInt, independently of the module. */
function referenceRound(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const magnitude = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return Number(n < 0n ? -magnitude : magnitude);
}

test.describe('cents: an amount is a whole number of cents', () => {
  test('accepts whole numbers, zero and negatives', () => {
    expect(cents(995)).toBe(995);
    expect(cents(0)).toBe(0);
    expect(cents(-166)).toBe(-166);
    expect(ZERO).toBe(0);
  });

  test('accepts the largest safe integers', () => {
    expect(cents(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(cents(Number.MIN_SAFE_INTEGER)).toBe(Number.MIN_SAFE_INTEGER);
  });

  test('rejects fractions of a cent, NaN, infinities and unsafe integers', () => {
    for (const bad of [1.5, 0.1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53]) {
      expect(() => cents(bad), String(bad)).toThrow(RangeError);
    }
    expect(() => cents(16.6)).toThrow('An amount of money must be a whole number of cents, got 16.6');
  });
});

test.describe('sumCents', () => {
  test('adds amounts of either sign', () => {
    expect(sumCents([cents(166), cents(450), cents(-100)])).toBe(516);
  });

  test('an empty list sums to zero', () => {
    expect(sumCents([])).toBe(0);
  });

  test('a sum that leaves the safe range is refused, not rounded', () => {
    expect(() => sumCents([cents(Number.MAX_SAFE_INTEGER), cents(1)])).toThrow(RangeError);
  });
});

test.describe('divideRoundHalfAwayFromZero', () => {
  test('exact quotients are unchanged', () => {
    expect(divideRoundHalfAwayFromZero(995 * 30, 30)).toBe(995);
    expect(divideRoundHalfAwayFromZero(-450 * 28, 28)).toBe(-450);
    expect(divideRoundHalfAwayFromZero(0, 31)).toBe(0);
  });

  test('below half rounds toward zero, above half away from zero', () => {
    // 995 × 5 / 30 = 165.83… → 166; 995 × 1 / 31 = 32.09… → 32
    expect(divideRoundHalfAwayFromZero(995 * 5, 30)).toBe(166);
    expect(divideRoundHalfAwayFromZero(995, 31)).toBe(32);
    expect(divideRoundHalfAwayFromZero(-995 * 5, 30)).toBe(-166);
    expect(divideRoundHalfAwayFromZero(-995, 31)).toBe(-32);
    // 1 / 3 = 0.33… → 0; 2 / 3 = 0.66… → 1
    expect(divideRoundHalfAwayFromZero(1, 3)).toBe(0);
    expect(divideRoundHalfAwayFromZero(2, 3)).toBe(1);
    expect(divideRoundHalfAwayFromZero(-2, 3)).toBe(-1);
  });

  test('an exact half cent rounds up for a positive amount', () => {
    // 1 × 995 × 3 / 30 = 99.5 → 100
    expect(divideRoundHalfAwayFromZero(995 * 3, 30)).toBe(100);
    // 450 × 7 / 28 = 112.5 → 113; 4495 × 14 / 28 = 2247.5 → 2248
    expect(divideRoundHalfAwayFromZero(450 * 7, 28)).toBe(113);
    expect(divideRoundHalfAwayFromZero(4495 * 14, 28)).toBe(2248);
    expect(divideRoundHalfAwayFromZero(1, 2)).toBe(1);
  });

  test('an exact half cent rounds down for a negative amount (away from zero)', () => {
    // −1 × 995 × 3 / 30 = −99.5 → −100
    expect(divideRoundHalfAwayFromZero(-995 * 3, 30)).toBe(-100);
    expect(divideRoundHalfAwayFromZero(-450 * 7, 28)).toBe(-113);
    expect(divideRoundHalfAwayFromZero(-1, 2)).toBe(-1);
  });

  test('a negative amount that rounds to nothing is 0, not −0', () => {
    // −1 / 3 = −0.33… → 0. toBe uses Object.is, so −0 would fail here.
    expect(divideRoundHalfAwayFromZero(-1, 3)).toBe(0);
    expect(formatUsd(divideRoundHalfAwayFromZero(-1, 3))).toBe('$0.00');
  });

  test('refuses fractional inputs, a zero or negative denominator, and unsafe numbers', () => {
    expect(() => divideRoundHalfAwayFromZero(1.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZero(10, 2.5)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZero(10, 0)).toThrow('Cannot divide 10 by 0 exactly');
    expect(() => divideRoundHalfAwayFromZero(10, -3)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZero(2 ** 53, 3)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZero(Number.NaN, 3)).toThrow(RangeError);
  });

  test('stays exact at the edge of the safe range', () => {
    expect(divideRoundHalfAwayFromZero(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(divideRoundHalfAwayFromZero(Number.MIN_SAFE_INTEGER, 1)).toBe(Number.MIN_SAFE_INTEGER);
    // 2^52 + 1 over 1: a float 2n + d would round 2^53 + 3 to 2^53 + 4 and give 2^52 + 2.
    expect(divideRoundHalfAwayFromZero(2 ** 52 + 1, 1)).toBe(2 ** 52 + 1);
    // (2^53 − 1) / 2 = 4503599627370495.5 → …496
    expect(divideRoundHalfAwayFromZero(Number.MAX_SAFE_INTEGER, 2)).toBe(4503599627370496);
  });

  test('property: agrees with exact rational rounding and is symmetric in sign', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (numerator, denominator) => {
          const result = divideRoundHalfAwayFromZero(numerator, denominator);
          assert.equal(result, referenceRound(numerator, denominator));
          assert.equal(divideRoundHalfAwayFromZero(-numerator, denominator), result === 0 ? 0 : -result);
          // Within half a unit of the exact quotient: |result × d − n| × 2 ≤ d.
          const error = BigInt(result) * BigInt(denominator) - BigInt(numerator);
          assert.ok((error < 0n ? -error : error) * 2n <= BigInt(denominator));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

test.describe('formatUsd', () => {
  test('shows dollars and two-digit cents', () => {
    expect(formatUsd(cents(166))).toBe('$1.66');
    expect(formatUsd(cents(4530))).toBe('$45.30');
    expect(formatUsd(cents(995))).toBe('$9.95');
    expect(formatUsd(cents(100))).toBe('$1.00');
  });

  test('pads amounts under a dollar', () => {
    expect(formatUsd(cents(0))).toBe('$0.00');
    expect(formatUsd(cents(5))).toBe('$0.05');
    expect(formatUsd(cents(50))).toBe('$0.50');
  });

  test('groups thousands with commas', () => {
    expect(formatUsd(cents(123456789))).toBe('$1,234,567.89');
    expect(formatUsd(cents(100000))).toBe('$1,000.00');
  });

  test('puts a true minus sign (U+2212) before the dollar sign', () => {
    expect(formatUsd(cents(-332))).toBe('\u2212$3.32');
    expect(formatUsd(cents(-5))).toBe('−$0.05');
    expect(formatUsd(cents(-100000))).toBe('−$1,000.00');
  });
});
