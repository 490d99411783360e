/**
 * Another account's domain, order or invoice is "not found" on every route and
 * every method. The routes are read from the portal's own router, so a route
 * added later without the ownership check fails here without anyone editing
 * this file (and a route with a new kind of parameter fails until a sample
 * value is added below).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { Router } from 'express';
import { contosoDental, fabrikamLaw, northwindTraders, type AccountFixture } from '../../../fixtures/accounts';
import { ManualClock } from '../../../mock-portal/src/clock';
import { HttpCardGateway } from '../../../mock-portal/src/gateway/card-gateway';
import { createPortal } from '../../../mock-portal/src/portal';
import { PortalClient } from '../../support/portal-client';
import { expect, test, type MockPortal } from '../../support/test';
import { DENTAL, ONE_MORE_MAILBOX, payStored, placeOrder, signIn, snapshot, toCheckout } from './support';

interface RouteEntry {
  readonly path: string;
  readonly methods: readonly string[];
}

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/** Every route of a router, nested routers included (the portal mounts its table at "/"). */
function routesOf(stack: readonly Layer[]): RouteEntry[] {
  return stack.flatMap((layer) => {
    if (layer.route) return [{ path: layer.route.path, methods: Object.keys(layer.route.methods) }];
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

/** Every route as "METHOD /path", sorted: one line per method, the form both lists below are compared in. */
function routeLines(routes: readonly RouteEntry[]): string[] {
  return routes.flatMap((route) => route.methods.map((method) => `${method.toUpperCase()} ${route.path}`)).sort();
}

/**
 * The routes the source declares, read from the text of routes.ts (every page's
 * route) and portal.ts (/healthz): what the router walk must find, so a walk
 * that finds nothing, or misses a route, fails instead of checking nothing.
 */
function declaredRouteLines(): string[] {
  return ['routes.ts', 'portal.ts'].flatMap((file) => {
    const source = readFileSync(path.join(__dirname, '../../../mock-portal/src', file), 'utf8');
    return [...source.matchAll(/\b(?:router|app)\.(get|post|put|patch|delete)\(\s*'([^']+)'/g)].map((match) => `${match[1]!.toUpperCase()} ${match[2]}`);
  }).sort();
}

/** Routes with a parameter as of this spec: whatever is added later, these must still be walked. */
const KNOWN_PARAMETER_ROUTES = ['/services/:domain', '/services/:domain/upgrade', '/orders/:orderId', '/orders/:orderId/payment-method', '/orders/:orderId/checkout', '/orders/:orderId/confirmation', '/billing/invoices/:number', '/billing/invoices/:number/pay'];

/** The routes with a parameter, after checking the walk found every one routes.ts declares and no fewer. */
function parameterRoutes(): RouteEntry[] {
  const routes = portalRoutes().filter((route) => route.path.includes(':'));
  expect(routeLines(routes)).toEqual(declaredRouteLines().filter((line) => line.includes(':')));
  expect([...new Set(routes.map((route) => route.path))]).toEqual(expect.arrayContaining(KNOWN_PARAMETER_ROUTES));
  return routes;
}

function portalRoutes(): RouteEntry[] {
  // A second instance of the same factory: the router it builds is the one the test's portal runs.
  const { app } = createPortal({ clock: new ManualClock('2026-11-26T15:00:00Z'), timeZone: 'UTC', gateway: new HttpCardGateway(), log: () => {} });
  return routesOf((app as unknown as { router: Router }).router.stack as unknown as Layer[]);
}

/** Fills every :param from `values`; a parameter without a value fails the test, naming itself. */
function fill(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Route ${path} has a parameter :${name} this test has no sample for: add one to the samples below.`);
    return encodeURIComponent(value);
  });
}

/** What a POST to any route might carry; the ownership check must answer before any of it is read. */
const ANY_FORM = { card: 'stored', paymentMethod: 'credit-card', ...Object.fromEntries(Object.entries(ONE_MORE_MAILBOX).map(([id]) => [`total.${id}`, '9'])) };

async function signedIn(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, portal: MockPortal, account: AccountFixture) {
  const request = await playwright.request.newContext({ baseURL: portal.url });
  const client = new PortalClient(request);
  await signIn(client, account);
  return client;
}

async function expectNotFoundEverywhere(client: PortalClient, routes: readonly RouteEntry[], values: Record<string, string>): Promise<number> {
  const csrf = await client.csrfToken('/home');
  let requests = 0;
  for (const route of routes) {
    const path = fill(route.path, values);
    const get = await client.request.get(path, { maxRedirects: 0 });
    expect(get.status(), `GET ${path}`).toBe(404);
    expect(await get.text(), `GET ${path}`).toContain('Page not found');
    const post = await client.postForm(path, ANY_FORM, { csrf });
    expect(post.status(), `POST ${path}`).toBe(404);
    requests += 2;
  }
  return requests;
}

test('every route with a parameter answers 404 to another account, for GET and POST, and nothing changes', async ({ request, playwright, portal }) => {
  const routes = parameterRoutes();

  // Contoso's records in several states: a paid order with its invoice, and an open order at checkout.
  const contoso = new PortalClient(request);
  await signIn(contoso);
  const paidOrder = await placeOrder(contoso, 'contoso-labs.net', { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '6', 'bes-user': '0', 'email-archiving': '0' });
  await toCheckout(contoso, paidOrder);
  expect((await payStored(contoso, paidOrder)).status()).toBe(303);
  const paidInvoice = portal.context.store.orders.get(paidOrder)!.invoiceNumber!;
  const openOrder = await placeOrder(contoso);
  await toCheckout(contoso, openOrder);
  // Fabrikam's open order, and Northwind's unpaid invoice (payable through "Pay Now").
  const fabrikam = await signedIn(playwright, portal, fabrikamLaw);
  const fabrikamOrder = await placeOrder(fabrikam, 'fabrikam-law.com', { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '11', 'bes-user': '0', 'crm-user': '3', 'email-archiving': '0' });
  const northwindInvoice = portal.context.store.invoicesOf(northwindTraders.id)[0]!.number;

  const before = snapshot(portal.context.store);
  const charges = portal.ledger.charges.length;
  let requests = 0;
  requests += await expectNotFoundEverywhere(fabrikam, routes, { domain: DENTAL, orderId: openOrder, number: paidInvoice });
  requests += await expectNotFoundEverywhere(fabrikam, routes, { domain: 'contoso-labs.net', orderId: paidOrder, number: paidInvoice });
  requests += await expectNotFoundEverywhere(contoso, routes, { domain: 'northwind-traders.com', orderId: fabrikamOrder, number: northwindInvoice });
  const northwind = await signedIn(playwright, portal, northwindTraders);
  requests += await expectNotFoundEverywhere(northwind, routes, { domain: 'fabrikam-law.com', orderId: fabrikamOrder, number: paidInvoice });

  expect(requests).toBe(4 * 2 * routes.length); // four accounts' walks, a GET and a POST per route
  expect(snapshot(portal.context.store)).toBe(before);
  expect(portal.ledger.charges).toHaveLength(charges);
  test.info().annotations.push({ type: 'requests', description: `${routes.length} routes with parameters, ${requests} requests as another account` });
  for (const client of [fabrikam, northwind]) await client.request.dispose();
});

test('ids that do not exist, or are malformed, answer 404 on every route with a parameter', async ({ request, portal }) => {
  const routes = parameterRoutes();
  const client = new PortalClient(request);
  await signIn(client, contosoDental);
  const before = snapshot(portal.context.store);
  let requests = 0;
  for (const values of [
    { domain: 'no-such-domain.example', orderId: '999999', number: 'INV-999999' },
    { domain: 'contoso-dental.com/../contoso-labs.net', orderId: '5001abc', number: 'inv-1001' },
    { domain: 'CONTOSO-DENTAL.COM', orderId: '-1', number: ' INV-1001' },
  ]) {
    requests += await expectNotFoundEverywhere(client, routes, values);
  }
  expect(requests).toBe(3 * 2 * routes.length);
  expect(snapshot(portal.context.store)).toBe(before);
});

/** Routes a signed-out visitor may use: they lead to logging in, or are the health check. */
const OPEN_ROUTES = ['GET /', 'GET /login', 'POST /login', 'POST /logout', 'GET /healthz'];

test('every route without a parameter, other than logging in and out, sends a signed-out visitor to log in, whatever the method', async ({ request }) => {
  const lines = routeLines(portalRoutes().filter((route) => !route.path.includes(':')));
  expect(lines).toEqual(declaredRouteLines().filter((line) => !line.includes(':')));
  expect(lines).toEqual(expect.arrayContaining([...OPEN_ROUTES, 'GET /home', 'GET /services', 'GET /billing', 'GET /billing/invoices']));
  const guarded = lines.filter((line) => !OPEN_ROUTES.includes(line));
  expect(guarded.length).toBe(lines.length - OPEN_ROUTES.length);
  const client = new PortalClient(request);
  const csrf = await client.csrfToken('/login'); // a signed-out visitor's own token: the login check, not CSRF, must answer
  for (const line of guarded) {
    const [method, routePath] = line.split(' ') as [string, string];
    const response = method === 'GET' ? await request.get(routePath, { maxRedirects: 0 }) : await client.postForm(routePath, ANY_FORM, { csrf });
    expect(response.status(), line).toBe(303);
    // A GET comes back to its page after logging in; a form sent signed out is not replayed, so it goes home.
    expect(response.headers().location, line).toBe(`/login?next=${encodeURIComponent(method === 'GET' ? routePath : '/home')}`);
  }
});

test('Log Out, the one form a signed-out visitor may send, signs no one in and changes nothing', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const before = snapshot(portal.context.store);
  const refused = await client.postForm('/logout', {}, { csrf: null });
  expect(refused.status()).toBe(403);
  const response = await client.postForm('/logout', {}, { csrfFrom: '/login' });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/login?loggedOut=1');
  const home = await request.get('/home', { maxRedirects: 0 });
  expect(home.headers().location).toBe('/login?next=%2Fhome');
  expect(snapshot(portal.context.store)).toBe(before);
});
