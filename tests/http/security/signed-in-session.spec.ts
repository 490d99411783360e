/**
 * The sessions that `loggedIn` gives browser tests come from
 * createSignedInSession, not from the Log In form. They must be what a Log In
 * leaves behind: the account signed in, its forms usable (CSRF included), and
 * 30 idle minutes ending it. Only the portal factory's result makes one: the
 * portal has no route for it.
 */
import type { APIRequestContext } from '@playwright/test';
import { fabrikamLaw } from '../../../fixtures/accounts';
import { h1 } from '../html';
import { PortalClient } from '../../support/portal-client';
import { expect, test, type MockPortal } from '../../support/test';

const IDLE_LIMIT_MS = 30 * 60 * 1000;
const FABRIKAM_DOMAIN = 'fabrikam-law.com';
/** fabrikam-law.com (10 mailboxes, 3 CRM users) with one mailbox more: every field of the form. */
const ONE_MORE_FABRIKAM_MAILBOX = { 'exchange-mailbox': '11', 'bes-user': '0', 'crm-user': '3', 'email-archiving': '0', 'sharepoint-site': '0' };

/** An HTTP client holding only the cookie createSignedInSession returned, as `loggedIn` gives it to the browser. */
async function clientWithSession(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, portal: MockPortal, accountId: string) {
  const { name, value } = await portal.createSignedInSession(accountId);
  const { hostname } = new URL(portal.url);
  return playwright.request.newContext({
    baseURL: portal.url,
    storageState: { cookies: [{ name, value, domain: hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] },
  });
}

test.describe('a session made without the Log In form (createSignedInSession)', { tag: '@mock' }, () => {
  test('signs the account in as Log In does: its pages and its forms', async ({ playwright, portal }) => {
    const request = await clientWithSession(playwright, portal, fabrikamLaw.id);
    const home = await request.get('/home', { maxRedirects: 0 });
    expect(home.status()).toBe(200);
    expect(h1(await home.text())).toBe(`Welcome back, ${fabrikamLaw.contact.name}`);

    // A form posted with the token of a page of this session is accepted: the session carries CSRF like any other.
    const { response, orderId } = await new PortalClient(request).orderNewTotals(FABRIKAM_DOMAIN, ONE_MORE_FABRIKAM_MAILBOX);
    expect(response.status(), 'Upgrade/Downgrade Options posted in this session').toBe(303);
    expect(portal.context.store.orders.get(orderId!)?.accountId).toBe(fabrikamLaw.id);
    await request.dispose();
  });

  test('is idle from the moment it is made: still signed in just under 30 minutes later, ended just over', async ({ playwright, portal }) => {
    const early = await clientWithSession(playwright, portal, fabrikamLaw.id);
    const late = await clientWithSession(playwright, portal, fabrikamLaw.id);
    portal.clock.advance(IDLE_LIMIT_MS - 1000);
    expect((await early.get('/home', { maxRedirects: 0 })).status(), 'used 29:59 after it was made').toBe(200);
    portal.clock.advance(2000);
    const expired = await late.get('/home', { maxRedirects: 0 });
    expect(expired.status(), 'first used 30:01 after it was made').toBe(303);
    expect(expired.headers().location).toBe('/login?next=%2Fhome');
    await Promise.all([early.dispose(), late.dispose()]);
  });

  test('is refused for an account the portal does not have', async ({ portal }) => {
    await expect(portal.createSignedInSession('no-such-account')).rejects.toThrow('this portal has no account "no-such-account"');
  });
});
