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

/** The old catch-all, which blamed the services or the date whatever the reason was. */
const VAGUE_REASON = 'Your services or the date changed';
const TWO_MORE_MAILBOXES = { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '4' };
const LABS = 'contoso-labs.net';
const LABS_ONE_MORE = { 'exchange-mailbox': '6', 'bes-user': '0', 'crm-user': '0', 'email-archiving': '0', 'sharepoint-site': '0' };

function dental(portal: MockPortal) {
  return portal.context.store.domainOf(contosoDental.id, DENTAL)!;
}

/** The "Review your order again" page, giving `reason` (and only the true reason), with nothing charged. */
async function expectReviewAgain(response: { status(): number; text(): Promise<string> }, reason: string): Promise<string> {
  expect(response.status()).toBe(409);
  const text = textOf(await response.text());
  expect(text).toContain('Review your order again');
  expect(text).toContain(reason);
  expect(text).not.toContain(VAGUE_REASON);
  expect(text).toContain('You have not been charged.');
  return text;
}

function invoiceOf(portal: MockPortal, orderId: string): string {
  return portal.context.store.orders.get(orderId)!.invoiceNumber!;
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
    const newDay = 'This order was priced on November 26, 2026. Changes are charged by the days left in the month, so it must be priced again for today.';
    await expectReviewAgain(await payStored(client, orderId), newDay);
    await expectReviewAgain(await client.request.get(`/orders/${orderId}/checkout`), newDay);
    await expectReviewAgain(await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: '/home' }), newDay);
    expect(snapshot(portal.context.store)).toBe(before);
    expect(portal.ledger.charges).toHaveLength(0);
    expect(portal.context.store.orders.get(orderId)!.status).toBe('quoted');
  });

  test('its Order Summary, opened after midnight, says "Review your order again" and offers no payment', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderId = await placeOrder(client);
    portal.clock.set('2026-11-27T04:50:00Z'); // 23:50 in New York: the summary is opened...
    const sameDay = textOf(await (await request.get(`/orders/${orderId}`)).text());
    expect(sameDay).toContain('Total due today');
    portal.clock.set('2026-11-27T05:10:00Z'); // ...and opened again at 00:10, before any click
    const html = await (await request.get(`/orders/${orderId}`)).text();
    const text = await expectReviewAgain({ status: () => 409, text: async () => html }, 'This order was priced on November 26, 2026.');
    expect((await request.get(`/orders/${orderId}`)).status()).toBe(409);
    expect(text).not.toContain('Total due today');
    expect(html).not.toContain('name="paymentMethod"');
    expect(html).not.toContain(`action="/orders/${orderId}/payment-method"`);
    expect(html).toContain(`href="/services/${DENTAL}/upgrade"`);
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
    await expectReviewAgain(await payStored(client, orderA), `After this order was priced, order ${orderB} changed the services of ${DENTAL}, so this order's prices no longer match them.`);
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
    await expectReviewAgain(
      await payStored(client, orderA),
      `After this order was priced, order ${orderB} for ${DENTAL} was left to be paid by bank transfer (invoice ${invoiceOf(portal, orderB)}). No other change can be paid until that invoice is paid.`,
    );
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

test.describe('two tabs, orders for two domains', () => {
  test('tab A at Checkout for one domain, tab B then orders another by bank transfer: A is told about B, in the order it happened', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const orderA = await placeOrder(client, DENTAL, ONE_MORE_MAILBOX);
    await toCheckout(client, orderA);
    const orderB = await placeOrder(client, LABS, LABS_ONE_MORE);
    await client.postForm(`/orders/${orderB}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${orderB}` });
    const invoiceB = invoiceOf(portal, orderB);

    const refused = await payStored(client, orderA);
    const html = await refused.text();
    const text = await expectReviewAgain(
      { status: () => refused.status(), text: async () => html },
      `After this order was priced, order ${orderB} for ${LABS} was left to be paid by bank transfer (invoice ${invoiceB}). No other change can be paid until that invoice is paid.`,
    );
    expect(text).not.toContain(`services of ${DENTAL}`);
    expect(html).toContain(`href="/billing/invoices/${invoiceB}"`);

    // Starting again from Upgrade/Downgrade Options names the same order, and never as "earlier" than tab A's.
    const upgrade = textOf(await (await request.get(`/services/${DENTAL}/upgrade`)).text());
    expect(upgrade).toContain(`Order ${orderB} for ${LABS} is waiting for payment by bank transfer on invoice ${invoiceB}. A new change can be ordered once it is paid.`);
    expect(upgrade).not.toContain('earlier order');
    expect(portal.ledger.charges).toHaveLength(0);
  });
});
