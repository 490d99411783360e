/**
 * The billing rule for adding or removing hosted services mid-month.
 *
 * - The period is the calendar month of the change date (in the billing zone).
 * - Days charged = days in that month − day of the month + 1: the change day
 *   itself is billed at the new total.
 * - Line amount = (new − old) × unit price × days charged ÷ days in month,
 *   computed exactly and rounded half away from zero once per line. A removal
 *   gives a negative line.
 * - Total due today = the sum of the lines less any account credit, never
 *   below zero. A negative sum becomes account credit, never a card refund.
 * - New monthly total = package price + Σ (new total × unit price).
 *
 * Pure: the date is an argument and nothing here reads a clock.
 */
import { daysInMonth, type CivilDate } from './calendar';
import { cents, divideRoundHalfAwayFromZero, sumCents, type Cents } from './money';

export interface ServiceChange {
  readonly serviceId: string;
  readonly unitPrice: Cents;
  readonly oldTotal: number;
  readonly newTotal: number;
}

export interface ProratedLine extends ServiceChange {
  /** new − old: +1 for one more, −2 for two fewer */
  readonly change: number;
  readonly daysCharged: number;
  readonly daysInMonth: number;
  readonly amount: Cents;
}

export interface Quote {
  readonly lines: readonly ProratedLine[];
  /** Σ line amounts; negative when the order removes more than it adds */
  readonly subtotal: Cents;
  /** account credit used to pay this order */
  readonly creditApplied: Cents;
  /** what the card is charged today, never below zero */
  readonly totalDue: Cents;
  /** new account credit when the subtotal is negative */
  readonly creditCreated: Cents;
  readonly newMonthlyTotal: Cents;
}

export function daysChargedFrom(date: CivilDate): { daysCharged: number; daysInMonth: number } {
  const monthLength = daysInMonth(date.year, date.month);
  return { daysCharged: monthLength - date.day + 1, daysInMonth: monthLength };
}

export function prorateLine(change: ServiceChange, date: CivilDate): ProratedLine {
  const { daysCharged, daysInMonth: monthLength } = daysChargedFrom(date);
  const delta = change.newTotal - change.oldTotal;
  const amount = divideRoundHalfAwayFromZero(delta * change.unitPrice * daysCharged, monthLength);
  return { ...change, change: delta, daysCharged, daysInMonth: monthLength, amount };
}

export function monthlyTotal(
  packagePrice: Cents,
  services: readonly { readonly unitPrice: Cents; readonly total: number }[],
): Cents {
  return sumCents([packagePrice, ...services.map((service) => cents(service.unitPrice * service.total))]);
}

export interface QuoteRequest {
  readonly date: CivilDate;
  readonly packagePrice: Cents;
  /** every service of the domain, changed or not; unchanged ones give no line */
  readonly services: readonly ServiceChange[];
  readonly accountCredit: Cents;
}

export function quoteChange(request: QuoteRequest): Quote {
  const lines = request.services
    .filter((service) => service.newTotal !== service.oldTotal)
    .map((service) => prorateLine(service, request.date));
  const subtotal = sumCents(lines.map((line) => line.amount));
  // Only a positive sum is paid, by account credit first and then the card; a negative sum becomes credit.
  const toPay = Math.max(subtotal, 0);
  const creditApplied = cents(Math.min(request.accountCredit, toPay));
  return {
    lines,
    subtotal,
    creditApplied,
    totalDue: cents(toPay - creditApplied),
    creditCreated: cents(Math.max(-subtotal, 0)),
    newMonthlyTotal: monthlyTotal(
      request.packagePrice,
      request.services.map((service) => ({ unitPrice: service.unitPrice, total: service.newTotal })),
    ),
  };
}
