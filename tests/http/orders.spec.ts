/**
 * Orders from payment to applied services: card checkout (stored, new,
 * declined), a downgrade that needs no card, a bank transfer left unpaid, and
 * the Billing Control Panel's totals. Every expected figure comes from
 * fixtures/ through tests/support/billing-oracle.ts.
 */
import type { APIRequestContext } from '@playwright/test';
import { http, HttpResponse } from 'msw';
import { accounts, contosoDental, fabrikamLaw, type AccountFixture, type DomainFixture } from '../../fixtures/accounts';
import { declineReason, testCards } from '../../fixtures/cards';
import { DEFAULT_GATEWAY_URL, type WireChargeRequest } from '../../mock-portal/src/gateway/card-gateway';
import { expectedMonthlyTotalCents, expectedOrder, usd } from '../support/billing-oracle';
import { PortalClient } from '../support/portal-client';
import { expect, test, type MockPortal } from '../support/test';
import { h1, orderLineRows, testIdText, testIdTexts, textOf } from './html';
import { chargeLedger } from './security/support';
import { BILLING_DATE, choosePayment, domainFixture, fixtureTotals, NEW_CARD_DETAILS, payWithNewCard, payWithStoredCard, placeOrder, typedTotals } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');
const fabrikam = domainFixture(fabrikamLaw, 'fabrikam-law.com');

async function signIn(request: APIRequestContext, account: AccountFixture): Promise<PortalClient> {
  const client = new PortalClient(request);
  expect((await client.logIn(account)).status()).toBe(303);
  return client;
}

/** Every field the portal keeps, as [path, value] pairs: the store walked whole, its Maps included, so a collection added later is searched too. */
function storedFields(portal: MockPortal): [string, unknown][] {
  const fields: [string, unknown][] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') {
      fields.push([path, value]);
      return;
    }
    if (seen.has(value)) return;
    seen.add(value);
    const entries = value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value].entries() : Object.entries(value);
    for (const [key, child] of entries) {
      // A key holding an object is listed too, so its name is checked as well as its contents.
      if (child !== null && typeof child === 'object') fields.push([`${path}.${String(key)}`, undefined]);
      walk(child, `${path}.${String(key)}`);
    }
  };
  walk(portal.context.store, 'store');
  return fields;
}

/**
 * Fields that hold a card's security code or number: a key named for a security
 * code, or a value equal to the code or containing the number. Exact, because
 * the store also holds random base64 salts and hashes, where three letters such
 * as "cvc" turn up by chance (about one run in ninety).
 */
function cardSecrets(portal: MockPortal, card: { number: string; cvc: string }): string[] {
  const digits = card.number.replace(/ /g, '');
  return storedFields(portal)
    .filter(([path, value]) =>
      /(?:cvc|cvv|cv2|security.?code)$/i.test(path.slice(path.lastIndexOf('.') + 1)) ||
      value === card.cvc ||
      value === Number(card.cvc) ||
      (typeof value === 'string' && (value.includes(digits) || value.includes(card.number))))
    .map(([path, value]) => `${path} = ${JSON.stringify(value)}`);
}

/** The Billing Control Panel's figures: each domain's monthly total, the account's, the credit. */
async function billingPanel(request: APIRequestContext) {
  const html = await (await request.get('/billing')).text();
  const rows = [...html.matchAll(/<tr data-testid="billing-domain" data-domain="([^"]+)">([\s\S]*?)<\/tr>/g)];
  return {
    domainTotals: Object.fromEntries(rows.map((row) => [row[1], testIdText(row[2]!, 'billing-domain-total')])),
    accountTotal: testIdText(html, 'account-monthly-total'),
    credit: testIdText(html, 'account-credit'),
    text: textOf(html),
  };
}

/** What the panel should say, from fixtures: `changed` overrides one domain's totals. */
function expectedPanel(account: AccountFixture, changed?: { domain: DomainFixture; totals: Record<string, number> }) {
  const cents = account.domains.map((domain) => [domain.name, expectedMonthlyTotalCents(domain, domain === changed?.domain ? changed.totals : {})] as const);
  return {
    domainTotals: Object.fromEntries(cents.map(([name, total]) => [name, usd(total)])),
    accountTotal: usd(cents.reduce((sum, [, total]) => sum + total, 0)),
  };
}

test('Contoso Dental pays with its stored card: one charge of the quoted amount, a Paid invoice, services applied', async ({ request, portal }) => {
  const client = await signIn(request, contosoDental);
  const changes = { 'exchange-mailbox': 3 };
  const expected = expectedOrder(dental, changes, BILLING_DATE);
  const orderId = await placeOrder(client, dental, changes);
  await choosePayment(client, orderId, 'credit-card');
  expect(testIdText(await (await request.get(`/orders/${orderId}/checkout`)).text(), 'amount-to-pay')).toBe(expected.totalDue);

  const paid = await payWithStoredCard(client, orderId);
  expect(paid.status()).toBe(303);
  expect(paid.headers().location).toBe(`/orders/${orderId}/confirmation`);
  const confirmation = await (await request.get(`/orders/${orderId}/confirmation`)).text();
  expect(h1(confirmation)).toBe('Order Complete');
  expect(testIdText(confirmation, 'amount-charged')).toBe(expected.totalDue);
  const invoiceNumber = testIdText(confirmation, 'invoice-number');

  const invoice = await (await request.get(`/billing/invoices/${invoiceNumber}`)).text();
  expect(testIdText(invoice, 'invoice-status')).toBe('Paid');
  expect(testIdText(invoice, 'invoice-total')).toBe(expected.totalDue);
  expect(portal.context.store.invoices.get(invoiceNumber)?.status).toBe('Paid');
  expect(portal.ledger.charges.map((charge) => [charge.amount, charge.last4])).toEqual([[expected.totalDueCents, contosoDental.storedCard.last4]]);

  const details = await (await request.get(`/services/${dental.name}`)).text();
  expect(testIdText(details, 'domain-monthly-total')).toBe(expected.newMonthlyTotal);

  // The order is done: its summary and a second submission lead to the confirmation, and nothing is charged again.
  expect((await request.get(`/orders/${orderId}`, { maxRedirects: 0 })).headers().location).toBe(`/orders/${orderId}/confirmation`);
  const again = await client.postForm(`/orders/${orderId}/checkout`, { card: 'stored' }, { csrfFrom: '/home' });
  expect(again.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(portal.ledger.charges).toHaveLength(1);
});

test.describe('Fabrikam Law, with no stored card, pays with a new card', () => {
  const changes = { 'exchange-mailbox': 11 };
  const expected = expectedOrder(fabrikam, changes, BILLING_DATE);
  let client: PortalClient;
  let orderId: string;

  test.beforeEach(async ({ request }) => {
    client = await signIn(request, fabrikamLaw);
    orderId = await placeOrder(client, fabrikam, changes);
    await choosePayment(client, orderId, 'credit-card');
  });

  test('saved: only brand, last four digits and expiry are kept, never the number or the CVC', async ({ request, portal }) => {
    const response = await payWithNewCard(client, orderId, testCards.visaSuccess.number, { save: true });
    expect(response.status()).toBe(303);
    expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([expected.totalDueCents]);

    const [month, year] = NEW_CARD_DETAILS.expiry.split('/').map(Number) as [number, number];
    expect(portal.context.store.accounts.get(fabrikamLaw.id)?.storedCard).toEqual({
      brand: testCards.visaSuccess.brand,
      last4: testCards.visaSuccess.last4,
      expMonth: month,
      expYear: 2000 + year,
      token: expect.any(String),
    });
    // The walk reaches into the accounts Map: it finds what was kept of the card.
    expect(storedFields(portal)).toContainEqual([`store.accounts.${fabrikamLaw.id}.storedCard.last4`, testCards.visaSuccess.last4]);
    expect(cardSecrets(portal, { number: testCards.visaSuccess.number, cvc: NEW_CARD_DETAILS.cvc })).toEqual([]);
    expect(portal.logs.join('\n')).not.toContain(testCards.visaSuccess.number.replace(/ /g, ''));

    expect((await billingPanel(request)).text).toContain(`Card on file ${testCards.visaSuccess.brand} ending in ${testCards.visaSuccess.last4}, expires ${NEW_CARD_DETAILS.expiry.replace('/', '/20')}`);
  });

  test('a card number split by non-breaking spaces (as pasted from a statement) is charged', async ({ portal }) => {
    const response = await payWithNewCard(client, orderId, testCards.visaSuccess.number.replace(/ /g, '\u00a0'), { save: false });
    expect(response.status()).toBe(303);
    expect(portal.ledger.charges.map((charge) => [charge.amount, charge.last4])).toEqual([[expected.totalDueCents, testCards.visaSuccess.last4]]);
  });

  test('not saved: the card is charged and nothing about it is kept', async ({ request, portal }) => {
    const response = await payWithNewCard(client, orderId, testCards.visaSuccess.number, { save: false });
    expect(response.status()).toBe(303);
    expect(portal.ledger.charges).toHaveLength(1);
    expect(portal.context.store.accounts.get(fabrikamLaw.id)?.storedCard).toBeNull();
    expect((await billingPanel(request)).text).toContain('Card on file None');
  });

  test('not saved, even when the gateway hands back a reusable token anyway: nothing is kept without consent', async ({ request, portal }) => {
    const tokensGiven: string[] = [];
    const saveAsked: unknown[] = [];
    portal.gateway.use(
      http.post(`${DEFAULT_GATEWAY_URL}/charges`, async ({ request: charge }) => {
        saveAsked.push(((await charge.clone().json()) as WireChargeRequest).source);
        const reply = await chargeLedger(portal, charge);
        if (!('card' in reply.body)) return HttpResponse.json(reply.body, { status: reply.status });
        const token = `tok_unasked_${reply.body.card.last4}`;
        tokensGiven.push(token);
        return HttpResponse.json({ ...reply.body, card: { ...reply.body.card, token } }, { status: reply.status });
      }),
    );
    const response = await payWithNewCard(client, orderId, testCards.visaSuccess.number, { save: false });
    expect(response.headers().location).toBe(`/orders/${orderId}/confirmation`);
    expect(saveAsked).toEqual([expect.objectContaining({ save: false })]);
    expect(tokensGiven).toEqual([`tok_unasked_${testCards.visaSuccess.last4}`]);
    expect(portal.context.store.accounts.get(fabrikamLaw.id)?.storedCard).toBeNull();
    expect(storedFields(portal).filter(([, value]) => value === tokensGiven[0])).toEqual([]);
    expect((await billingPanel(request)).text).toContain('Card on file None');
  });

  test('declined: the bank\'s reason is shown, nothing is applied or paid, and the order can be paid again', async ({ request, portal }) => {
    const declined = await payWithNewCard(client, orderId, testCards.visaDeclined.number, { save: true });
    expect(declined.status()).toBe(303);
    expect(declined.headers().location).toBe(`/orders/${orderId}/checkout`);
    const html = await (await request.get(`/orders/${orderId}/checkout`)).text();
    expect(h1(html)).toBe('Checkout');
    expect(textOf(html)).toContain(declineReason);

    const { store } = portal.context;
    expect(store.domainOf(fabrikamLaw.id, fabrikam.name)?.services).toEqual(fabrikam.services);
    expect(store.invoicesOf(fabrikamLaw.id).filter((invoice) => invoice.status === 'Paid')).toHaveLength(0);
    expect(store.accounts.get(fabrikamLaw.id)?.storedCard).toBeNull();
    expect(portal.ledger.charges).toHaveLength(0);

    const retry = await request.get(`/orders/${orderId}/checkout`);
    expect(retry.status()).toBe(200);
    expect((await payWithNewCard(client, orderId, testCards.visaSuccess.number, { save: false })).status()).toBe(303);
    expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([expected.totalDueCents]);
    expect(store.domainOf(fabrikamLaw.id, fabrikam.name)?.services).toEqual({ ...fixtureTotals(fabrikam), ...changes });
  });
});

test('a downgrade needs no card: Click to Continue completes it and the difference becomes account credit', async ({ request, portal }) => {
  const client = await signIn(request, contosoDental);
  const changes = { 'exchange-mailbox': 1 };
  const expected = expectedOrder(dental, changes, BILLING_DATE);
  expect(expected.creditCreatedCents).toBeGreaterThan(0);
  const before = await billingPanel(request);
  expect(before.credit).toBe(usd(contosoDental.creditCents));

  const orderId = await placeOrder(client, dental, changes);
  const summary = await (await request.get(`/orders/${orderId}`)).text();
  expect(testIdText(summary, 'total-due')).toBe(usd(0));
  expect(testIdText(summary, 'credit-created'), 'shown as a credit').toBe(usd(-expected.creditCreatedCents));
  expect(textOf(summary)).not.toContain('Credit Card');
  expect(textOf(summary)).toContain('Click to Continue');

  const response = await choosePayment(client, orderId);
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe(`/orders/${orderId}/confirmation`);
  expect(h1(await (await request.get(`/orders/${orderId}/confirmation`)).text())).toBe('Order Complete');
  expect(portal.ledger.charges).toHaveLength(0);
  expect(portal.context.store.accounts.get(contosoDental.id)?.creditCents).toBe(contosoDental.creditCents + expected.creditCreatedCents);
  expect((await billingPanel(request)).credit).toBe(usd(contosoDental.creditCents + expected.creditCreatedCents));

  // The credit pays the next upgrade first; only the rest goes to the card.
  const downgraded = { ...dental, services: { ...dental.services, ...changes } };
  const upgrade = expectedOrder(downgraded, { 'exchange-mailbox': 4 }, BILLING_DATE, expected.creditCreatedCents);
  const next = await placeOrder(client, downgraded, { 'exchange-mailbox': 4 });
  expect(testIdText(await (await request.get(`/orders/${next}`)).text(), 'total-due')).toBe(upgrade.totalDue);
});

test('Bank Transfer leaves an Unpaid invoice, applies nothing, and blocks a new change until it is paid', async ({ request, portal }) => {
  const client = await signIn(request, contosoDental);
  const expected = expectedOrder(dental, { 'exchange-mailbox': 3 }, BILLING_DATE);
  const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
  await choosePayment(client, orderId, 'bank-transfer');
  const invoiceNumber = testIdText(await (await request.get(`/orders/${orderId}/confirmation`)).text(), 'invoice-number');

  const invoices = await (await request.get('/billing/invoices')).text();
  const rows = testIdTexts(invoices, 'invoice-row');
  expect(rows).toHaveLength(1);
  expect(rows[0]!.startsWith(`${invoiceNumber} `)).toBe(true);
  expect(rows[0]!.endsWith(` ${expected.totalDue} Unpaid`)).toBe(true);
  expect(portal.context.store.domainOf(contosoDental.id, dental.name)?.services).toEqual(dental.services);
  expect(portal.ledger.charges).toHaveLength(0);

  // The block is the account's: it holds on every hosted domain, and a POST is refused too.
  for (const domain of [dental, domainFixture(contosoDental, 'contoso-labs.net')]) {
    const page = await (await request.get(`/services/${domain.name}/upgrade`)).text();
    expect(testIdText(page, 'change-blocked'), domain.name).toContain(`waiting for payment by bank transfer on invoice ${invoiceNumber}`);
    const { response, orderId: another } = await client.orderNewTotals(domain.name, typedTotals(domain, { 'exchange-mailbox': 6 }));
    expect(response.status(), domain.name).toBe(409);
    expect(another, domain.name).toBeNull();
  }
  expect(portal.context.store.orders.size).toBe(1);
});

test('a second quote made from the same totals cannot be paid once the first is: it asks for a review', async ({ request, portal }) => {
  const client = await signIn(request, contosoDental);
  // Two tabs, each pricing a change from the same starting totals.
  const first = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
  const second = await placeOrder(client, dental, { 'exchange-mailbox': 4 });
  await choosePayment(client, first, 'credit-card');
  expect((await payWithStoredCard(client, first)).status()).toBe(303);

  const stale = await choosePayment(client, second, 'credit-card');
  expect(stale.status()).toBe(409);
  expect(h1(await stale.text())).toBe('Review your order again');
  const paying = await client.postForm(`/orders/${second}/checkout`, { card: 'stored' }, { csrfFrom: '/home' });
  expect(paying.status()).toBe(409);
  expect(portal.ledger.charges).toHaveLength(1);
  expect(portal.context.store.domainOf(contosoDental.id, dental.name)?.services['exchange-mailbox']).toBe(3);
});

test.describe('the billing time zone decides the date of a quote, not UTC', () => {
  // 23:30 on 30 November in New York is already 04:30 on 1 December in UTC.
  test.use({ billingTimeZone: 'America/New_York', portalNow: '2026-12-01T04:30:00Z' });

  test('at 23:30 on 30 November in New York a quote bills 1 of 30 days of November, and its invoice is dated the 30th', async ({ request }) => {
    const client = await signIn(request, contosoDental);
    const changes = { 'exchange-mailbox': 3 };
    const expected = expectedOrder(dental, changes, '2026-11-30');
    const orderId = await placeOrder(client, dental, changes);

    const summary = await (await request.get(`/orders/${orderId}`)).text();
    expect(orderLineRows(summary)).toEqual(expected.lines.map((line) => ({
      service: 'exchange-mailbox',
      cells: [line.serviceName, String(line.oldTotal), String(line.newTotal), line.change, line.unitPrice, line.daysCharged, line.amount],
    })));
    expect(expected.lines.map((line) => line.daysCharged)).toEqual(['1 of 30 days']);
    expect(testIdText(summary, 'total-due')).toBe(expected.totalDue); // $9.95 / 30 = $0.33, where UTC's 1 December would bill $9.95

    await choosePayment(client, orderId, 'credit-card');
    expect((await payWithStoredCard(client, orderId)).headers().location).toBe(`/orders/${orderId}/confirmation`);
    const invoiceNumber = testIdText(await (await request.get(`/orders/${orderId}/confirmation`)).text(), 'invoice-number');
    const rows = testIdTexts(await (await request.get('/billing/invoices')).text(), 'invoice-row');
    expect(rows).toEqual([`${invoiceNumber} November 30, 2026 November 30, 2026 ${expected.totalDue} Paid`]);
  });
});

test.describe('Billing Control Panel', () => {
  for (const account of accounts) {
    test(`${account.contact.company}: each domain's monthly total and the account total match the fixtures`, async ({ request }) => {
      await signIn(request, account);
      const panel = await billingPanel(request);
      expect({ domainTotals: panel.domainTotals, accountTotal: panel.accountTotal }).toEqual(expectedPanel(account));
    });
  }

  test('after an order is paid, the changed domain and the account total follow', async ({ request }) => {
    const client = await signIn(request, contosoDental);
    const changes = { 'exchange-mailbox': 5, 'crm-user': 2, 'email-archiving': 0 };
    const orderId = await placeOrder(client, dental, changes);
    await choosePayment(client, orderId, 'credit-card');
    expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
    const panel = await billingPanel(request);
    const totals = { ...dental.services, ...changes };
    expect({ domainTotals: panel.domainTotals, accountTotal: panel.accountTotal }).toEqual(expectedPanel(contosoDental, { domain: dental, totals }));
    // The same figure the order quoted as the new monthly total.
    expect(panel.domainTotals[dental.name]).toBe(expectedOrder(dental, changes, BILLING_DATE).newMonthlyTotal);
  });
});
