/**
 * Money is an integer number of US cents, never a float. The brand keeps a
 * plain number (a quantity, a day count) from being mistaken for an amount.
 */
export type Cents = number & { readonly __brand: 'Cents' };

export function cents(amount: number): Cents {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`An amount of money must be a whole number of cents, got ${amount}`);
  }
  return amount as Cents;
}

export const ZERO = cents(0);

export function sumCents(amounts: readonly Cents[]): Cents {
  return cents(amounts.reduce((total, amount) => total + amount, 0));
}

/**
 * Divides exactly, then rounds half away from zero: 0.5 cent becomes 1 cent,
 * −0.5 cent becomes −1 cent. This is the billing rule's only rounding, applied
 * once per order line so that a line and its invoice always agree.
 */
export function divideRoundHalfAwayFromZero(numerator: number, denominator: number): Cents {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} exactly`);
  }
  // BigInt keeps 2 × numerator + denominator exact beyond 2^53; a float would round it.
  const magnitude = Number((2n * BigInt(Math.abs(numerator)) + BigInt(denominator)) / (2n * BigInt(denominator)));
  // Stryker disable next-line EqualityOperator: equivalent. A numerator of 0 has a magnitude of 0, returned as 0 whether or not "<= 0" calls it negative.
  const negative = numerator < 0;
  // A removal that rounds to nothing is 0, not −0.
  return cents(negative && magnitude !== 0 ? -magnitude : magnitude);
}

/** "$1.66", "−$3.32": the portal's one way of showing an amount. */
export function formatUsd(amount: Cents): string {
  const sign = amount < 0 ? '−' : '';
  const absolute = Math.abs(amount);
  const dollars = Math.floor(absolute / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(absolute % 100).padStart(2, '0')}`;
}
