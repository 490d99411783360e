/**
 * The order summary checked against the oracle, figure by figure, with each
 * assertion named after what the customer reads, so a failure says which
 * figure differs. Shared by the journey and the scenario table.
 */
import type { OrderSummaryPage } from '../pages';
import type { ExpectedOrder } from './billing-oracle';
import { expect } from './test';

export async function expectOrderSummary(orderSummary: OrderSummaryPage, expected: ExpectedOrder, domainName: string): Promise<void> {
  await expect(orderSummary.orderLines, 'one order line per changed service').toHaveCount(expected.lines.length);
  for (const line of expected.lines) {
    await expect(orderSummary.lineCells(line.serviceName), `the order line for ${line.serviceName}`).toHaveText([
      String(line.oldTotal),
      String(line.newTotal),
      line.change,
      line.unitPrice,
      line.daysCharged,
      line.amount,
    ]);
  }
  await expect(orderSummary.totalDue, 'Total due today').toHaveText(expected.totalDue);
  await expect(orderSummary.newMonthlyTotal, `New monthly total for ${domainName}`).toHaveText(expected.newMonthlyTotal);
}
