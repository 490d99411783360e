/**
 * Why a quote can no longer be paid, in the customer's words and in the order
 * things happened. A quote is good only on the billing day it was made, for
 * the services and account credit it was made from, and while no other order
 * of the account is unsettled (both would be applied from the same starting
 * point). No HTTP here; handlers show what these return.
 */
import { BES_SERVICE_ID } from './bes-users';
import { formatLongDate, parseIsoDate, toIsoDate, type CivilDate } from './domain/calendar';
import { currentTotals, unsettledOrder } from './ordering';
import type { Order, PortalStore } from './store';

export type StaleReason =
  | { readonly kind: 'new-day' }
  | { readonly kind: 'domain-gone' }
  /** another order of the account is unsettled: it must be settled first */
  | { readonly kind: 'order-waiting'; readonly waiting: Order }
  /** the domain's services changed since the quote, by `by` when known */
  | { readonly kind: 'services-changed'; readonly by: Order | undefined }
  | { readonly kind: 'credit-changed'; readonly by: Order | undefined }
  /** BES users added since the quote need more licences than it would leave */
  | { readonly kind: 'bes-users-added'; readonly users: number; readonly licences: number };

export interface StaleQuote {
  /** one sentence per reason, events in the order they happened, then the date */
  readonly reasons: readonly string[];
  /** the order to settle before anything else can be paid, if that is what blocks */
  readonly waiting: Order | undefined;
}

export function staleReasons(store: PortalStore, order: Order, today: CivilDate): StaleReason[] {
  const domain = store.domainOf(order.accountId, order.domainName);
  if (!domain) return [{ kind: 'domain-gone' }];
  const events: { readonly seq: number; readonly reason: StaleReason }[] = [];
  const waiting = unsettledOrder(store, order.accountId, order);
  if (waiting) events.push({ seq: waiting.settledSeq ?? waiting.pricedSeq, reason: { kind: 'order-waiting', waiting } });
  const now = currentTotals(store, domain);
  const servicesBy = settledSince(store, order, (other) => other.domainName === order.domainName);
  if (Object.entries(order.configurationBefore).some(([serviceId, total]) => now[serviceId] !== total)) {
    events.push({ seq: servicesBy?.settledSeq ?? Number.MAX_SAFE_INTEGER, reason: { kind: 'services-changed', by: servicesBy } });
  }
  if (store.accounts.get(order.accountId)?.creditCents !== order.creditBefore) {
    const creditBy = settledSince(store, order, (other) => other.quote.creditApplied > 0 || other.quote.creditCreated > 0);
    // The order that changed the services already explains the credit it used: one sentence per event.
    if (!creditBy || creditBy !== servicesBy) {
      events.push({ seq: creditBy?.settledSeq ?? Number.MAX_SAFE_INTEGER, reason: { kind: 'credit-changed', by: creditBy } });
    }
  }
  const besLicences = order.configurationAfter[BES_SERVICE_ID] ?? 0;
  const besUsers = store.besUsersOf(domain).length;
  if (besUsers > besLicences) events.push({ seq: Number.MAX_SAFE_INTEGER, reason: { kind: 'bes-users-added', users: besUsers, licences: besLicences } });
  const reasons = events.sort((a, b) => a.seq - b.seq).map((event) => event.reason);
  if (order.quotedOn !== toIsoDate(today)) reasons.push({ kind: 'new-day' });
  return reasons;
}

export function isStale(store: PortalStore, order: Order, today: CivilDate): boolean {
  return staleReasons(store, order, today).length > 0;
}

/** What the "Review your order again" page says, or undefined while the quote can still be paid. */
export function staleQuote(store: PortalStore, order: Order, today: CivilDate): StaleQuote | undefined {
  const reasons = staleReasons(store, order, today);
  if (reasons.length === 0) return undefined;
  return {
    reasons: reasons.map((reason) => describe(reason, order)),
    waiting: reasons.find((reason) => reason.kind === 'order-waiting')?.waiting,
  };
}

/** The first order of the account applied after `order` was priced that matches. */
function settledSince(store: PortalStore, order: Order, matches: (other: Order) => boolean): Order | undefined {
  return [...store.orders.values()]
    .filter((other) => other.accountId === order.accountId && other.status === 'completed' && (other.settledSeq ?? 0) > order.pricedSeq && matches(other))
    .sort((a, b) => a.settledSeq! - b.settledSeq!)[0];
}

function describe(reason: StaleReason, order: Order): string {
  switch (reason.kind) {
    case 'new-day':
      return `This order was priced on ${formatLongDate(parseIsoDate(order.quotedOn))}. Changes are charged by the days left in the month, so it must be priced again for today.`;
    case 'domain-gone':
      return `${order.domainName} is no longer on your account.`;
    case 'order-waiting': {
      const { waiting } = reason;
      // Always after: while an order is unsettled no other can be placed, so this one was priced first.
      const after = (waiting.settledSeq ?? 0) > order.pricedSeq;
      if (waiting.outcomeUnknown) {
        return `${after ? 'After this order was priced, the' : 'The'} card payment for order ${waiting.id} (${waiting.domainName}) could not be confirmed. No other change can be paid until that order is finished.`;
      }
      const left = after ? `After this order was priced, order ${waiting.id} for ${waiting.domainName} was left` : `Order ${waiting.id} for ${waiting.domainName} is waiting`;
      return `${left} to be paid by bank transfer (invoice ${waiting.invoiceNumber}). No other change can be paid until that invoice is paid.`;
    }
    case 'services-changed':
      return reason.by
        ? `After this order was priced, order ${reason.by.id} changed the services of ${order.domainName}, so this order's prices no longer match them.`
        : `The services of ${order.domainName} changed after this order was priced, so this order's prices no longer match them.`;
    case 'bes-users-added':
      return `After this order was priced, BES users were added to ${order.domainName}: it has ${reason.users}, more than the ${reason.licences} BES user licence${reason.licences === 1 ? '' : 's'} this order would leave.`;
    case 'credit-changed':
      return reason.by
        ? `After this order was priced, order ${reason.by.id} ${reason.by.quote.creditApplied > 0 ? 'used' : 'added to'} your account credit, so this order's total no longer matches it.`
        : 'Your account credit changed after this order was priced, so this order\'s total no longer matches it.';
  }
}
