/**
 * While one order of an account is unsettled (a card attempt with no answer,
 * or a bank transfer still to come), no other change may be ordered or paid:
 * both would start from the same services and the same account credit. And
 * account credit counted by one quote cannot be spent again by another.
 */
import { http, HttpResponse } from 'msw';
import { contosoDental } from '../../../fixtures/accounts';
import { DEFAULT_GATEWAY_URL } from '../../../mock-portal/src/gateway/card-gateway';
import { cents } from '../../../mock-portal/src/domain/money';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { chargeLedger, DENTAL, ONE_MORE_MAILBOX, ONE_MORE_MAILBOX_DUE, payStored, placeOrder, signIn, snapshot, textOf, toCheckout } from './support';

const LABS = 'contoso-labs.net';
const LABS_ONE_MORE = { 'exchange-mailbox': '6', 'bes-user': '0', 'crm-user': '0', 'email-archiving': '0', 'sharepoint-site': '0' };
const CHARGES = `${DEFAULT_GATEWAY_URL}/charges`;

test.use({ gatewayTimeoutMs: 250 });

test('after a card attempt with no answer, nothing else can be ordered or paid until a retry settles it', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const labsOrder = await placeOrder(client, LABS, LABS_ONE_MORE); // quoted in another tab beforehand
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  portal.gateway.use(
    http.post(CHARGES, async ({ request: charge }) => {
      await chargeLedger(portal, charge);
      return HttpResponse.error(); // charged, and the answer lost
    }, { once: true }),
  );
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/checkout`);

  const upgrade = textOf(await (await request.get(`/services/${LABS}/upgrade`)).text());
  expect(upgrade).toContain(`The card payment for order ${orderId} could not be confirmed`);
  expect(upgrade).toContain(`Finish order ${orderId}`);
  const before = snapshot(portal.context.store);
  const refusedOrder = await client.orderNewTotals(LABS, LABS_ONE_MORE);
  expect(refusedOrder.response.status()).toBe(409);
  expect(refusedOrder.orderId).toBeNull();
  await toCheckout(client, orderId);
  const refusedPayment = await payStored(client, labsOrder, {}, await client.csrfToken('/home'));
  expect(refusedPayment.status()).toBe(409);
  expect(textOf(await refusedPayment.text())).toContain(`After this order was priced, the card payment for order ${orderId} (${DENTAL}) could not be confirmed. No other change can be paid until that order is finished.`);
  expect(textOf(await refusedPayment.text())).toContain('review your order again');
  expect(snapshot(portal.context.store)).toBe(before);

  // Even on another day the retry must replay the first key, not re-price: the money may already have moved.
  portal.clock.advance(24 * 60 * 60 * 1000);
  await signIn(client); // a day idle ended the session
  const retry = await payStored(client, orderId, {}, await client.csrfToken('/home'));
  expect(retry.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([ONE_MORE_MAILBOX_DUE]);
  expect(portal.context.store.orders.get(orderId)).toMatchObject({ status: 'completed', outcomeUnknown: false });
  expect(textOf(await (await request.get(`/services/${LABS}/upgrade`)).text())).not.toContain('could not be confirmed');
});

test('a gateway 200 that is not a charge (no card) is no proof of payment: the order stays payable', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  portal.gateway.use(http.post(CHARGES, () => HttpResponse.json({ id: 'ch_odd', status: 'succeeded' }), { once: true }));
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/checkout`);
  expect(portal.context.store.orders.get(orderId)).toMatchObject({ status: 'quoted', outcomeUnknown: true });
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(portal.ledger.charges).toHaveLength(1);
});

test('account credit counted by two quotes is spent once: the second quote is refused', async ({ request, portal }) => {
  const account = portal.context.store.accounts.get(contosoDental.id)!;
  account.creditCents = cents(100);
  const client = new PortalClient(request);
  await signIn(client);
  const dentalOrder = await placeOrder(client, DENTAL, ONE_MORE_MAILBOX);
  await toCheckout(client, dentalOrder);
  const labsOrder = await placeOrder(client, LABS, LABS_ONE_MORE);
  expect(portal.context.store.orders.get(labsOrder)!.quote.creditApplied).toBe(100);

  expect((await payStored(client, dentalOrder, {}, await client.csrfToken('/home'))).headers().location).toBe(`/orders/${dentalOrder}/confirmation`);
  expect(account.creditCents).toBe(0);
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([ONE_MORE_MAILBOX_DUE - 100]);

  const before = snapshot(portal.context.store);
  const second = await payStored(client, labsOrder, {}, await client.csrfToken('/home'));
  expect(second.status()).toBe(409);
  expect(textOf(await second.text())).toContain(`After this order was priced, order ${dentalOrder} used your account credit, so this order's total no longer matches it.`);
  expect(snapshot(portal.context.store)).toBe(before);
  expect(account.creditCents).toBe(0); // spent once, by the first order: not −100
  expect(portal.ledger.charges).toHaveLength(1);
});

test('an order quoted on one domain cannot be paid while another domain\'s order waits for a bank transfer', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const labsOrder = await placeOrder(client, LABS, LABS_ONE_MORE);
  const dentalOrder = await placeOrder(client);
  await client.postForm(`/orders/${dentalOrder}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${dentalOrder}` });
  const refused = await payStored(client, labsOrder, {}, await client.csrfToken('/home'));
  expect(refused.status()).toBe(409);
  expect(portal.ledger.charges).toHaveLength(0);
  expect(portal.context.store.domainOf(contosoDental.id, LABS)!.services['exchange-mailbox']).toBe(5);
});
