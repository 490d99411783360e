/**
 * The amount charged is the server's quote, and only a quote still true today
 * for the services as they are now can be paid: a tampered amount is ignored,
 * a quote from another billing day or for a configuration that changed since
 * (another tab) is refused with "review your order again" and no charge.
 */
import { contosoDental } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test, type MockPortal } from '../../support/test';
import { DENTAL, ONE_MORE_MAILBOX, ONE_MORE_MAILBOX_DUE, payStored, placeOrder, signIn, slowGateway, snapshot, textOf, toCheckout } from './support';

const REVIEW_AGAIN = 'Your services or the date changed since this order was priced. Please review your order again.';
const TWO_MORE_MAILBOXES = { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '4' };

function dental(portal: MockPortal) {
  return portal.context.store.domainOf(contosoDental.id, DENTAL)!;
}

async function expectReviewAgain(response: { status(): number; text(): Promise<string> }): Promise<void> {
  expect(response.status()).toBe(409);
  const text = textOf(await response.text());
  expect(text).toContain('Review your order again');
  expect(text).toContain(REVIEW_AGAIN);
  expect(text).toContain('You have not been charged.');
}

test('a tampered amount, total or price in the checkout form is ignored: the charge is the quote', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  const tampered = { amount: '1', total: '0.01', totalDue: '1', 'quote.totalDue': '1', price: '-500', currency: 'jpy' };
  expect((await payStored(client, orderId, tampered)).status()).toBe(303);
  const order = portal.context.store.orders.get(orderId)!;
  expect(order.quote.totalDue).toBe(ONE_MORE_MAILBOX_DUE);
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([ONE_MORE_MAILBOX_DUE]);
  expect(portal.context.store.invoices.get(order.invoiceNumber!)!.total).toBe(ONE_MORE_MAILBOX_DUE);
});

test.describe('a quote from another billing day', () => {
  // 23:40 on 26 November in New York, already the 27th in UTC; the session's 30 idle minutes cover the rest.
  test.use({ billingTimeZone: 'America/New_York', portalNow: '2026-11-27T04:40:00Z' });

  test('is still payable after UTC midnight while it is the same day in the billing zone', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderId = await placeOrder(client);
    await toCheckout(client, orderId);
    portal.clock.set('2026-11-27T04:59:00Z'); // 23:59 in New York
    expect((await payStored(client, orderId)).status()).toBe(303);
    expect(portal.ledger.charges).toHaveLength(1);
  });

  test('is refused after midnight in the billing zone, with no charge and nothing applied', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderId = await placeOrder(client);
    await toCheckout(client, orderId);
    portal.clock.set('2026-11-27T05:01:00Z'); // 00:01 on the 27th in New York
    const before = snapshot(portal.context.store);
    await expectReviewAgain(await payStored(client, orderId));
    await expectReviewAgain(await client.request.get(`/orders/${orderId}/checkout`));
    await expectReviewAgain(await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: '/home' }));
    expect(snapshot(portal.context.store)).toBe(before);
    expect(portal.ledger.charges).toHaveLength(0);
    expect(portal.context.store.orders.get(orderId)!.status).toBe('quoted');
  });
});

test.describe('two tabs, two orders for one domain', () => {
  test('order B placed and paid in one tab: order A from the other tab is refused, one charge, B applied', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderA = await placeOrder(client, DENTAL, ONE_MORE_MAILBOX);
    await toCheckout(client, orderA);
    const orderB = await placeOrder(client, DENTAL, TWO_MORE_MAILBOXES);
    await toCheckout(client, orderB);
    expect((await payStored(client, orderB)).status()).toBe(303);

    const before = snapshot(portal.context.store);
    await expectReviewAgain(await payStored(client, orderA));
    expect(snapshot(portal.context.store)).toBe(before);
    expect(portal.ledger.charges).toHaveLength(1);
    expect(dental(portal).services['exchange-mailbox']).toBe(4);
    expect(portal.context.store.orders.get(orderA)!.status).toBe('quoted');
  });

  test('order B left for bank transfer: order A cannot be paid over it', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderA = await placeOrder(client, DENTAL, ONE_MORE_MAILBOX);
    await toCheckout(client, orderA);
    const orderB = await placeOrder(client, DENTAL, TWO_MORE_MAILBOXES);
    const bank = await client.postForm(`/orders/${orderB}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${orderB}` });
    expect(bank.status()).toBe(303);

    const before = snapshot(portal.context.store);
    await expectReviewAgain(await payStored(client, orderA));
    expect(snapshot(portal.context.store)).toBe(before);
    expect(portal.ledger.charges).toHaveLength(0);
    expect(dental(portal).services['exchange-mailbox']).toBe(2);
  });

  test('orders A and B paid at the same moment: exactly one is charged and applied, the other is refused', async ({ request, portal }) => {
    // A gateway slow enough that both payments are in flight together.
    slowGateway(portal);
    const client = new PortalClient(request);
    await signIn(client);
    const orderA = await placeOrder(client, DENTAL, ONE_MORE_MAILBOX);
    await toCheckout(client, orderA);
    const orderB = await placeOrder(client, DENTAL, TWO_MORE_MAILBOXES);
    await toCheckout(client, orderB);
    const [csrfA, csrfB] = [await client.csrfToken(`/orders/${orderA}/checkout`), await client.csrfToken(`/orders/${orderB}/checkout`)];

    const [payA, payB] = await Promise.all([payStored(client, orderA, {}, csrfA), payStored(client, orderB, {}, csrfB)]);
    expect([payA.status(), payB.status()].sort()).toEqual([303, 409]);
    expect(portal.ledger.charges).toHaveLength(1);
    const winner = payA.status() === 303 ? orderA : orderB;
    const order = portal.context.store.orders.get(winner)!;
    expect(order.status).toBe('completed');
    expect(portal.ledger.charges[0]!.amount).toBe(order.quote.totalDue);
    expect(dental(portal).services).toEqual(order.configurationAfter);
    expect([...portal.context.store.invoices.values()].filter((invoice) => invoice.orderId !== null)).toHaveLength(1);
  });
});
