/**
 * Nothing leaks: security headers on every kind of page, no stack trace when
 * something breaks, no card number, CVC or password in any page or log line,
 * and whatever is stored is shown as text, never run as markup.
 */
import type { APIResponse } from '@playwright/test';
import { contosoDental, fabrikamLaw, northwindTraders } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { DECLINED_CARD_NUMBER, DENTAL, ONE_MORE_MAILBOX, payNewCard, placeOrder, signIn, snapshot, toCheckout } from './support';

const SCRIPT = '<script>alert(1)</script>';

function expectSecurityHeaders(response: APIResponse, label: string): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, label).toContain("default-src 'self'");
  expect(csp, label).toContain("script-src 'self'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("frame-ancestors 'self'");
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['x-frame-options'], label).toBe('SAMEORIGIN');
  expect(headers['referrer-policy'], label).toBe('no-referrer');
  expect(headers['x-powered-by'], label).toBeUndefined();
}

test('security headers on pages, error pages, redirects and static files, and no X-Powered-By anywhere', async ({ request }) => {
  const client = new PortalClient(request);
  const seen: [string, APIResponse][] = [];
  seen.push(['login page', await request.get('/login')]);
  seen.push(['static file', await request.get('/static/portal.css')]);
  seen.push(['signed-out redirect', await request.get('/home', { maxRedirects: 0 })]);
  seen.push(['415 page', await request.post('/login', { headers: { 'content-type': 'application/json' }, data: '{}' })]);
  seen.push(['403 page', await client.postForm('/login', { email: 'a' }, { csrf: 'wrong' })]);
  await signIn(client);
  seen.push(['home', await request.get('/home')]);
  seen.push(['404 page', await request.get('/orders/999999')]);
  seen.push(['413 page', await client.postForm('/logout', { padding: 'x'.repeat(20_000) }, { csrfFrom: '/home' })]);
  for (const [label, response] of seen) expectSecurityHeaders(response, label);
  expect((await request.get('/healthz')).headers()['x-powered-by']).toBeUndefined();
});

test('a failure inside a handler shows the error page: no stack trace, no internal detail', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const secret = 'internal detail: SELECT * FROM accounts at /srv/portal/store.ts:42';
  const { store } = portal.context;
  store.domainsOf = () => {
    throw new Error(secret);
  };
  for (const path of ['/home', '/services', '/billing']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(500);
    const html = await response.text();
    expect(html).toContain('Something went wrong');
    expect(html).toContain('never charged twice');
    expect(html).not.toContain('internal detail');
    expect(html).not.toContain('store.ts');
    expect(html).not.toMatch(/\bat \S+ \(|node_modules|Error:/);
    expectSecurityHeaders(response, path);
  }
  // The portal's own log has it, for whoever runs the portal.
  expect(portal.logs.some((line) => line.includes(secret))).toBe(true);
});

test('a failure in an async handler (checkout) also ends on the error page, and nothing is charged', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  portal.context.store.domainOf = () => {
    throw new Error('boom in staleQuote');
  };
  const response = await client.postForm(`/orders/${orderId}/checkout`, { card: 'stored' });
  expect(response.status()).toBe(500);
  expect(await response.text()).not.toContain('boom');
  expect(portal.ledger.requestCount).toBe(0);
});

test('after log-ins and new-card payments, no page, log line or stored record holds a card number, CVC or password', async ({ request, playwright, portal }) => {
  const cvcs = ['864', '5309'];
  const numbers = ['4242 4242 4242 4242', '5555 5555 5555 4444', '3782 822463 10005', DECLINED_CARD_NUMBER, '4242 4242 4242 4241'];
  const passwords = [contosoDental.password, fabrikamLaw.password, northwindTraders.password, 'Guess-Password-1!'];
  const pages: string[] = [];
  const keep = async (response: APIResponse) => {
    pages.push(await response.text());
    return response;
  };

  const client = new PortalClient(request);
  await keep(await client.logIn({ email: contosoDental.email, password: 'Guess-Password-1!' }));
  await signIn(client);
  // Contoso: a mistyped card, a declined card, then a saved Mastercard; later an Amex on contoso-labs.net.
  const first = await placeOrder(client);
  await toCheckout(client, first);
  await keep(await payNewCard(client, first, { number: '4242 4242 4242 4241', cvc: cvcs[0] }));
  await keep(await payNewCard(client, first, { number: DECLINED_CARD_NUMBER, cvc: cvcs[0] }));
  await keep(await payNewCard(client, first, { number: '5555 5555 5555 4444', cvc: cvcs[0] }, { save: 'on' }));
  const second = await placeOrder(client, 'contoso-labs.net', { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '6', 'bes-user': '0', 'email-archiving': '0' });
  await toCheckout(client, second);
  await keep(await payNewCard(client, second, { number: '3782 822463 10005', cvc: cvcs[1] }));
  // Fabrikam, with no stored card: a 4242 card, not saved.
  const fabrikamRequest = await playwright.request.newContext({ baseURL: portal.url });
  const fabrikam = new PortalClient(fabrikamRequest);
  await keep(await fabrikam.logIn(fabrikamLaw));
  const third = await placeOrder(fabrikam, 'fabrikam-law.com', { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '11', 'bes-user': '0', 'crm-user': '3', 'email-archiving': '0' });
  await toCheckout(fabrikam, third);
  await keep(await payNewCard(fabrikam, third, { cvc: cvcs[0] }));
  expect(portal.ledger.charges).toHaveLength(3);

  // Every page either customer can now see.
  for (const [who, orders] of [[client, [first, second]], [fabrikam, [third]]] as const) {
    for (const path of ['/home', '/services', `/services/${DENTAL}`, '/billing', '/billing/invoices', ...orders.flatMap((id) => [`/orders/${id}/confirmation`])]) {
      await keep(await who.request.get(path));
    }
    const invoices = portal.context.store.invoicesOf(who === client ? contosoDental.id : fabrikamLaw.id);
    expect(invoices).toHaveLength(orders.length); // one per paid order: each invoice page is read below
    for (const invoice of invoices) {
      await keep(await who.request.get(`/billing/invoices/${invoice.number}`));
    }
  }
  await fabrikamRequest.dispose();

  // Every answer above was kept to be searched: 2 log-ins, 5 card attempts, 5 pages and the confirmations per customer, 3 invoices.
  expect(pages).toHaveLength(2 + 5 + (5 + 2) + (5 + 1) + 3);
  const everything = [...pages, ...portal.logs, snapshot(portal.context.store)];
  for (const text of everything) {
    const digitsOnly = text.replace(/[ -]/g, '');
    for (const number of numbers) {
      const digits = number.replace(/ /g, '');
      expect(text).not.toContain(number);
      expect(digitsOnly).not.toContain(digits);
      expect(text).not.toContain(digits.slice(0, 12)); // not even all but the last four
    }
    for (const cvc of cvcs) expect(text).not.toMatch(new RegExp(`(cvc|security code)[^<]{0,40}\\b${cvc}\\b|value="${cvc}"`, 'i'));
    for (const password of passwords) expect(text).not.toContain(password);
  }
  // The saved card is kept as the gateway's token and what is printed on it.
  expect(portal.context.store.accounts.get(contosoDental.id)!.storedCard).toMatchObject({ brand: 'Mastercard', last4: '4444' });
  // The log was searched with something in it: the three payments, at least.
  expect(portal.logs.filter((line) => / paid: ch_/.test(line))).toHaveLength(3);
});

test('a contact name and a domain name holding markup are shown as text on every page', async ({ request, portal }) => {
  const { store } = portal.context;
  const account = store.accounts.get(contosoDental.id)!;
  account.contact = { ...account.contact, name: SCRIPT, company: `Contoso ${SCRIPT}` };
  const labs = store.domainOf(contosoDental.id, 'contoso-labs.net')!;
  store.domains.push({ ...labs, name: `x"><img src=x onerror=alert(1)>${SCRIPT}.example` });
  const client = new PortalClient(request);
  await signIn(client);
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  for (const path of ['/home', '/services', '/billing', `/orders/${orderId}/checkout`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain(SCRIPT);
    expect(html, path).not.toContain('<img src=x');
    expect(html, path).not.toMatch(/<script>(?!\s*$)/);
  }
  const home = await (await request.get('/home')).text();
  expect(home).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  const services = await (await request.get('/services')).text();
  expect(services).toContain('x&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
});

test('a BES activation password appears in the one response that shows it: never in a log line, another page or the store', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const list = `/services/${DENTAL}/bes-users`;
  expect((await client.postForm(`${list}/new`, { displayName: 'Alex Kim', email: `alex@${DENTAL}` })).status()).toBe(303);
  const user = [...portal.context.store.besUsers.values()][0]!;
  const passwords: string[] = [];
  const shown: string[] = [];
  // Two passwords (the second replaces the first), the second after the first expired.
  for (const hoursLater of [0, 49]) {
    portal.clock.advance(hoursLater * 60 * 60 * 1000);
    await signIn(client); // moving the clock ends the session
    const response = await client.postForm(`${list}/${user.id}/activation-password`, {}, { csrfFrom: list });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const html = await response.text();
    const password = /data-testid="activation-password"><code>([^<]+)<\/code>/.exec(html)?.[1];
    expect(password).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    passwords.push(password!);
    shown.push(html);
  }
  expect(new Set(passwords).size).toBe(2);

  const pages: string[] = [];
  for (const path of ['/home', '/services', `/services/${DENTAL}`, list, `${list}/new`, `${list}/${user.id}/remove`, `/services/${DENTAL}/upgrade`, '/billing', '/billing/contacts']) {
    pages.push(await (await request.get(path)).text());
  }
  const everything = [...pages, ...portal.logs, snapshot(portal.context.store)];
  for (const password of passwords) {
    const compact = password.replace(/-/g, '');
    for (const text of everything) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(compact);
    }
  }
  // Each was in its own response only; the store keeps a salted hash of the latest.
  expect(shown[0]).toContain(passwords[0]);
  expect(shown[0]).not.toContain(passwords[1]);
  expect(user.activation!.passwordHash).toMatch(/^scrypt\$[^$]+\$[^$]+$/);
  expect(portal.logs.filter((line) => line.includes('activation password generated'))).toHaveLength(2);
});

test('markup typed into Contacts, BES Users and CRM Organizations is shown as text on every page', async ({ request, playwright, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const name = `<img src=x onerror=alert(1)>${SCRIPT}`.slice(0, 50);
  expect((await client.postForm('/billing/contacts/new', { firstName: name, lastName: 'Park"><b>', email: 'lee@contoso-dental.example', notifications: 'invoices' })).status()).toBe(303);
  expect((await client.postForm(`/services/${DENTAL}/bes-users/new`, { displayName: name, email: `alex@${DENTAL}` })).status()).toBe(303);
  const user = [...portal.context.store.besUsers.values()][0]!;
  const orderId = await placeOrder(client);
  await toCheckout(client, orderId);
  const pages = ['/billing/contacts', `/billing/contacts/${portal.context.store.contactsOf(contosoDental.id)[1]!.id}`, `/services/${DENTAL}/bes-users`, `/services/${DENTAL}/bes-users/${user.id}/remove`, `/orders/${orderId}/checkout`];
  const fabrikamRequest = await playwright.request.newContext({ baseURL: portal.url });
  const fabrikam = new PortalClient(fabrikamRequest);
  await signIn(fabrikam, fabrikamLaw);
  expect((await fabrikam.postForm('/services/fabrikam-law.com/crm-organizations/new', { name, uniqueName: 'fabrikamlaw', baseCurrency: 'USD', language: 'en' })).status()).toBe(303);
  const htmls = [...(await Promise.all(pages.map(async (path) => (await request.get(path)).text()))), await (await fabrikamRequest.get('/services/fabrikam-law.com/crm-organizations')).text()];
  await fabrikamRequest.dispose();
  for (const html of htmls) {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('"><b>');
    expect(html).not.toMatch(/<script>(?!\s*$)/);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  }
});
