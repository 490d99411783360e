/**
 * Reads the figures that the consistency check (./order-consistency.ts) needs
 * off the domain's details page and the Order Summary, through the page
 * objects, on any portal: the mock or a deployment.
 */
import type { DomainDetailsPage, OrderSummaryPage } from '../pages';
import { centsOf, changeOf, countOf, daysChargedOf, isoDateOf } from './figure-text';
import type { DomainDetailsFigures, OrderLineFigures, OrderSummaryFigures } from './order-consistency';

export async function readDomainDetails(details: DomainDetailsPage): Promise<DomainDetailsFigures> {
  const services = await Promise.all(
    (await details.serviceRows.all()).map(async (row) => {
      const name = (await row.getByRole('rowheader').innerText()).trim();
      const [quantity, unitPrice] = await row.getByRole('cell').allInnerTexts();
      return { name, quantity: countOf(quantity ?? ''), unitPriceCents: centsOf(unitPrice ?? '') };
    }),
  );
  return {
    packageMonthlyCents: centsOf(await details.packagePrice.innerText()),
    services,
    monthlyTotalCents: centsOf(await details.monthlyTotal.innerText()),
  };
}

export async function readOrderSummary(summary: OrderSummaryPage): Promise<OrderSummaryFigures> {
  const pricedOn = /priced on ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(await summary.pricedOn.innerText())?.[1];
  if (!pricedOn) throw new Error('The Order Summary does not say which date it was priced on');
  const lines = await Promise.all(
    (await summary.orderLines.all()).map(async (row): Promise<OrderLineFigures> => {
      const serviceName = (await row.getByRole('rowheader').innerText()).trim();
      const [oldTotal, newTotal, change, unitPrice, days, amount] = (await row.getByRole('cell').allInnerTexts()).map((cell) => cell.trim());
      const { charged, inMonth } = daysChargedOf(days ?? '');
      return {
        serviceName,
        oldTotal: countOf(oldTotal ?? ''),
        newTotal: countOf(newTotal ?? ''),
        change: changeOf(change ?? ''),
        unitPriceCents: centsOf(unitPrice ?? ''),
        daysCharged: charged,
        daysInMonth: inMonth,
        amountCents: centsOf(amount ?? ''),
      };
    }),
  );
  // Shown as "−$1.00" only when account credit pays part of the order.
  const creditApplied = (await summary.creditApplied.count()) > 0 ? -centsOf(await summary.creditApplied.innerText()) : 0;
  return {
    pricedOn: isoDateOf(pricedOn),
    lines,
    creditAppliedCents: creditApplied,
    totalDueCents: centsOf(await summary.totalDue.innerText()),
    newMonthlyTotalCents: centsOf(await summary.newMonthlyTotal.innerText()),
  };
}
