/**
 * When the card gateway is slow, failing, unreachable or says no, the customer
 * sees a clear message at Checkout, nothing is applied, the order can still be
 * paid, and paying again charges exactly once: even when the first attempt did
 * charge and only its answer was lost, because the retry replays the same
 * idempotency key.
 */
import type { APIResponse } from '@playwright/test';
import { delay, http, HttpResponse } from 'msw';
import { contosoDental } from '../../../fixtures/accounts';
import { declineReason } from '../../../fixtures/cards';
import { DEFAULT_GATEWAY_URL, UNAVAILABLE_MESSAGE, type WireChargeRequest } from '../../../mock-portal/src/gateway/card-gateway';
import type { Order } from '../../../mock-portal/src/store';
import { PortalClient } from '../../support/portal-client';
import { expect, test, type MockPortal } from '../../support/test';
import { chargeLedger, DECLINED_CARD_NUMBER, DENTAL, ONE_MORE_MAILBOX_DUE, payNewCard, payStored, placeOrder, signIn, snapshot, textOf, toCheckout } from './support';

const NO_ANSWER = UNAVAILABLE_MESSAGE;
/** Short, so a gateway slower than this is tested in well under a second. */
const TEST_GATEWAY_TIMEOUT_MS = 250;
const CHARGES = `${DEFAULT_GATEWAY_URL}/charges`;

test.use({ gatewayTimeoutMs: TEST_GATEWAY_TIMEOUT_MS });

/** The msw server is the worker's: listeners added by a test are removed after it. */
const listeners: (() => void)[] = [];
test.afterEach(() => {
  for (const remove of listeners.splice(0)) remove();
});

/** Records every idempotency key the portal sends, then lets the normal handler answer. */
function recordKeys(portal: MockPortal): string[] {
  const keys: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.url === CHARGES) keys.push(request.headers.get('idempotency-key') ?? '');
  };
  portal.gateway.events.on('request:start', listener);
  listeners.push(() => portal.gateway.events.removeListener('request:start', listener));
  return keys;
}

async function orderAtCheckout(client: PortalClient): Promise<string> {
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  return orderId;
}

/** Back to the checkout page, which says `message`; the order open and nothing applied or invoiced. */
async function expectStillPayable(portal: MockPortal, client: PortalClient, orderId: string, response: APIResponse, message: string) {
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe(`/orders/${orderId}/checkout`);
  const page = await client.request.get(`/orders/${orderId}/checkout`);
  expect(page.status()).toBe(200);
  const text = textOf(await page.text());
  expect(text).toContain('Checkout');
  expect(text).toContain(message);
  const { store } = portal.context;
  expect(store.orders.get(orderId)).toMatchObject({ status: 'quoted', invoiceNumber: null });
  expect(store.domainOf(contosoDental.id, DENTAL)!.services['exchange-mailbox']).toBe(2);
  expect([...store.invoices.values()].filter((invoice) => invoice.orderId === orderId)).toHaveLength(0);
}

/** One charge of the quote, one Paid invoice pointing at it, the order applied once. */
function expectChargedOnce(portal: MockPortal, orderId: string) {
  const { store } = portal.context;
  expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([ONE_MORE_MAILBOX_DUE]);
  const order = store.orders.get(orderId)!;
  expect(order.status).toBe('completed');
  expect(store.invoices.get(order.invoiceNumber!)).toMatchObject({ status: 'Paid', chargeId: portal.ledger.charges[0]!.id });
  expect(store.domainOf(contosoDental.id, DENTAL)!.services['exchange-mailbox']).toBe(3);
}

/**
 * A failed attempt changes exactly one thing: the order's record of it (the
 * message shown at Checkout, whether the outcome is unknown, the attempt whose
 * key a retry uses, when it was left unsettled). Everything else is as it was.
 */
function expectOnlyAttemptRecorded(before: string, after: string, orderId: string, attempt: Pick<Order, 'lastPaymentError' | 'outcomeUnknown' | 'chargeAttempt' | 'settledSeq'>) {
  const was = JSON.parse(before) as { orders: Order[] };
  const now = JSON.parse(after) as { orders: Order[] };
  expect(was.orders.map((order) => order.id)).toContain(orderId);
  const index = was.orders.findIndex((order) => order.id === orderId);
  expect(now.orders[index]).toEqual({ ...was.orders[index], ...attempt });
  now.orders[index] = was.orders[index]!;
  expect(now).toEqual(was);
}

const faults = [
  { name: 'a response slower than the portal waits', handler: () => http.post(CHARGES, async () => { await delay(TEST_GATEWAY_TIMEOUT_MS * 4); return HttpResponse.json({}, { status: 504 }); }, { once: true }) },
  { name: 'a 500 from the gateway', handler: () => http.post(CHARGES, () => HttpResponse.json({ error: { type: 'api_error', code: 'internal', message: 'boom' } }, { status: 500 }), { once: true }) },
  { name: 'a 503 with an HTML body', handler: () => http.post(CHARGES, () => new HttpResponse('<html>Service Unavailable</html>', { status: 503, headers: { 'content-type': 'text/html' } }), { once: true }) },
  { name: 'a network error', handler: () => http.post(CHARGES, () => HttpResponse.error(), { once: true }) },
  { name: 'a 200 that is not JSON', handler: () => http.post(CHARGES, () => new HttpResponse('ok', { status: 200 }), { once: true }) },
];

for (const fault of faults) {
  test(`${fault.name}: a clear message, the order still payable, and the retry charges once with the same key`, async ({ request, portal }) => {
    const client = new PortalClient(request);
    const orderId = await orderAtCheckout(client);
    const keys = recordKeys(portal);
    portal.gateway.use(fault.handler());
    const before = snapshot(portal.context.store);
    await expectStillPayable(portal, client, orderId, await payStored(client, orderId), NO_ANSWER);
    expect(portal.ledger.charges).toHaveLength(0);
    // The unconfirmed attempt is the portal's next event after the quote: from then on it blocks the account's later quotes.
    const pricedSeq = portal.context.store.orders.get(orderId)!.pricedSeq;
    expectOnlyAttemptRecorded(before, snapshot(portal.context.store), orderId, { lastPaymentError: NO_ANSWER, outcomeUnknown: true, chargeAttempt: 0, settledSeq: pricedSeq + 1 });
    const retry = await payStored(client, orderId);
    expect(retry.headers().location).toBe(`/orders/${orderId}/confirmation`);
    expectChargedOnce(portal, orderId);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
}

test('charged, but the answer was lost: the retry replays the same key and is not charged again', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  const keys = recordKeys(portal);
  portal.gateway.use(
    http.post(CHARGES, async ({ request: charge }) => {
      await chargeLedger(portal, charge); // the money moved...
      return HttpResponse.error(); // ...and the connection dropped before the answer
    }, { once: true }),
  );
  await expectStillPayable(portal, client, orderId, await payStored(client, orderId), NO_ANSWER);
  expect(portal.ledger.charges).toHaveLength(1);
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectChargedOnce(portal, orderId);
  expect(keys).toEqual([keys[0], keys[0]]);
  expect(portal.ledger.requestCount).toBe(2);
});

test('charged after the portal stopped waiting: the retry replays the late charge', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  portal.gateway.use(
    http.post(CHARGES, async ({ request: charge }) => {
      const body = (await charge.json()) as WireChargeRequest;
      await delay(TEST_GATEWAY_TIMEOUT_MS * 2);
      const reply = portal.ledger.charge(charge.headers.get('idempotency-key')!, body);
      return HttpResponse.json(reply.body, { status: reply.status });
    }, { once: true }),
  );
  await expectStillPayable(portal, client, orderId, await payStored(client, orderId), NO_ANSWER);
  await expect.poll(() => portal.ledger.charges.length).toBe(1); // the gateway finished on its own time
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectChargedOnce(portal, orderId);
});

test('a decline: the bank\'s reason, the order still payable, and another card then charges once under a new key', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  const keys = recordKeys(portal);
  await expectStillPayable(portal, client, orderId, await payNewCard(client, orderId, { number: DECLINED_CARD_NUMBER }), declineReason);
  expect(portal.ledger.charges).toHaveLength(0);
  expect((await payNewCard(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectChargedOnce(portal, orderId);
  expect(keys).toHaveLength(2);
  expect(keys[1]).not.toBe(keys[0]);
  expect(keys[0]).toMatch(/:order-\d+:attempt-0$/);
  expect(keys[1]).toMatch(/:order-\d+:attempt-1$/);
});

test('a decline is said once, right after the attempt, with "You have not been charged"; Checkout opened again has no stale message', async ({ request }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  const declined = await payNewCard(client, orderId, { number: DECLINED_CARD_NUMBER, name: 'Dana Q. Whitfield', expiry: '07/31' });
  expect(declined.status()).toBe(303);
  expect(declined.headers().location).toBe(`/orders/${orderId}/checkout`);
  const rightAfter = await request.get(`/orders/${orderId}/checkout`);
  const html = await rightAfter.text();
  expect(rightAfter.status()).toBe(200);
  expect(textOf(html)).toContain(`${declineReason} You have not been charged.`);
  // What was typed is kept for the retry, except the card number and CVC.
  expect(html).toContain('value="Dana Q. Whitfield"');
  expect(html).toContain('value="07/31"');
  expect(html).not.toContain(DECLINED_CARD_NUMBER.replace(/ /g, ''));

  const openedAgain = textOf(await (await request.get(`/orders/${orderId}/checkout`)).text());
  expect(openedAgain).not.toContain(declineReason);
  expect(openedAgain).not.toContain('You have not been charged');
});

test('an attempt with no answer keeps its message on the Checkout page until the order is paid', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  portal.gateway.use(http.post(CHARGES, () => HttpResponse.error(), { once: true }));
  await payStored(client, orderId);
  expect(textOf(await (await client.request.get(`/orders/${orderId}/checkout`)).text())).toContain(NO_ANSWER);
});

test('after a card attempt with no answer, Bank Transfer is refused until the card retry settles it', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  portal.gateway.use(
    http.post(CHARGES, async ({ request: charge }) => {
      await chargeLedger(portal, charge);
      return HttpResponse.error();
    }, { once: true }),
  );
  await payStored(client, orderId);
  const before = snapshot(portal.context.store);
  const bank = await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${orderId}` });
  expect(bank.status()).toBe(422);
  expect(textOf(await bank.text())).toContain('it may have gone through. Pay by Credit Card again to finish: you will not be charged twice.');
  expect(snapshot(portal.context.store)).toBe(before);
  expect((await payStored(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
  expectChargedOnce(portal, orderId);
  expect([...portal.context.store.invoices.values()].filter((invoice) => invoice.paymentMethod === 'bank-transfer')).toHaveLength(0);
});

test('after a decline, Bank Transfer is still a choice: nothing was charged', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const orderId = await orderAtCheckout(client);
  await payNewCard(client, orderId, { number: DECLINED_CARD_NUMBER });
  const bank = await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${orderId}` });
  expect(bank.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(portal.context.store.orders.get(orderId)!.status).toBe('awaiting-payment');
  expect(portal.ledger.charges).toHaveLength(0);
});
