/**
 * What must hold after any amount of concurrent ordering: every order applied
 * exactly once, each domain's services and monthly total as ordered, each
 * invoice adding up, and the gateway's charges matching the paid card
 * invoices one for one. What each order should have cost, and each domain's
 * monthly total, come from the tests' own oracle (tests/support/billing-oracle.ts)
 * and fixtures/, never from the portal's pricing code. Returns the problems
 * found; empty means sound. (Generated accounts hold only mailboxes and no credit.)
 */
import { expectedMonthlyTotalCents, expectedOrder } from '../support/billing-oracle';
import type { GatewayLedger } from '../../mock-portal/src/gateway/mock-gateway';
import type { PortalStore } from '../../mock-portal/src/store';

export interface CustomerRecord {
  readonly accountId: string;
  readonly domain: string;
  readonly startingMailboxes: number;
  /** order ids the customer saw confirmed, in order */
  readonly confirmed: readonly string[];
  /** the mailbox total the customer asked for last (starting total when none) */
  readonly finalMailboxes: number;
}

export function checkInvariants(store: PortalStore, ledger: GatewayLedger, customers: readonly CustomerRecord[]): string[] {
  const problems: string[] = [];
  /** order id → what the oracle says it should have charged */
  const expectedDue = new Map<string, number>();
  const invoices = [...store.invoices.values()];
  const byOrder = new Map<string, number>();
  for (const invoice of invoices) if (invoice.orderId) byOrder.set(invoice.orderId, (byOrder.get(invoice.orderId) ?? 0) + 1);

  for (const customer of customers) {
    const orders = [...store.orders.values()].filter((order) => order.accountId === customer.accountId);
    if (orders.length !== customer.confirmed.length) problems.push(`${customer.accountId}: ${orders.length} orders stored, ${customer.confirmed.length} confirmed to the customer`);
    for (const order of orders) {
      if (!customer.confirmed.includes(order.id)) problems.push(`${customer.accountId}: order ${order.id} was never confirmed to the customer`);
      if (order.status !== 'completed') problems.push(`order ${order.id} is ${order.status}, not completed`);
      if (byOrder.get(order.id) !== 1) problems.push(`order ${order.id} has ${byOrder.get(order.id) ?? 0} invoices, not 1`);
    }
    // Applied once, in order: each order starts where the previous one ended.
    const sorted = [...orders].sort((a, b) => Number(a.id) - Number(b.id));
    sorted.forEach((order, index) => {
      const expectedBefore = index === 0 ? customer.startingMailboxes : sorted[index - 1]!.configurationAfter['exchange-mailbox']!;
      if (order.configurationBefore['exchange-mailbox'] !== expectedBefore) problems.push(`order ${order.id} was priced from ${order.configurationBefore['exchange-mailbox']} mailboxes, not ${expectedBefore}`);
      const before = { name: customer.domain, hostingPackage: 'exchange-business' as const, services: { 'exchange-mailbox': expectedBefore } };
      const due = expectedOrder(before, { 'exchange-mailbox': order.configurationAfter['exchange-mailbox']! }, order.quotedOn).totalDueCents;
      expectedDue.set(order.id, due);
    });
    const domain = store.domainOf(customer.accountId, customer.domain);
    if (!domain) {
      problems.push(`${customer.accountId}: domain ${customer.domain} is gone`);
      continue;
    }
    const mailboxes = domain.services['exchange-mailbox'] ?? 0;
    if (mailboxes !== customer.finalMailboxes) problems.push(`${customer.domain}: ${mailboxes} mailboxes, ordered ${customer.finalMailboxes}`);
    const ordered = { name: customer.domain, hostingPackage: 'exchange-business' as const, services: { 'exchange-mailbox': customer.finalMailboxes } };
    const last = sorted.at(-1);
    if (last && last.quote.newMonthlyTotal !== expectedMonthlyTotalCents(ordered)) {
      problems.push(`${customer.domain}: the portal quoted a monthly total of ${last.quote.newMonthlyTotal}, the rule gives ${expectedMonthlyTotalCents(ordered)} for what was ordered`);
    }
  }

  for (const invoice of invoices) {
    const sum = invoice.lines.reduce((total, line) => total + line.amount, 0);
    if (sum !== invoice.total) problems.push(`invoice ${invoice.number}: lines add up to ${sum}, total says ${invoice.total}`);
  }

  const paidByCard = invoices.filter((invoice) => invoice.status === 'Paid' && invoice.paymentMethod === 'credit-card');
  const charged = (invoice: (typeof invoices)[number]) => (invoice.orderId ? expectedDue.get(invoice.orderId) ?? Number.NaN : invoice.total);
  if (ledger.charges.length !== paidByCard.length) problems.push(`${ledger.charges.length} charges in the ledger, ${paidByCard.length} invoices paid by card`);
  const ledgerSum = ledger.charges.reduce((sum, charge) => sum + charge.amount, 0);
  const invoiceSum = paidByCard.reduce((sum, invoice) => sum + charged(invoice), 0);
  if (ledgerSum !== invoiceSum) problems.push(`the ledger charged ${ledgerSum} cents, the rule gives ${invoiceSum} for the paid card invoices`);
  const chargeIds = new Set<string>();
  for (const invoice of paidByCard) {
    const charge = ledger.charges.find((candidate) => candidate.id === invoice.chargeId);
    if (!charge) problems.push(`invoice ${invoice.number}: no ledger charge ${invoice.chargeId}`);
    else if (charge.amount !== charged(invoice)) problems.push(`invoice ${invoice.number}: charged ${charge.amount}, the rule gives ${charged(invoice)}`);
    if (invoice.chargeId && chargeIds.has(invoice.chargeId)) problems.push(`charge ${invoice.chargeId} pays two invoices`);
    if (invoice.chargeId) chargeIds.add(invoice.chargeId);
  }
  if (new Set(ledger.charges.map((charge) => charge.idempotencyKey)).size !== ledger.charges.length) problems.push('two ledger charges share an idempotency key');
  return problems;
}

