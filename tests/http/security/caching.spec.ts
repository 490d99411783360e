/**
 * Nothing signed-in, and no form, may be kept in a browser's or a proxy's
 * cache: every response for a signed-in account and every page with a form is
 * sent with Cache-Control: no-store (Back after Log Out then asks the portal,
 * which answers "log in"). Static files hold nothing of an account and stay
 * cacheable.
 */
import type { APIResponse } from '@playwright/test';
import { contosoDental, northwindTraders } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { DENTAL, FORM_EXPIRED, placeOrder, signIn, textOf, toCheckout } from './support';

/** Northwind's overdue invoice: the first one the portal numbers. */
const NORTHWIND_INVOICE = 'INV-1001';

function expectNoStore(seen: [string, APIResponse][]): void {
  for (const [label, response] of seen) expect(response.headers()['cache-control'], label).toBe('no-store');
}

test('every page, redirect and form response of a signed-in account is no-store', async ({ request }) => {
  const client = new PortalClient(request);
  const seen: [string, APIResponse][] = [];
  const get = async (path: string) => seen.push([path, await request.get(path, { maxRedirects: 0 })]);
  const login = await client.logIn(contosoDental);
  seen.push(['Log In (303)', login]);
  for (const path of ['/', '/login', '/home', '/services', `/services/${DENTAL}`, `/services/${DENTAL}/upgrade`, '/billing', '/billing/invoices', '/orders/999999']) await get(path);
  const orderId = await placeOrder(client);
  await get(`/orders/${orderId}`);
  await toCheckout(client, orderId);
  await get(`/orders/${orderId}/checkout`);
  seen.push(['Checkout refused (422)', await client.postForm(`/orders/${orderId}/checkout`, { card: 'nonsense' })]);
  const paid = await client.postForm(`/orders/${orderId}/checkout`, { card: 'stored' });
  seen.push(['Checkout paid (303)', paid]);
  await get(`/orders/${orderId}/confirmation`);
  const invoice = /INV-\d+/.exec(textOf(await (await request.get(`/orders/${orderId}/confirmation`)).text()))![0];
  await get(`/billing/invoices/${invoice}`);
  seen.push(['Log Out (303)', await client.postForm('/logout', {}, { csrfFrom: '/home' })]);
  expectNoStore(seen);

  await signIn(client, northwindTraders);
  expectNoStore([['Pay Now form', await request.get(`/billing/invoices/${NORTHWIND_INVOICE}/pay`)]]);
});

test('the login form, the error pages and the redirects to log in are no-store; static files are cacheable', async ({ request }) => {
  const client = new PortalClient(request);
  const forbidden = await client.postForm('/login', { email: 'a' }, { csrf: 'wrong' });
  expect(textOf(await forbidden.text())).toContain(FORM_EXPIRED);
  expectNoStore([
    ['login page', await request.get('/login')],
    ['signed-out redirect', await request.get('/billing', { maxRedirects: 0 })],
    ['403 page', forbidden],
    ['413 page', await client.postForm('/login', { password: 'p'.repeat(20_000) })],
    ['415 page', await request.post('/login', { headers: { 'content-type': 'application/json' }, data: '{}' })],
  ]);
  expect((await request.get('/static/portal.css')).headers()['cache-control']).toMatch(/max-age=\d+/);
});
