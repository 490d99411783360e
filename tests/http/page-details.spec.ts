/**
 * Details a customer reads or a screen reader announces: singular and plural,
 * the message after Log Out, the range hint tied to its field, fields that
 * cannot grow past what the portal reads, and error pages that say what
 * happened, what to do next, and lead back.
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { services } from '../../fixtures/catalogue';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { decodeEntities, h1, inputAttributes, textById, textOf } from './html';
import { choosePayment, domainFixture, placeOrder, typedTotals } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');
/** The portal reads forms up to 16 KB (mock-portal/src/portal.ts); anything larger is refused with a 413. */
const FORM_LIMIT_BYTES = 16 * 1024;
/** The most bytes one typed character can take once a browser URL-encodes it: 4 UTF-8 bytes as %XX each. */
const MAX_ENCODED_BYTES_PER_CHARACTER = 12;

test('an account with one domain reads "1 domain", not "1 domains"', async ({ request }) => {
  await new PortalClient(request).logIn(fabrikamLaw);
  const text = textOf(await (await request.get('/home')).text());
  expect(fabrikamLaw.domains).toHaveLength(1);
  expect(text).toContain('1 domain on this account.');
  expect(text).not.toContain('1 domains');
});

test('an account with several domains reads "3 domains"', async ({ request }) => {
  await new PortalClient(request).logIn(contosoDental);
  expect(textOf(await (await request.get('/home')).text())).toContain(`${contosoDental.domains.length} domains on this account.`);
});

test('Log Out lands on the Log In page saying "You have logged out."', async ({ request }) => {
  const client = new PortalClient(request);
  await client.logIn(contosoDental);
  const response = await client.postForm('/logout', {}, { csrfFrom: '/home' });
  expect(response.status()).toBe(303);
  const location = response.headers().location!;
  expect(location).toBe('/login?loggedOut=1');
  const html = await (await request.get(location)).text();
  expect(h1(html)).toBe('Log In');
  expect(html).toMatch(/<p class="notice" role="status">You have logged out\.<\/p>/);
});

test('the Log In page says nothing about logging out to a visitor who did not', async ({ request }) => {
  expect(textOf(await (await request.get('/login')).text())).not.toContain('You have logged out');
});

test.describe('the "1–250" range hint of each New Configuration field', () => {
  test.beforeEach(async ({ request }) => {
    await new PortalClient(request).logIn(contosoDental);
  });

  test('is tied to its field with aria-describedby before any error', async ({ request }) => {
    const html = await (await request.get(`/services/${dental.name}/upgrade`)).text();
    for (const service of services) {
      const describedBy = (inputAttributes(html, `total-${service.id}`)['aria-describedby'] ?? '').split(' ').filter(Boolean);
      expect(describedBy, service.name).toHaveLength(1);
      expect(textById(html, describedBy[0]!), `${service.name}: the hint it is described by`).toBe(`${service.min}–${service.max}`);
    }
  });

  test('stays tied to its field beside the error message', async ({ request }) => {
    const client = new PortalClient(request);
    const { response } = await client.orderNewTotals(dental.name, typedTotals(dental, { 'exchange-mailbox': 'lots' }));
    expect(response.status()).toBe(422);
    const html = await response.text();
    const describedBy = (inputAttributes(html, 'total-exchange-mailbox')['aria-describedby'] ?? '').split(' ');
    expect(describedBy.map((id) => textById(html, id)), 'the error first, then the range').toEqual(['Enter a whole number using the digits 0–9, such as 3. Enter a total from 1 to 250.', '1–250']);
  });
});

test.describe('fields a browser cannot overfill', () => {
  /** Every text field of a page's forms: its name and maxlength. */
  function textFields(html: string): { name: string; maxlength: number | null }[] {
    return [...html.matchAll(/<input\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !/\stype="(hidden|radio|checkbox|submit)"/.test(tag))
      .map((tag) => ({ name: /\sname="([^"]*)"/.exec(tag)?.[1] ?? '(no name)', maxlength: Number(/\smaxlength="(\d+)"/.exec(tag)?.[1]) || null }));
  }

  test('every text field has a maxlength, and a form filled to every maxlength stays under the portal\'s limit', async ({ request }) => {
    const client = new PortalClient(request);
    const pages: Record<string, string> = { 'Log In': await (await request.get('/login')).text() };
    await client.logIn(contosoDental);
    pages['Upgrade/Downgrade Options'] = await (await request.get(`/services/${dental.name}/upgrade`)).text();
    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
    await choosePayment(client, orderId, 'bank-transfer');
    const [invoice] = [...(await (await request.get('/billing/invoices')).text()).matchAll(/href="\/billing\/invoices\/(INV-\d+)"/g)].map((match) => match[1]);
    pages['Pay Invoice'] = await (await request.get(`/billing/invoices/${invoice}/pay`)).text();
    pages['Add Contact'] = await (await request.get('/billing/contacts/new')).text();
    pages['Add BES User'] = await (await request.get(`/services/${dental.name}/bes-users/new`)).text();
    await client.logIn(fabrikamLaw);
    pages['Create Organization'] = await (await request.get('/services/fabrikam-law.com/crm-organizations/new')).text();

    for (const [page, html] of Object.entries(pages)) {
      const fields = textFields(html);
      expect(fields.length, `${page} has text fields`).toBeGreaterThan(0);
      for (const field of fields) expect(field.maxlength, `${page}: ${field.name} has a maxlength`).not.toBeNull();
      const worstCase = fields.reduce((bytes, field) => bytes + field.name.length + 2 + (field.maxlength ?? 0) * MAX_ENCODED_BYTES_PER_CHARACTER, 0);
      expect(worstCase, `${page}: every field filled to its maxlength`).toBeLessThan(FORM_LIMIT_BYTES / 2);
    }
  });
});

test.describe('error pages', () => {
  test('413 for a signed-in customer: what happened, what to do, the top navigation, the brand to the home page, and a link back to the form', async ({ request }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const response = await client.postForm(`/services/${dental.name}/upgrade`, { 'total.exchange-mailbox': '3'.repeat(FORM_LIMIT_BYTES + 1) }, { csrfFrom: `/services/${dental.name}/upgrade` });
    expect(response.status()).toBe(413);
    const html = await response.text();
    expect(h1(html)).toBe('This form was too large');
    const text = textOf(html);
    expect(text).toContain('The form you sent was larger than any form on this portal, so it was not read. Nothing was changed.');
    expect(text).toContain('Go back to the form and check what you typed');
    expect(html, 'the top navigation').toMatch(/<nav class="top-nav"[^>]*aria-label="Main"/);
    expect(text).toContain(contosoDental.contact.company);
    expect(html, 'the brand leads to the home page').toMatch(/<a class="brand" href="\/home">/);
    expect(html).toContain(`<a href="/services/${dental.name}/upgrade">Back to the form</a>`);
  });

  test('403 on the Log In form with a stale token: says the form expired and links back to Log In', async ({ request }) => {
    const response = await new PortalClient(request).postForm('/login', { email: contosoDental.email, password: contosoDental.password }, { csrf: 'stale-token' });
    expect(response.status()).toBe(403);
    const html = await response.text();
    expect(h1(html)).toBe('This form has expired');
    expect(textOf(html)).toContain('Nothing was changed.');
    expect(html).toContain('<a href="/login">Back to the form</a>');
  });

  test('403 after logging out: says the customer was logged out and offers to log in again, back to the form', async ({ request }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
    const csrf = await client.csrfToken(`/orders/${orderId}`);
    await client.postForm('/logout', {}, { csrfFrom: '/home' });
    const response = await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'credit-card' }, { csrf });
    expect(response.status()).toBe(403);
    const html = await response.text();
    expect(h1(html)).toBe('You were logged out');
    expect(decodeEntities(html)).toContain(`<a href="/login?next=${encodeURIComponent(`/orders/${orderId}`)}">Log in again</a>`);
  });
});
