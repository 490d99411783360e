import { expect, test } from '../../tests/support/test';
import { parseIsoDate } from './domain/calendar';
import { chooseBankTransfer, completeCardPayment, placeOrder } from './ordering';
import { seedStore } from './seed';
import { staleQuote, staleReasons } from './stale-quote';

const TODAY = parseIsoDate('2026-11-26');
const TOMORROW = parseIsoDate('2026-11-27');

function contoso() {
  const store = seedStore(TODAY);
  const account = store.accounts.get('contoso-dental')!;
  const dental = store.domainOf(account.id, 'contoso-dental.com')!;
  const labs = store.domainOf(account.id, 'contoso-labs.net')!;
  return { store, account, dental, labs };
}

test('a fresh quote has no reason to be reviewed', () => {
  const { store, account, dental } = contoso();
  const order = placeOrder(store, account, dental, { 'exchange-mailbox': 3 }, TODAY);
  expect(staleReasons(store, order, TODAY)).toEqual([]);
  expect(staleQuote(store, order, TODAY)).toBeUndefined();
});

test('another order applied to the same domain is named, then the new day, in that order', () => {
  const { store, account, dental } = contoso();
  const first = placeOrder(store, account, dental, { 'exchange-mailbox': 3 }, TODAY);
  const second = placeOrder(store, account, dental, { 'exchange-mailbox': 4 }, TODAY);
  completeCardPayment(store, second, TODAY, 'ch_1');
  expect(staleReasons(store, first, TOMORROW).map((reason) => reason.kind)).toEqual(['services-changed', 'new-day']);
  expect(staleQuote(store, first, TOMORROW)!.reasons).toEqual([
    `After this order was priced, order ${second.id} changed the services of contoso-dental.com, so this order's prices no longer match them.`,
    'This order was priced on November 26, 2026. Changes are charged by the days left in the month, so it must be priced again for today.',
  ]);
});

test('an order on another domain left for a bank transfer blocks, and is said to have come after', () => {
  const { store, account, dental, labs } = contoso();
  const first = placeOrder(store, account, dental, { 'exchange-mailbox': 3 }, TODAY);
  const second = placeOrder(store, account, labs, { 'exchange-mailbox': 6 }, TODAY);
  const invoice = chooseBankTransfer(store, second, TODAY);
  const stale = staleQuote(store, first, TODAY)!;
  expect(stale.waiting).toBe(second);
  expect(stale.reasons).toEqual([
    `After this order was priced, order ${second.id} for contoso-labs.net was left to be paid by bank transfer (invoice ${invoice.number}). No other change can be paid until that invoice is paid.`,
  ]);
});

test('several reasons are told in the order they happened', () => {
  const { store, account, dental, labs } = contoso();
  const first = placeOrder(store, account, dental, { 'exchange-mailbox': 3 }, TODAY);
  const labsOrder = placeOrder(store, account, labs, { 'exchange-mailbox': 6 }, TODAY);
  const dentalOrder = placeOrder(store, account, dental, { 'exchange-mailbox': 4 }, TODAY);
  completeCardPayment(store, dentalOrder, TODAY, 'ch_1'); // first the services changed...
  chooseBankTransfer(store, labsOrder, TODAY); // ...then another order was left waiting
  expect(staleReasons(store, first, TODAY).map((reason) => reason.kind)).toEqual(['services-changed', 'order-waiting']);
});
