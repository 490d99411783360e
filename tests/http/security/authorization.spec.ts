/**
 * Another account's domain, order, invoice, contact or BES user is "not found" on every route and
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

/** The paths with a parameter, after checking the walk found every route routes.ts declares, and no fewer. */
function parameterRoutes(): RouteEntry[] {
  const routes = routesWithParameters();
  expect(routeLines(routes)).toEqual(declaredRouteLines().filter((line) => line.includes(':')));
  expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining([...KNOWN_PARAMETER_ROUTES, ...ACCOUNT_PAGE_ROUTES]));
  return routes;
}

function portalRoutes(): RouteEntry[] {
  // A second instance of the same factory: the router it builds is the one the test's portal runs.
  const { app } = createPortal({ clock: new ManualClock('2026-11-26T15:00:00Z'), timeZone: 'UTC', gateway: new HttpCardGateway(), log: () => {} });
  return routesOf((app as unknown as { router: Router }).router.stack as unknown as Layer[]);
}

/** Each path with a parameter once (a GET and a POST on one path are two entries), since each is asked with both methods. */
function routesWithParameters(): RouteEntry[] {
  const byPath = new Map<string, RouteEntry>();
  for (const route of portalRoutes().filter((candidate) => candidate.path.includes(':'))) {
    byPath.set(route.path, { path: route.path, methods: [...(byPath.get(route.path)?.methods ?? []), ...route.methods] });
  }
  return [...byPath.values()];
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

/** How many requests each route pattern got, so a test can prove it asked every route. */
type RequestCounts = Map<string, number>;

async function expectNotFoundEverywhere(client: PortalClient, routes: readonly RouteEntry[], values: Record<string, string>, counts: RequestCounts = new Map()): Promise<number> {
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
    counts.set(route.path, (counts.get(route.path) ?? 0) + 2);
  }
  return requests;
}

/** The routes with parameters that serve Billing › Contacts, BES Users and CRM Organizations. */
const ACCOUNT_PAGE_ROUTES = [
  '/billing/contacts/:contactId',
  '/billing/contacts/:contactId/delete',
  '/services/:domain/bes-users',
  '/services/:domain/bes-users/new',
  '/services/:domain/bes-users/:besUserId/activation-password',
  '/services/:domain/bes-users/:besUserId/remove',
  '/services/:domain/crm-organizations',
  '/services/:domain/crm-organizations/new',
];

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
  // Contacts and BES users of Contoso's and Fabrikam's, added through the portal's own forms.
  expect((await contoso.postForm('/billing/contacts/new', { firstName: 'Lee', lastName: 'Park', email: 'lee@contoso-dental.example', notifications: 'invoices' })).status()).toBe(303);
  expect((await contoso.postForm(`/services/${DENTAL}/bes-users/new`, { displayName: 'Alex Kim', email: `alex@${DENTAL}` })).status()).toBe(303);
  expect((await fabrikam.postForm('/billing/contacts/new', { firstName: 'Ana', lastName: 'Diaz', email: 'ana@fabrikam-law.example' })).status()).toBe(303);
  const { store } = portal.context;
  const contosoContact = store.contactsOf(contosoDental.id).find((contact) => !contact.primary)!.id;
  const fabrikamContact = store.contactsOf(fabrikamLaw.id).find((contact) => !contact.primary)!.id;
  const northwindContact = store.contactsOf(northwindTraders.id)[0]!.id;
  const contosoBesUser = store.besUsersOf(store.domainOf(contosoDental.id, DENTAL)!)[0]!.id;

  const before = snapshot(store);
  const charges = portal.ledger.charges.length;
  const counts: RequestCounts = new Map();
  let requests = 0;
  requests += await expectNotFoundEverywhere(fabrikam, routes, { domain: DENTAL, orderId: openOrder, number: paidInvoice, contactId: contosoContact, besUserId: contosoBesUser }, counts);
  // Another account's BES user under one's own domain, and another account's primary contact.
  requests += await expectNotFoundEverywhere(fabrikam, routes.filter((route) => route.path.includes(':besUserId')), { domain: 'fabrikam-law.com', besUserId: contosoBesUser }, counts);
  requests += await expectNotFoundEverywhere(fabrikam, routes, { domain: 'contoso-labs.net', orderId: paidOrder, number: paidInvoice, contactId: store.contactsOf(contosoDental.id)[0]!.id, besUserId: contosoBesUser }, counts);
  requests += await expectNotFoundEverywhere(contoso, routes, { domain: 'northwind-traders.com', orderId: fabrikamOrder, number: northwindInvoice, contactId: fabrikamContact, besUserId: contosoBesUser }, counts);
  const northwind = await signedIn(playwright, portal, northwindTraders);
  requests += await expectNotFoundEverywhere(northwind, routes, { domain: 'fabrikam-law.com', orderId: fabrikamOrder, number: paidInvoice, contactId: contosoContact, besUserId: contosoBesUser }, counts);
  requests += await expectNotFoundEverywhere(contoso, routes, { domain: 'fabrikam-law.com', orderId: fabrikamOrder, number: northwindInvoice, contactId: northwindContact, besUserId: contosoBesUser }, counts);

  expect(snapshot(store)).toBe(before);
  expect(portal.ledger.charges).toHaveLength(charges);
  // Every route was asked, GET and POST, once per account pairing (and the BES user routes once more).
  const pairings = 5;
  const expectedCount = (routePath: string) => 2 * (routePath.includes(':besUserId') ? pairings + 1 : pairings);
  expect([...counts.keys()].sort()).toEqual(routes.map((route) => route.path).sort());
  for (const route of routes) expect(counts.get(route.path), route.path).toBe(expectedCount(route.path));
  expect(requests).toBe([...counts.values()].reduce((sum, count) => sum + count, 0));
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
    { domain: 'no-such-domain.example', orderId: '999999', number: 'INV-999999', contactId: '999999', besUserId: '999999' },
    { domain: 'contoso-dental.com/../contoso-labs.net', orderId: '5001abc', number: 'inv-1001', contactId: '1abc', besUserId: '1 ' },
    { domain: 'CONTOSO-DENTAL.COM', orderId: '-1', number: ' INV-1001', contactId: '-1', besUserId: '0' },
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
    // A GET comes back to its page after logging in; a form sent signed out is not replayed, but logging in
    // returns to the page holding that form, which for every form here (Add Contact) is its own path.
    expect(response.headers().location, line).toBe(`/login?next=${encodeURIComponent(routePath)}`);
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
