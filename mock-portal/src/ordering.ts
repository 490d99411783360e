/**
 * Orders for adding or removing services: from the customer's new totals to
 * an applied configuration and an invoice. No HTTP here; handlers call these.
 */
import { compareDates, parseIsoDate, toIsoDate, addDays, type CivilDate } from './domain/calendar';
import { cents, formatUsd, sumCents, type Cents } from './domain/money';
import { monthlyTotal, quoteChange, type ProratedLine, type Quote } from './domain/proration';
import type { HostingPackageFixture } from '../../fixtures/catalogue';
import { invoiceRecipients } from './contacts';
import { NO_CARD_ATTEMPTS, type Account, type Domain, type Invoice, type InvoiceLine, type Order, type PaymentMethod, type PortalStore } from './store';

/** Why a domain's services cannot be changed right now, in words for the customer. */
export type ChangeBlock =
  | { readonly reason: 'no-hosting-package'; readonly message: string }
  | { readonly reason: 'overdue-invoice'; readonly message: string; readonly invoiceNumber: string }
  | { readonly reason: 'unpaid-order'; readonly message: string; readonly invoiceNumber: string | null }
  | { readonly reason: 'unconfirmed-payment'; readonly message: string; readonly orderId: string };

/** Bank transfers have two weeks, like the portal's other invoices. */
const BANK_TRANSFER_TERMS_DAYS = 14;

export function changeBlock(store: PortalStore, domain: Domain, today: CivilDate): ChangeBlock | null {
  if (!domain.hostingPackageId) {
    return {
      reason: 'no-hosting-package',
      message: `${domain.name} has no hosting package. Services can only be added to a domain with a hosting package, so a package must be purchased first.`,
    };
  }
  const overdue = store.invoicesOf(domain.accountId).find((invoice) => isOverdue(invoice, today));
  if (overdue) {
    return {
      reason: 'overdue-invoice',
      message: `Your account has an overdue invoice (${overdue.number}). Services can be changed once the account is current: please pay the invoice first.`,
      invoiceNumber: overdue.number,
    };
  }
  const pending = unsettledOrder(store, domain.accountId);
  if (pending?.outcomeUnknown) {
    return {
      reason: 'unconfirmed-payment',
      message: `The card payment for order ${pending.id} could not be confirmed. Finish it first: open the order and select Click to Continue again (you will not be charged twice).`,
      orderId: pending.id,
    };
  }
  if (pending) {
    // Not "an earlier order": it may have been placed after the order the customer is looking at.
    return {
      reason: 'unpaid-order',
      message: `Order ${pending.id} for ${pending.domainName} is waiting for payment by bank transfer${pending.invoiceNumber ? ` on invoice ${pending.invoiceNumber}` : ''}. A new change can be ordered once it is paid.`,
      invoiceNumber: pending.invoiceNumber,
    };
  }
  return null;
}

export function isOverdue(invoice: Invoice, today: CivilDate): boolean {
  return invoice.status === 'Unpaid' && compareDates(parseIsoDate(invoice.dueOn), today) < 0;
}

/**
 * An order of the account that is not settled yet: waiting for a bank
 * transfer, or paid by card with no answer from the gateway. While one exists,
 * no other change may be ordered or paid: both would start from the same
 * services and the same credit.
 */
export function unsettledOrder(store: PortalStore, accountId: string, except?: Order): Order | undefined {
  return [...store.orders.values()].find(
    (order) => order !== except && order.accountId === accountId && (order.status === 'awaiting-payment' || order.outcomeUnknown),
  );
}

export function currentTotals(store: PortalStore, domain: Domain): Record<string, number> {
  return Object.fromEntries(store.catalogue.services.map((service) => [service.id, domain.services[service.id] ?? 0]));
}

export function hostingPackageOf(store: PortalStore, domain: Domain): HostingPackageFixture | undefined {
  return store.catalogue.hostingPackages.find((candidate) => candidate.id === domain.hostingPackageId);
}

/** What the domain costs each month as it is now; zero without a hosting package. */
export function monthlyTotalOf(store: PortalStore, domain: Domain): Cents {
  const hostingPackage = hostingPackageOf(store, domain);
  if (!hostingPackage) return cents(0);
  return monthlyTotal(
    cents(hostingPackage.monthlyPriceCents),
    store.catalogue.services.map((service) => ({ unitPrice: cents(service.unitPriceCents), total: domain.services[service.id] ?? 0 })),
  );
}

function quoteFor(
  store: PortalStore,
  domain: Domain,
  newTotals: Record<string, number>,
  accountCredit: Cents,
  date: CivilDate,
): Quote {
  const hostingPackage = hostingPackageOf(store, domain);
  if (!hostingPackage) throw new Error(`${domain.name} has no hosting package to price`);
  return quoteChange({
    date,
    packagePrice: cents(hostingPackage.monthlyPriceCents),
    accountCredit,
    services: store.catalogue.services.map((service) => ({
      serviceId: service.id,
      unitPrice: cents(service.unitPriceCents),
      oldTotal: domain.services[service.id] ?? 0,
      newTotal: newTotals[service.id] ?? 0,
    })),
  });
}

/** Prices the change and keeps the quote server-side: the amount shown is the amount charged. */
export function placeOrder(
  store: PortalStore,
  account: Account,
  domain: Domain,
  newTotals: Record<string, number>,
  today: CivilDate,
): Order {
  const quote = quoteFor(store, domain, newTotals, account.creditCents, today);
  return store.addOrder({
    accountId: account.id,
    domainName: domain.name,
    quotedOn: toIsoDate(today),
    configurationBefore: currentTotals(store, domain),
    configurationAfter: { ...currentTotals(store, domain), ...newTotals },
    quote,
    creditBefore: account.creditCents,
    status: 'quoted',
    paymentMethod: null,
    invoiceNumber: null,
    ...NO_CARD_ATTEMPTS,
  });
}

export function serviceName(store: PortalStore, serviceId: string): string {
  return store.catalogue.services.find((service) => service.id === serviceId)?.name ?? serviceId;
}

/** "+1", "−2": how a line's change is shown everywhere. */
export function changeText(line: ProratedLine): string {
  return line.change > 0 ? `+${line.change}` : `−${-line.change}`;
}

export function describeLine(store: PortalStore, line: ProratedLine): string {
  return `${serviceName(store, line.serviceId)}: ${line.oldTotal} → ${line.newTotal} (${changeText(line)}) × ${formatUsd(line.unitPrice)}, ${line.daysCharged} of ${line.daysInMonth} days`;
}

function invoiceLines(store: PortalStore, order: Order): InvoiceLine[] {
  const lines: InvoiceLine[] = order.quote.lines.map((line) => ({ kind: 'service', description: describeLine(store, line), amount: line.amount }));
  if (order.quote.creditApplied > 0) {
    lines.push({ kind: 'credit-applied', description: 'Account credit applied', amount: cents(-order.quote.creditApplied) });
  }
  if (order.quote.creditCreated > 0) {
    lines.push({ kind: 'credit-added', description: 'Credit added to your account', amount: order.quote.creditCreated });
  }
  return lines;
}

function issueInvoice(store: PortalStore, order: Order, today: CivilDate, paid: boolean, method: PaymentMethod, chargeId: string | null): Invoice {
  const lines = invoiceLines(store, order);
  const invoice = store.addInvoice({
    accountId: order.accountId,
    orderId: order.id,
    sentTo: invoiceRecipients(store, order.accountId),
    issuedOn: toIsoDate(today),
    dueOn: toIsoDate(paid ? today : addDays(today, BANK_TRANSFER_TERMS_DAYS)),
    lines,
    total: sumCents(lines.map((line) => line.amount)),
    status: paid ? 'Paid' : 'Unpaid',
    paidOn: paid ? toIsoDate(today) : null,
    paymentMethod: method,
    chargeId,
    ...NO_CARD_ATTEMPTS,
  });
  order.invoiceNumber = invoice.number;
  return invoice;
}

/** Makes the new totals real and settles account credit. Called once per order. */
function applyOrder(store: PortalStore, order: Order): void {
  const domain = store.domainOf(order.accountId, order.domainName);
  const account = store.accounts.get(order.accountId);
  if (!domain || !account) throw new Error(`Order ${order.id} lost its domain or account`);
  domain.services = { ...order.configurationAfter };
  account.creditCents = cents(account.creditCents - order.quote.creditApplied + order.quote.creditCreated);
  order.status = 'completed';
  order.settledSeq = store.nextEventSeq();
}

/** The card payment got no answer: the order now blocks others until a retry settles it. */
export function recordUnconfirmedPayment(store: PortalStore, order: Order): void {
  order.settledSeq = store.nextEventSeq();
}

/** Nothing to charge (a downgrade, or credit covers it): the order completes at once. */
export function completeWithoutCard(store: PortalStore, order: Order, today: CivilDate): Invoice {
  order.paymentMethod = 'account-credit';
  const invoice = issueInvoice(store, order, today, true, 'account-credit', null);
  applyOrder(store, order);
  return invoice;
}

/** Leaves an unpaid invoice; nothing is applied until it is paid. */
export function chooseBankTransfer(store: PortalStore, order: Order, today: CivilDate): Invoice {
  order.paymentMethod = 'bank-transfer';
  order.status = 'awaiting-payment';
  order.settledSeq = store.nextEventSeq();
  return issueInvoice(store, order, today, false, 'bank-transfer', null);
}

export function completeCardPayment(store: PortalStore, order: Order, today: CivilDate, chargeId: string): Invoice {
  order.paymentMethod = 'credit-card';
  const invoice = issueInvoice(store, order, today, true, 'credit-card', chargeId);
  applyOrder(store, order);
  return invoice;
}


/** "Pay Now" on an unpaid invoice: marks it paid, and applies the order that waited for it. */
export function settleInvoiceByCard(store: PortalStore, invoice: Invoice, today: CivilDate, chargeId: string): void {
  invoice.status = 'Paid';
  invoice.paidOn = toIsoDate(today);
  invoice.paymentMethod = 'credit-card';
  invoice.chargeId = chargeId;
  const order = invoice.orderId ? store.orders.get(invoice.orderId) : undefined;
  if (order?.status === 'awaiting-payment') applyOrder(store, order);
}
