/**
 * Every GET route of mock-portal/src/routes.ts over plain HTTP: the right
 * account sees the page with the guide's labels, a signed-out visitor is sent
 * to log in first, and what is not the account's own is "not found".
 */
import { contosoDental, fabrikamLaw, northwindTraders } from '../../fixtures/accounts';
import { services } from '../../fixtures/catalogue';
import { expectedMonthlyTotalCents, usd } from '../support/billing-oracle';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { h1, hasFormPostingTo, inputAttributes, testIdText, textOf } from './html';
import { choosePayment, domainFixture, payWithStoredCard, placeOrder } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');

test('/healthz answers ok without signing in', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  expect(await response.text()).toBe('ok');
});

test('the login page shows the Log In form', async ({ request }) => {
  const response = await request.get('/login');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(h1(html)).toBe('Log In');
  expect(hasFormPostingTo(html, '/login')).toBe(true);
  expect(inputAttributes(html, 'email').name).toBe('email');
  expect(inputAttributes(html, 'password').type).toBe('password');
});

test('/ sends a visitor to log in and a signed-in customer home', async ({ request }) => {
  const signedOut = await request.get('/', { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toBe('/login');
  await new PortalClient(request).logIn(contosoDental);
  const signedIn = await request.get('/', { maxRedirects: 0 });
  expect(signedIn.status()).toBe(303);
  expect(signedIn.headers().location).toBe('/home');
});

test.describe('signed in as Contoso Dental', () => {
  test.beforeEach(async ({ request }) => {
    expect((await new PortalClient(request).logIn(contosoDental)).status()).toBe(303);
  });

  test('the account home page greets the contact', async ({ request }) => {
    const response = await request.get('/home');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe(`Welcome back, ${contosoDental.contact.name}`);
    expect(textOf(html)).toContain(`${contosoDental.domains.length} domains on this account`);
    expect(textOf(html)).toContain('Services › My Services');
  });

  test('My Services lists each domain with View Details', async ({ request }) => {
    const response = await request.get('/services');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('My Services');
    for (const domain of contosoDental.domains) {
      expect(html).toContain(`<a class="button" href="/services/${domain.name}">View Details</a>`);
      const row = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => textOf(match[1]!)).find((text) => text.startsWith(`${domain.name} `));
      expect(row, domain.name).toContain(` ${usd(expectedMonthlyTotalCents(domain))} View Details`);
    }
  });

  test('a domain page shows Management Actions and its monthly total', async ({ request }) => {
    const response = await request.get(`/services/${dental.name}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe(dental.name);
    expect(textOf(html)).toContain('Management Actions');
    expect(html).toContain(`<a href="/services/${dental.name}/upgrade">Upgrade/Downgrade Options</a>`);
    expect(testIdText(html, 'domain-monthly-total')).toBe(usd(expectedMonthlyTotalCents(dental)));
  });

  test('Upgrade/Downgrade Options shows both configurations, filled with the current totals', async ({ request }) => {
    const response = await request.get(`/services/${dental.name}/upgrade`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('Upgrade/Downgrade Options');
    const text = textOf(html);
    for (const label of ['Current Configuration', 'New Configuration', 'Click to Continue']) expect(text).toContain(label);
    expect(hasFormPostingTo(html, `/services/${dental.name}/upgrade`)).toBe(true);
    for (const service of services) {
      const field = inputAttributes(html, `total-${service.id}`);
      expect(field.name).toBe(`total.${service.id}`);
      expect(field.value).toBe(String((dental.services as Record<string, number | undefined>)[service.id] ?? 0));
      expect(field['aria-invalid']).toBeUndefined();
    }
  });

  test('an order goes from Order Summary through Checkout to Order Complete', async ({ request }) => {
    const client = new PortalClient(request);
    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });

    const summary = await request.get(`/orders/${orderId}`);
    expect(summary.status()).toBe(200);
    const summaryHtml = await summary.text();
    expect(h1(summaryHtml)).toBe('Order Summary');
    for (const label of ['Payment method', 'Credit Card', 'Bank Transfer', 'Click to Continue']) expect(textOf(summaryHtml)).toContain(label);

    expect((await choosePayment(client, orderId, 'credit-card')).status()).toBe(303);
    const checkout = await request.get(`/orders/${orderId}/checkout`);
    expect(checkout.status()).toBe(200);
    const checkoutHtml = await checkout.text();
    expect(h1(checkoutHtml)).toBe('Checkout');
    const { storedCard } = contosoDental;
    for (const label of ['Contact Information', 'Payment Details', 'Credit card', `${storedCard.brand} ending in ${storedCard.last4}`, 'Click to Continue']) {
      expect(textOf(checkoutHtml)).toContain(label);
    }
    expect(testIdText(checkoutHtml, 'contact-information')).toContain(contosoDental.contact.email);

    expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
    const confirmation = await request.get(`/orders/${orderId}/confirmation`);
    expect(confirmation.status()).toBe(200);
    expect(h1(await confirmation.text())).toBe('Order Complete');
  });

  test('the billing pages show the Billing Control Panel and Invoices', async ({ request }) => {
    const panel = await request.get('/billing');
    expect(panel.status()).toBe(200);
    expect(h1(await panel.text())).toBe('Billing Control Panel');
    const invoices = await request.get('/billing/invoices');
    expect(invoices.status()).toBe(200);
    const html = await invoices.text();
    expect(h1(html)).toBe('Invoices');
    expect(textOf(html)).toContain('There are no invoices on this account yet.');
  });

  test('an unknown path, and another account\'s domain, order or invoice, are not found', async ({ request, playwright, portal }) => {
    // Fabrikam Law places an order in its own session, so a real order of another account exists.
    const fabrikam = await playwright.request.newContext({ baseURL: portal.url });
    const fabrikamClient = new PortalClient(fabrikam);
    await fabrikamClient.logIn(fabrikamLaw);
    const theirOrder = await placeOrder(fabrikamClient, domainFixture(fabrikamLaw, 'fabrikam-law.com'), { 'crm-user': 4 });
    await fabrikam.dispose();
    const [theirInvoice] = portal.context.store.invoicesOf(northwindTraders.id);

    for (const path of [
      '/no-such-page',
      '/services/fabrikam-law.com',
      '/services/fabrikam-law.com/upgrade',
      '/services/no-such-domain.example',
      `/orders/${theirOrder}`,
      `/orders/${theirOrder}/checkout`,
      `/orders/${theirOrder}/confirmation`,
      '/orders/999999',
      `/billing/invoices/${theirInvoice!.number}`,
      `/billing/invoices/${theirInvoice!.number}/pay`,
      '/billing/invoices/INV-999999',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(h1(await response.text()), path).toBe('Page not found');
    }
  });
});

test('an invoice page shows its number and status', async ({ request, portal }) => {
  await new PortalClient(request).logIn(northwindTraders);
  const [overdue] = portal.context.store.invoicesOf(northwindTraders.id);
  const response = await request.get(`/billing/invoices/${overdue!.number}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(h1(html)).toBe(`Invoice ${overdue!.number}`);
  expect(testIdText(html, 'invoice-status')).toBe('Overdue');
  expect(testIdText(html, 'invoice-total')).toBe(usd(northwindTraders.unpaidInvoices[0].amountCents));
  expect(textOf(html)).toContain('Pay Now');

  const pay = await request.get(`/billing/invoices/${overdue!.number}/pay`);
  expect(pay.status()).toBe(200);
  const payHtml = await pay.text();
  expect(h1(payHtml)).toBe(`Pay Invoice ${overdue!.number}`);
  expect(testIdText(payHtml, 'amount-to-pay')).toBe(usd(northwindTraders.unpaidInvoices[0].amountCents));
  expect(hasFormPostingTo(payHtml, `/billing/invoices/${overdue!.number}/pay`)).toBe(true);
});

test.describe('a quote from yesterday', () => {
  // Ten minutes before midnight: the next day comes well inside the 30-minute idle timeout.
  test.use({ portalNow: '2026-11-26T23:50:00Z' });

  test('is not payable after midnight: checkout asks to review the order again', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
    portal.clock.advance(15 * 60 * 1000);
    const response = await request.get(`/orders/${orderId}/checkout`);
    expect(response.status()).toBe(409);
    const html = await response.text();
    expect(h1(html)).toBe('Review your order again');
    expect(html).toContain(`href="/services/${dental.name}/upgrade"`);
    expect(portal.ledger.charges).toHaveLength(0);
  });
});

test.describe('signed out', () => {
  const protectedPaths = [
    '/home',
    '/services',
    `/services/${dental.name}`,
    `/services/${dental.name}/upgrade`,
    '/orders/5001',
    '/orders/5001/checkout',
    '/orders/5001/confirmation',
    '/billing',
    '/billing/invoices',
    '/billing/invoices/INV-1001',
    '/billing/invoices/INV-1001/pay',
    '/billing/invoices?page=2',
  ];

  test('every page sends the visitor to log in, remembering where they were going', async ({ request }) => {
    for (const path of protectedPaths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(303);
      expect(response.headers().location, path).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  test('the login page carries the remembered path into its form', async ({ request }) => {
    const html = await (await request.get(`/login?next=${encodeURIComponent('/billing/invoices')}`)).text();
    expect(html).toContain('<input type="hidden" name="next" value="/billing/invoices">');
  });
});
