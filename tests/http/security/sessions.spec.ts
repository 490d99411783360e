/**
 * Sessions and CSRF: the cookie cannot be read by scripts or sent cross-site,
 * a session id planted before login is worthless after it, Log Out ends the
 * session on the server, 30 idle minutes end it too, and every state-changing
 * form refuses a missing or wrong token without changing anything.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { contosoDental, fabrikamLaw, northwindTraders, type AccountFixture } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { DENTAL, FORM_EXPIRED, ONE_MORE_MAILBOX, placeOrder, signIn, snapshot, textOf, toCheckout } from './support';

const SESSION_COOKIE = 'portal.sid';
/** Northwind's overdue invoice: the first one the portal numbers. */
const NORTHWIND_INVOICE = 'INV-1001';

function sessionCookieHeader(response: APIResponse): string | undefined {
  return response.headersArray().find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith(`${SESSION_COOKIE}=`))?.value;
}

async function sessionId(request: APIRequestContext): Promise<string | undefined> {
  return (await request.storageState()).cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value;
}

/** A second client that sends only the given session cookie, as an attacker replaying it would. */
async function replaying(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, baseURL: string, id: string) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${id}` } });
}

test.describe('the session cookie', () => {
  test('is HttpOnly, SameSite=Lax and scoped to the whole portal', async ({ request }) => {
    const login = await new PortalClient(request).logIn(contosoDental);
    expect(login.status()).toBe(303);
    const header = sessionCookieHeader(login);
    expect(header).toBeDefined();
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Path=\//i);
  });

  test('gets a new id at login, and the id from before login does not sign anyone in', async ({ request, playwright, portal }) => {
    const client = new PortalClient(request);
    // A session that exists before login: the one that carries "your session expired" to the login page.
    await signIn(client);
    portal.clock.advance(31 * 60_000);
    await request.get('/home');
    const before = await sessionId(request);
    expect(before).toBeDefined();
    expect(portal.sessions.store.size, 'the expired session was replaced, not kept beside the new one').toBe(1);
    await signIn(client);
    const after = await sessionId(request);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);

    const planted = await replaying(playwright, portal.url, before!);
    const home = await planted.get('/home', { maxRedirects: 0 });
    expect(home.status()).toBe(303);
    expect(home.headers().location).toBe('/login?next=%2Fhome');
    await planted.dispose();
  });

  test('Log Out ends the session on the server: the old cookie replayed opens only the login page', async ({ request, playwright, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    const id = (await sessionId(request))!;
    const logout = await client.postForm('/logout', {}, { csrfFrom: '/home' });
    expect(logout.status()).toBe(303);

    const replay = await replaying(playwright, portal.url, id);
    for (const path of ['/home', '/services', `/services/${DENTAL}`, '/billing/invoices']) {
      const response = await replay.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(303);
      expect(response.headers().location, path).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    await replay.dispose();
  });

  test('ends after 30 idle minutes on the portal clock, and activity keeps it alive', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await signIn(client);
    portal.clock.advance(29 * 60_000);
    expect((await request.get('/home', { maxRedirects: 0 })).status()).toBe(200);
    portal.clock.advance(29 * 60_000); // 58 minutes since login, 29 since the last request
    expect((await request.get('/home', { maxRedirects: 0 })).status()).toBe(200);

    portal.clock.advance(31 * 60_000);
    const expired = await request.get('/home', { maxRedirects: 0 });
    expect(expired.status()).toBe(303);
    expect(expired.headers().location).toBe('/login?next=%2Fhome');
    const login = await request.get('/login?next=%2Fhome');
    expect(textOf(await login.text())).toContain('Your session expired. Please log in again.');
  });
});

test.describe('a form sent after the session expired', () => {
  /** Each form, the page it is on, and what it sends: logging in again returns to that page. */
  const forms: { name: string; page: (orderId: string) => string; action: (orderId: string) => string; fields: Record<string, string> }[] = [
    { name: 'Checkout', page: (orderId: string) => `/orders/${orderId}/checkout`, action: (orderId: string) => `/orders/${orderId}/checkout`, fields: { card: 'stored' } },
    { name: 'Order Summary (payment method)', page: (orderId: string) => `/orders/${orderId}`, action: (orderId: string) => `/orders/${orderId}/payment-method`, fields: { paymentMethod: 'credit-card' } },
    { name: 'Upgrade/Downgrade', page: () => `/services/${DENTAL}/upgrade`, action: () => `/services/${DENTAL}/upgrade`, fields: Object.fromEntries(Object.entries(ONE_MORE_MAILBOX).map(([id, value]) => [`total.${id}`, value])) },
  ];

  for (const form of forms) {
    test(`${form.name}: goes to log in, then back to that page; nothing is changed or charged`, async ({ request, portal }) => {
      const client = new PortalClient(request);
      await signIn(client);
      const orderId = await placeOrder(client);
      await toCheckout(client, orderId);
      const csrf = await client.csrfToken(form.page(orderId));
      portal.clock.advance(31 * 60_000);
      const before = snapshot(portal.context.store);

      const sent = await client.postForm(form.action(orderId), form.fields, { csrf });
      expect(sent.status()).toBe(303);
      expect(sent.headers().location).toBe(`/login?next=${encodeURIComponent(form.page(orderId))}`);
      expect(snapshot(portal.context.store)).toBe(before);
      expect(portal.ledger.charges).toHaveLength(0);
      const login = await request.get(sent.headers().location!);
      expect(textOf(await login.text())).toContain('Your session expired. Please log in again.');

      const again = await client.postForm('/login', { email: contosoDental.email, password: contosoDental.password, next: form.page(orderId) }, { csrfFrom: sent.headers().location! });
      expect(again.headers().location).toBe(form.page(orderId));
      expect((await request.get(form.page(orderId), { maxRedirects: 0 })).status()).toBe(200);
    });
  }
});

test.describe('every state-changing form refuses a missing or wrong CSRF token', () => {
  /** The records a form acts on: an order at checkout, a contact and a BES user of Contoso's. */
  interface Ids { readonly orderId: string; readonly contactId: string; readonly besUserId: string }
  /** Each form as the portal's pages post it, with the page its token is read from. */
  const forms: { name: string; path: (ids: Ids) => string; fields: Record<string, string>; signedIn: boolean; as?: AccountFixture }[] = [
    { name: 'Log In', path: () => '/login', fields: { email: contosoDental.email, password: contosoDental.password, next: '/home' }, signedIn: false },
    { name: 'Log Out', path: () => '/logout', fields: {}, signedIn: true },
    { name: 'Upgrade/Downgrade', path: () => `/services/${DENTAL}/upgrade`, fields: Object.fromEntries(Object.entries(ONE_MORE_MAILBOX).map(([id, value]) => [`total.${id}`, value])), signedIn: true },
    { name: 'payment method', path: ({ orderId }) => `/orders/${orderId}/payment-method`, fields: { paymentMethod: 'bank-transfer' }, signedIn: true },
    { name: 'Checkout', path: ({ orderId }) => `/orders/${orderId}/checkout`, fields: { card: 'stored' }, signedIn: true },
    { name: 'Pay Now (invoice)', path: () => `/billing/invoices/${NORTHWIND_INVOICE}/pay`, fields: { card: 'stored' }, signedIn: true, as: northwindTraders },
    { name: 'Add Contact', path: () => '/billing/contacts/new', fields: { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', notifications: 'invoices' }, signedIn: true },
    { name: 'Edit Contact', path: ({ contactId }) => `/billing/contacts/${contactId}`, fields: { firstName: 'Sam', lastName: 'Ortiz', email: 'sam@contoso-dental.example' }, signedIn: true },
    { name: 'Delete Contact', path: ({ contactId }) => `/billing/contacts/${contactId}/delete`, fields: {}, signedIn: true },
    { name: 'Add BES User', path: () => `/services/${DENTAL}/bes-users/new`, fields: { displayName: 'Jordan Lee', email: `jordan@${DENTAL}` }, signedIn: true },
    { name: 'Generate Activation Password', path: ({ besUserId }) => `/services/${DENTAL}/bes-users/${besUserId}/activation-password`, fields: {}, signedIn: true },
    { name: 'Remove BES User', path: ({ besUserId }) => `/services/${DENTAL}/bes-users/${besUserId}/remove`, fields: {}, signedIn: true },
    { name: 'Create Organization', path: () => '/services/fabrikam-law.com/crm-organizations/new', fields: { name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'USD', language: 'en' }, signedIn: true, as: fabrikamLaw },
  ];

  for (const form of forms) {
    for (const [label, csrf] of [['missing', null], ['wrong', 'not-the-token'], ['from another session', 'ANOTHER']] as const) {
      test(`${form.name}: ${label} token → 403 "${FORM_EXPIRED}", nothing changes`, async ({ request, playwright, portal }) => {
        const client = new PortalClient(request);
        const { store } = portal.context;
        let ids: Ids = { orderId: '', contactId: '', besUserId: '' };
        if (form.as) {
          await signIn(client, form.as);
        } else if (form.signedIn) {
          await signIn(client);
          const orderId = await placeOrder(client);
          await toCheckout(client, orderId);
          // A BES licence is free after this user (the domain has 2), so every BES form could succeed with a good token.
          store.domainOf(contosoDental.id, DENTAL)!.services['bes-user'] = 2;
          const besUserId = store.addBesUser({ accountId: contosoDental.id, domainName: DENTAL, displayName: 'Alex Kim', email: `alex@${DENTAL}`, activation: null }).id;
          const contactId = store.addContact({ accountId: contosoDental.id, primary: false, firstName: 'Lee', lastName: 'Park', email: 'lee@contoso-dental.example', phone: '', notifications: ['invoices'] }).id;
          ids = { orderId, contactId, besUserId };
        } else {
          await client.csrfToken('/login');
        }
        let token: string | null = csrf;
        if (csrf === 'ANOTHER') {
          // A real token, but minted for an attacker's own session: it must not work in the victim's.
          const attacker = await playwright.request.newContext({ baseURL: portal.url });
          await signIn(new PortalClient(attacker), fabrikamLaw);
          token = await new PortalClient(attacker).csrfToken('/home');
          await attacker.dispose();
        }
        const before = snapshot(portal.context.store);
        const response = await client.postForm(form.path(ids), form.fields, { csrf: token });
        expect(response.status()).toBe(403);
        expect(textOf(await response.text())).toContain(FORM_EXPIRED);
        expect(snapshot(portal.context.store)).toBe(before);
        expect(portal.ledger.charges).toHaveLength(0);
        // Signed in exactly as before: Log In did not sign in, Log Out did not sign out.
        const home = await request.get('/home', { maxRedirects: 0 });
        expect(home.status()).toBe(form.signedIn ? 200 : 303);
      });
    }
  }
});
