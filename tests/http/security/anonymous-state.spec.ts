/**
 * A visitor who is not signed in costs the portal nothing it keeps: no
 * session, whatever they open or send. Sessions that do exist are forgotten
 * once unused for an hour (30 idle minutes sign the customer out; the next
 * half hour lets the portal still say "your session expired"). The login
 * form is still protected against CSRF, by a signed cookie instead.
 */
import type { APIResponse } from '@playwright/test';
import { contosoDental, fabrikamLaw } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { FORM_EXPIRED, signIn, textOf } from './support';

const SESSION_COOKIE = 'portal.sid';
const MINUTE = 60_000;

function setsSessionCookie(response: APIResponse): boolean {
  return response.headersArray().some((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith(`${SESSION_COOKIE}=`));
}

test('anonymous pages and forms create no session on the server, and set no session cookie', async ({ playwright, portal }) => {
  const responses: APIResponse[] = [];
  // Each visit from a fresh client, as 30,000 cookie-less requests would be.
  const visits: ((client: PortalClient) => Promise<APIResponse>)[] = [
    (client) => client.request.get('/login'),
    (client) => client.request.get('/login?next=%2Fbilling'),
    (client) => client.request.get('/', { maxRedirects: 0 }),
    (client) => client.request.get('/home', { maxRedirects: 0 }),
    (client) => client.request.get('/services/contoso-dental.com/upgrade', { maxRedirects: 0 }),
    (client) => client.request.get('/no-such-page', { maxRedirects: 0 }),
    (client) => client.postForm('/login', { email: contosoDental.email, password: 'wrong' }, { csrf: null }),
    (client) => client.logIn({ email: contosoDental.email, password: 'not-the-password' }),
    (client) => client.postForm('/services/contoso-dental.com/upgrade', { 'total.exchange-mailbox': '3' }, { csrfFrom: '/login' }),
  ];
  for (const visit of visits) {
    const request = await playwright.request.newContext({ baseURL: portal.url });
    responses.push(await visit(new PortalClient(request)));
    await request.dispose();
  }
  expect(responses.map((response) => response.status())).toEqual([200, 200, 303, 303, 303, 303, 403, 401, 303]);
  expect(responses.filter(setsSessionCookie)).toHaveLength(0);
  expect(portal.sessions.store.size).toBe(0);
});

test('the login form without its CSRF cookie, or with a token from another visitor, is refused', async ({ request, playwright, portal }) => {
  const client = new PortalClient(request);
  const token = await client.csrfToken('/login');
  const other = await playwright.request.newContext({ baseURL: portal.url });
  const otherToken = await new PortalClient(other).csrfToken('/login');
  await other.dispose();

  const fromAnotherVisitor = await client.postForm('/login', { email: contosoDental.email, password: contosoDental.password }, { csrf: otherToken });
  expect(fromAnotherVisitor.status()).toBe(403);
  expect(textOf(await fromAnotherVisitor.text())).toContain(FORM_EXPIRED);

  const cookieless = await playwright.request.newContext({ baseURL: portal.url });
  const withoutCookie = await new PortalClient(cookieless).postForm('/login', { email: contosoDental.email, password: contosoDental.password }, { csrf: token });
  expect(withoutCookie.status()).toBe(403);
  await cookieless.dispose();
  expect(portal.sessions.store.size).toBe(0);

  expect((await client.postForm('/login', { email: contosoDental.email, password: contosoDental.password }, { csrf: token })).status()).toBe(303);
});

test('the token from the login form is worthless once signed in: the session has a token of its own', async ({ request }) => {
  const client = new PortalClient(request);
  const loginToken = await client.csrfToken('/login');
  await signIn(client);
  const refused = await client.postForm('/logout', {}, { csrf: loginToken });
  expect(refused.status()).toBe(403);
  expect((await client.postForm('/logout', {}, { csrfFrom: '/home' })).status()).toBe(303);
});

test('signed in, pages set no cookie: the session and CSRF cookies are sent once, when they change', async ({ request }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const setCookies = (response: APIResponse) => response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value.split('=')[0]);
  expect(setCookies(await request.get('/home')), 'the first page: a token bound to the new session').toEqual(['portal.csrf']);
  for (const path of ['/services', '/billing', '/home']) expect(setCookies(await request.get(path)), path).toEqual([]);
});

test('sessions unused for an hour are pruned: the store holds only the live ones', async ({ playwright, portal }) => {
  for (let index = 0; index < 5; index++) {
    const request = await playwright.request.newContext({ baseURL: portal.url });
    await signIn(new PortalClient(request));
    await request.dispose();
  }
  expect(portal.sessions.store.size).toBe(5);
  portal.clock.advance(61 * MINUTE);
  const late = await playwright.request.newContext({ baseURL: portal.url });
  await signIn(new PortalClient(late), fabrikamLaw);
  expect(portal.sessions.store.size).toBe(1);
  await late.dispose();
});
