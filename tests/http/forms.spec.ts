/**
 * The portal's forms other than New Configuration (tests/http/quantities.spec.ts)
 * and checkout (tests/http/orders.spec.ts): Log In, Log Out, the payment
 * method choice, and the protections every form shares.
 */
import type { APIRequestContext } from '@playwright/test';
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { expectedOrder } from '../support/billing-oracle';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { h1, inputAttributes, testIdText, textById, textOf } from './html';
import { BILLING_DATE, choosePayment, domainFixture, placeOrder, typedTotals } from './order-steps';

const WRONG_CREDENTIALS = 'The email address or password is not correct.';
const SESSION_COOKIE = 'portal.sid';
const dental = domainFixture(contosoDental, 'contoso-dental.com');

async function sessionCookie(request: APIRequestContext): Promise<string | undefined> {
  const { cookies } = await request.storageState();
  return cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value;
}

async function homeStatus(request: APIRequestContext): Promise<number> {
  return (await request.get('/home', { maxRedirects: 0 })).status();
}

test.describe('Log In', () => {
  test('the right credentials open a new session and go to the remembered page', async ({ request }) => {
    const client = new PortalClient(request);
    const csrf = await client.csrfToken('/login');
    // The form starts no session (its CSRF token is in a signed cookie); logging in does.
    expect(await sessionCookie(request)).toBeUndefined();
    const response = await client.postForm('/login', { email: contosoDental.email, password: contosoDental.password, next: '/billing/invoices' }, { csrf });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/billing/invoices');
    expect(await sessionCookie(request)).toBeDefined();
    expect(await homeStatus(request)).toBe(200);
  });

  test('the email address is matched without regard to case or surrounding spaces', async ({ request }) => {
    const response = await new PortalClient(request).logIn({ email: `  ${contosoDental.email.toUpperCase()} `, password: contosoDental.password });
    expect(response.status()).toBe(303);
    expect(await homeStatus(request)).toBe(200);
  });

  for (const [name, credentials] of [
    ['a wrong password', { email: contosoDental.email, password: fabrikamLaw.password }],
    ['an unknown email address', { email: 'nobody@contoso-dental.example', password: contosoDental.password }],
    ['an empty form', { email: '', password: '' }],
  ] as const) {
    test(`${name} is refused with one message that reveals nothing, and no session`, async ({ request }) => {
      const response = await new PortalClient(request).logIn(credentials);
      expect(response.status()).toBe(401);
      const html = await response.text();
      expect(h1(html)).toBe('Log In');
      expect(textOf(html)).toContain(WRONG_CREDENTIALS);
      expect(inputAttributes(html, 'email').value).toBe(credentials.email);
      expect(inputAttributes(html, 'password').value).toBeUndefined();
      expect(await homeStatus(request)).toBe(303);
    });
  }

  for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
    test(`next=${next} cannot send the customer to another site`, async ({ request, playwright, portal }) => {
      const response = await new PortalClient(request).postForm('/login', { email: contosoDental.email, password: contosoDental.password, next }, { csrfFrom: '/login' });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe('/home');

      // Nor through the link a signed-out visitor follows, or a signed-in one revisits.
      const visitor = await playwright.request.newContext({ baseURL: portal.url });
      const form = await (await visitor.get(`/login?next=${encodeURIComponent(next)}`)).text();
      expect(form).toContain('<input type="hidden" name="next" value="/home">');
      await visitor.dispose();
      const revisit = await request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(revisit.status()).toBe(303);
      expect(revisit.headers().location).toBe('/home');
    });
  }
});

test('Log Out ends the session on the server: the old cookie no longer opens the portal', async ({ request, playwright, portal }) => {
  const client = new PortalClient(request);
  await client.logIn(contosoDental);
  const signedIn = await request.storageState();
  const replay = await playwright.request.newContext({ baseURL: portal.url, storageState: signedIn });
  expect(await homeStatus(replay)).toBe(200);

  const response = await client.postForm('/logout', {}, { csrfFrom: '/home' });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/login?loggedOut=1');
  expect(await homeStatus(request)).toBe(303);

  // A copy of the cookie kept from before logging out (a second tab, a stolen cookie) is worthless.
  const home = await replay.get('/home', { maxRedirects: 0 });
  expect(home.status()).toBe(303);
  expect(home.headers().location).toBe('/login?next=%2Fhome');
  await replay.dispose();
});

test.describe('every form', () => {
  test('without the CSRF token is refused and changes nothing', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const fields = Object.fromEntries(Object.entries(typedTotals(dental, { 'exchange-mailbox': 3 })).map(([id, value]) => [`total.${id}`, value]));
    for (const csrf of [null, 'not-the-token']) {
      const response = await client.postForm(`/services/${dental.name}/upgrade`, fields, { csrf });
      expect(response.status()).toBe(403);
      expect(h1(await response.text())).toBe('This form has expired');
    }
    expect(portal.context.store.orders.size).toBe(0);

    const login = await new PortalClient(request).postForm('/login', { email: contosoDental.email, password: contosoDental.password }, { csrf: null });
    expect(login.status()).toBe(403);
  });

  test('sent as anything but a form post is refused', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const response = await request.post(`/services/${dental.name}/upgrade`, {
      data: { _csrf: await client.csrfToken('/home'), 'total.exchange-mailbox': '3' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(415);
    expect(portal.context.store.orders.size).toBe(0);
  });
});

test.describe('payment method', () => {
  const changes = { 'exchange-mailbox': 3 };
  const expected = expectedOrder(dental, changes, BILLING_DATE);
  let client: PortalClient;
  let orderId: string;

  test.beforeEach(async ({ request }) => {
    client = new PortalClient(request);
    await client.logIn(contosoDental);
    orderId = await placeOrder(client, dental, changes);
  });

  test('without a choice is asked for again and the order stays open', async ({ portal }) => {
    const response = await choosePayment(client, orderId);
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(h1(html)).toBe('Order Summary');
    expect(textOf(html)).toContain('Choose how you would like to pay: Credit Card or Bank Transfer.');
    expect(portal.context.store.orders.get(orderId)?.status).toBe('quoted');
    expect(portal.context.store.invoicesOf(contosoDental.id)).toHaveLength(0);
  });

  test('an unknown choice is asked for again', async () => {
    const response = await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'cash' }, { csrfFrom: `/orders/${orderId}` });
    expect(response.status()).toBe(422);
  });

  test('Credit Card goes to Checkout', async ({ portal }) => {
    const response = await choosePayment(client, orderId, 'credit-card');
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/orders/${orderId}/checkout`);
    expect(portal.ledger.charges).toHaveLength(0);
  });

  test('Bank Transfer confirms the order as received, with its invoice number and amount due', async ({ request, portal }) => {
    const response = await choosePayment(client, orderId, 'bank-transfer');
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/orders/${orderId}/confirmation`);
    const html = await (await request.get(`/orders/${orderId}/confirmation`)).text();
    expect(h1(html)).toBe('Order Received');
    const invoiceNumber = testIdText(html, 'invoice-number');
    expect(invoiceNumber).toMatch(/^INV-\d+$/);
    expect(testIdText(html, 'amount-due')).toBe(expected.totalDue);
    expect(textOf(html)).toContain(`Reference ${invoiceNumber}`);
    expect(portal.ledger.charges).toHaveLength(0);
  });
});

test('Checkout with mistyped card details says what is wrong beside each field and charges nothing', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await client.logIn(fabrikamLaw);
  const orderId = await placeOrder(client, domainFixture(fabrikamLaw, 'fabrikam-law.com'), { 'exchange-mailbox': 11 });
  await choosePayment(client, orderId, 'credit-card');
  const typed = { number: '4242 4242 4242 4241', name: '', expiry: '10/26', cvc: '12' };
  const response = await client.postForm(`/orders/${orderId}/checkout`, { card: 'new', ...typed });
  expect(response.status()).toBe(422);
  const html = await response.text();
  expect(textOf(html)).toContain('You have not been charged.');
  // Each mistake named in the words the customer reads beside the field (on 26 November 2026, 10/26 has expired).
  for (const [field, id, words] of [
    ['number', 'card-number', 'This card number is not valid. Check it for a mistyped digit.'],
    ['name', 'card-name', 'Enter the name as it is printed on the card.'],
    ['expiry', 'card-expiry', 'This card has expired. Use another card.'],
    ['cvc', 'card-cvc', 'Enter the 3-digit security code (CVC) from the card.'],
  ] as const) {
    const input = inputAttributes(html, id);
    expect(input['aria-invalid'], field).toBe('true');
    expect(input['aria-describedby'], field).toBe(`${field}-error`);
    expect(textById(html, `${field}-error`), field).toBe(words);
  }
  // The expiry is given back to correct; the card number and CVC never travel back to the page.
  expect(inputAttributes(html, 'card-expiry').value).toBe(typed.expiry);
  expect(inputAttributes(html, 'card-number').value).toBeUndefined();
  expect(inputAttributes(html, 'card-cvc').value).toBeUndefined();
  expect(html).not.toContain(typed.number);
  expect(portal.ledger.requestCount).toBe(0);
  expect(portal.context.store.orders.get(orderId)?.status).toBe('quoted');
});
