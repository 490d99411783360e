/**
 * The tests' own reading of the billing rule, written from the README and the
 * fixtures' prices, never from the portal's billing module: checking the
 * portal against itself would prove nothing.
 */
import type { AccountFixture, DomainFixture } from '../../fixtures/accounts';
import { hostingPackageById, services } from '../../fixtures/catalogue';

export interface ExpectedLine {
  readonly serviceName: string;
  readonly oldTotal: number;
  readonly newTotal: number;
  /** "+1", "−2" */
  readonly change: string;
  readonly unitPrice: string;
  /** "5 of 30 days" */
  readonly daysCharged: string;
  readonly amount: string;
  readonly amountCents: number;
}

export interface ExpectedOrder {
  readonly lines: readonly ExpectedLine[];
  readonly totalDue: string;
  readonly totalDueCents: number;
  /** account credit that pays part or all of a positive sum */
  readonly creditAppliedCents: number;
  readonly creditCreatedCents: number;
  readonly newMonthlyTotal: string;
  readonly newMonthlyTotalCents: number;
}

/** "$1,234.56"; a negative amount uses a real minus sign: "−$3.32". */
export function usd(amountCents: number): string {
  const sign = amountCents < 0 ? '−' : '';
  const dollars = (Math.abs(amountCents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${sign}$${dollars}`;
}

/**
 * `billingDate` is the calendar date in the billing zone (YYYY-MM-DD), stated
 * by the test rather than derived, so a time-zone slip in the portal shows.
 */
export function expectedOrder(domain: DomainFixture, newTotals: Readonly<Record<string, number>>, billingDate: string, accountCreditCents = 0): ExpectedOrder {
  const [year, month, day] = billingDate.split('-').map(Number) as [number, number, number];
  const monthLength = new Date(year, month, 0).getDate();
  const daysCharged = monthLength - day + 1;
  const lines: ExpectedLine[] = [];
  let monthly = hostingPackageById(domain.hostingPackage ?? '').monthlyPriceCents;
  for (const service of services) {
    const oldTotal = (domain.services as Record<string, number | undefined>)[service.id] ?? 0;
    const newTotal = newTotals[service.id] ?? oldTotal;
    monthly += newTotal * service.unitPriceCents;
    if (newTotal === oldTotal) continue;
    const delta = newTotal - oldTotal;
    // Exact cents as a fraction; Math.round on the magnitude rounds half away from zero.
    const exact = (delta * service.unitPriceCents * daysCharged) / monthLength;
    const amountCents = Math.sign(exact) * Math.round(Math.abs(exact));
    lines.push({
      serviceName: service.name,
      oldTotal,
      newTotal,
      change: delta > 0 ? `+${delta}` : `−${-delta}`,
      unitPrice: usd(service.unitPriceCents),
      daysCharged: `${daysCharged} of ${monthLength} days`,
      amount: usd(amountCents),
      amountCents,
    });
  }
  const sum = lines.reduce((total, line) => total + line.amountCents, 0);
  const creditAppliedCents = Math.min(Math.max(sum, 0), accountCreditCents);
  const totalDueCents = Math.max(0, sum - creditAppliedCents);
  return {
    lines,
    totalDue: usd(totalDueCents),
    totalDueCents,
    creditAppliedCents,
    creditCreatedCents: sum < 0 ? -sum : 0,
    newMonthlyTotal: usd(monthly),
    newMonthlyTotalCents: monthly,
  };
}

/** The account's monthly bill: every hosted domain's package plus its services. */
export function expectedMonthlyTotalCents(domain: DomainFixture, totals: Readonly<Record<string, number>> = {}): number {
  if (!domain.hostingPackage) return 0;
  return services.reduce(
    (total, service) => total + ((totals[service.id] ?? (domain.services as Record<string, number | undefined>)[service.id] ?? 0) * service.unitPriceCents),
    hostingPackageById(domain.hostingPackage).monthlyPriceCents,
  );
}

/** The account's monthly bill after `changed` moves to `newMonthlyTotalCents`; the other domains as in the fixtures. */
export function expectedAccountMonthlyTotalCents(account: AccountFixture, changed: DomainFixture, newMonthlyTotalCents: number): number {
  return account.domains.reduce((total, domain) => total + (domain === changed ? newMonthlyTotalCents : expectedMonthlyTotalCents(domain)), 0);
}
