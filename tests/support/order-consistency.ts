/**
 * The billing rule checked for consistency with what the pages show, for a
 * portal whose prices and date the tests do not know (a real deployment):
 *   each line     = change × unit price × days charged ÷ days in month,
 *                   rounded half away from zero to the cent;
 *   total due     = Σ lines − account credit applied, never below zero;
 *   new monthly   = package price + Σ new total × unit price,
 *                   with the package and unit prices read from the domain's details page.
 * Pure: it takes the figures read off the pages (./order-readings.ts) and
 * returns each inconsistency as a value naming the figure and both numbers.
 * The remote journey and the guide's remote run share it.
 */
import { usd } from './billing-oracle';
import { changeText, daysInMonth } from './figure-text';

/** Services › My Services › a domain: its package and active services. */
export interface DomainDetailsFigures {
  readonly packageMonthlyCents: number;
  readonly services: readonly { readonly name: string; readonly quantity: number; readonly unitPriceCents: number }[];
  /** "Monthly total for <domain>" */
  readonly monthlyTotalCents: number;
}

export interface OrderLineFigures {
  readonly serviceName: string;
  readonly oldTotal: number;
  readonly newTotal: number;
  readonly change: number;
  readonly unitPriceCents: number;
  readonly daysCharged: number;
  readonly daysInMonth: number;
  readonly amountCents: number;
}

/** The Order Summary. */
export interface OrderSummaryFigures {
  /** the date the order was priced on, YYYY-MM-DD */
  readonly pricedOn: string;
  readonly lines: readonly OrderLineFigures[];
  /** 0 when no account credit is applied */
  readonly creditAppliedCents: number;
  readonly totalDueCents: number;
  readonly newMonthlyTotalCents: number;
}

export interface Inconsistency {
  /** what the customer reads, e.g. "Pro-rated amount of Hosted Exchange mailbox" */
  readonly figure: string;
  readonly shown: string;
  /** what the rule gives from the other figures on the pages */
  readonly expected: string;
  /** how `expected` was worked out */
  readonly rule: string;
}

/** "Total due today: the page shows $2.00, the rule gives $1.66 (Σ lines $1.66 − credit applied $0.00, never below zero)" */
export function describeInconsistency(inconsistency: Inconsistency): string {
  return `${inconsistency.figure}: the page shows ${inconsistency.shown}, the rule gives ${inconsistency.expected} (${inconsistency.rule})`;
}

/** Exact (numerator ÷ denominator) rounded to a whole cent, halves away from zero; integers only, so no float error. */
export function roundHalfAwayFromZero(numerator: number, denominator: number): number {
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

export function orderInconsistencies(details: DomainDetailsFigures, summary: OrderSummaryFigures): Inconsistency[] {
  const found: Inconsistency[] = [];
  const check = (figure: string, shown: string, expected: string, rule: string) => {
    if (shown !== expected) found.push({ figure, shown, expected, rule });
  };
  const onDetails = new Map(details.services.map((service) => [service.name, service]));

  check(
    'Monthly total on the details page',
    usd(details.monthlyTotalCents),
    usd(details.services.reduce((total, service) => total + service.quantity * service.unitPriceCents, details.packageMonthlyCents)),
    `package ${usd(details.packageMonthlyCents)} + Σ quantity × unit price`,
  );

  const [year, month, day] = summary.pricedOn.split('-').map(Number) as [number, number, number];
  const monthLength = daysInMonth(year, month);
  const daysCharged = monthLength - day + 1;
  for (const line of summary.lines) {
    const service = onDetails.get(line.serviceName);
    check(`Current total of ${line.serviceName}`, String(line.oldTotal), String(service?.quantity ?? 0), 'the quantity on the details page');
    if (service) check(`Unit price of ${line.serviceName}`, usd(line.unitPriceCents), usd(service.unitPriceCents), 'the unit price on the details page');
    const delta = line.newTotal - line.oldTotal;
    check(`Change of ${line.serviceName}`, changeText(line.change), changeText(delta), `new total ${line.newTotal} − current total ${line.oldTotal}`);
    check(
      `Days charged for ${line.serviceName}`,
      `${line.daysCharged} of ${line.daysInMonth} days`,
      `${daysCharged} of ${monthLength} days`,
      `priced on ${summary.pricedOn}: ${monthLength} − ${day} + 1 days of ${monthLength}`,
    );
    check(
      `Pro-rated amount of ${line.serviceName}`,
      usd(line.amountCents),
      usd(roundHalfAwayFromZero(delta * line.unitPriceCents * daysCharged, monthLength)),
      `${changeText(delta)} × ${usd(line.unitPriceCents)} × ${daysCharged} ÷ ${monthLength}, rounded half away from zero`,
    );
  }

  const sum = summary.lines.reduce((total, line) => total + line.amountCents, 0);
  check('Total due today', usd(summary.totalDueCents), usd(Math.max(0, sum - summary.creditAppliedCents)), `Σ lines ${usd(sum)} − credit applied ${usd(summary.creditAppliedCents)}, never below zero`);

  const changed = new Map(summary.lines.map((line) => [line.serviceName, line]));
  const unchanged = details.services.filter((service) => !changed.has(service.name));
  const newMonthly =
    details.packageMonthlyCents +
    unchanged.reduce((total, service) => total + service.quantity * service.unitPriceCents, 0) +
    summary.lines.reduce((total, line) => total + line.newTotal * (onDetails.get(line.serviceName)?.unitPriceCents ?? line.unitPriceCents), 0);
  check('New monthly total', usd(summary.newMonthlyTotalCents), usd(newMonthly), `package ${usd(details.packageMonthlyCents)} + Σ new total × unit price from the details page`);
  return found;
}
