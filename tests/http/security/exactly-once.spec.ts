/**
 * No order lost or applied twice: a double click, a resubmit after Back, and
 * two tabs finishing one order each end with exactly one charge, one invoice,
 * and the domain's totals as ordered (not doubled).
 */
import { contosoDental, northwindTraders } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test, type MockPortal } from '../../support/test';
import { DENTAL, ONE_MORE_MAILBOX_DUE, payNewCard, payStored, placeOrder, signIn, slowGateway, toCheckout } from './support';

/** Exactly one charge of the quote, one Paid invoice for the order, and 3 mailboxes (2 + 1, once). */
function expectAppliedOnce(portal: MockPortal, orderId: string): void {
  const { store } = portal.context;
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([ONE_MORE_MAILBOX_DUE]);
  const invoices = [...store.invoices.values()].filter((invoice) => invoice.orderId === orderId);
  expect(invoices).toHaveLength(1);
  expect(invoices[0]).toMatchObject({ status: 'Paid', total: ONE_MORE_MAILBOX_DUE, chargeId: portal.ledger.charges[0]!.id });
  expect(store.orders.get(orderId)).toMatchObject({ status: 'completed', invoiceNumber: invoices[0]!.number, paymentMethod: 'credit-card' });
  expect(store.domainOf(contosoDental.id, DENTAL)!.services).toEqual({ 'exchange-mailbox': 3, 'bes-user': 1, 'crm-user': 0, 'email-archiving': 2, 'sharepoint-site': 0 });
}

async function orderAtCheckout(client: PortalClient): Promise<{ orderId: string; csrf: string }> {
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  return { orderId, csrf: await client.csrfToken(`/orders/${orderId}/checkout`) };
}

test('a double click on Click to Continue (two POSTs at once) charges once and applies once', async ({ request, portal }) => {
  slowGateway(portal);
  const client = new PortalClient(request);
  const { orderId, csrf } = await orderAtCheckout(client);
  const responses = await Promise.all([payStored(client, orderId, {}, csrf), payStored(client, orderId, {}, csrf)]);
  for (const response of responses) {
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/orders/${orderId}/confirmation`);
  }
  expectAppliedOnce(portal, orderId);
});

test('five clicks at once with a new card charge once', async ({ request, portal }) => {
  slowGateway(portal);
  const client = new PortalClient(request);
  const { orderId } = await orderAtCheckout(client);
  await Promise.all(Array.from({ length: 5 }, () => payNewCard(client, orderId)));
  expectAppliedOnce(portal, orderId);
  expect(portal.ledger.requestCount).toBe(1);
});

test('Back and resubmit after success: every form of the order leads to the confirmation and changes nothing', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const { orderId, csrf } = await orderAtCheckout(client);
  expect((await payStored(client, orderId, {}, csrf)).status()).toBe(303);
  // The pages in the browser's history still hold their forms and tokens.
  for (const resubmit of [
    () => payStored(client, orderId, {}, csrf),
    () => payNewCard(client, orderId),
    () => client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrf }),
    () => client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'credit-card' }, { csrf }),
  ]) {
    const response = await resubmit();
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/orders/${orderId}/confirmation`);
  }
  expect((await client.request.get(`/orders/${orderId}/checkout`, { maxRedirects: 0 })).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectAppliedOnce(portal, orderId);
});

test('two tabs finishing the same order, one by card and one by bank transfer at the same moment: one invoice, paid by card', async ({ request, portal }) => {
  slowGateway(portal);
  const client = new PortalClient(request);
  const { orderId, csrf } = await orderAtCheckout(client);
  const card = payStored(client, orderId, {}, csrf);
  // The second tab's form reaches the portal while the card charge is in flight.
  const bank = (async () => {
    await expect.poll(() => portal.context.store.orders.get(orderId)!.status, { intervals: [5] }).toBe('charging');
    return client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrf });
  })();
  const [cardResponse, bankResponse] = await Promise.all([card, bank]);
  expect(cardResponse.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(bankResponse.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectAppliedOnce(portal, orderId);
});

test('two tabs paying the same order one after the other: the second finds it complete', async ({ request, playwright, portal }) => {
  const client = new PortalClient(request);
  const { orderId, csrf } = await orderAtCheckout(client);
  // A second browser window signed in as the same customer, with its own session.
  const other = await playwright.request.newContext({ baseURL: portal.url });
  const secondTab = new PortalClient(other);
  await signIn(secondTab);
  const secondCsrf = await secondTab.csrfToken(`/orders/${orderId}/checkout`);
  expect((await payStored(client, orderId, {}, csrf)).status()).toBe(303);
  const second = await payStored(secondTab, orderId, {}, secondCsrf);
  expect(second.headers().location).toBe(`/orders/${orderId}/confirmation`);
  const confirmation = await secondTab.request.get(`/orders/${orderId}/confirmation`);
  expect(await confirmation.text()).toContain('Order Complete');
  expectAppliedOnce(portal, orderId);
  await other.dispose();
});

test('a double click on Pay Now for an unpaid invoice charges once', async ({ request, portal }) => {
  slowGateway(portal);
  const client = new PortalClient(request);
  await signIn(client, northwindTraders);
  const invoice = portal.context.store.invoicesOf(northwindTraders.id)[0]!;
  const csrf = await client.csrfToken(`/billing/invoices/${invoice.number}/pay`);
  const responses = await Promise.all([1, 2, 3].map(() => client.postForm(`/billing/invoices/${invoice.number}/pay`, { card: 'stored' }, { csrf })));
  for (const response of responses) expect(response.headers().location).toBe(`/billing/invoices/${invoice.number}`);
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([invoice.total]);
  expect(invoice).toMatchObject({ status: 'Paid', chargeId: portal.ledger.charges[0]!.id });
  // Back and resubmit: already paid, nothing more.
  await client.postForm(`/billing/invoices/${invoice.number}/pay`, { card: 'stored' }, { csrf });
  expect(portal.ledger.requestCount).toBe(1);
});
