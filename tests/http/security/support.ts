/**
 * What the security specs share: a snapshot of everything the portal keeps (to
 * prove a refused request changed nothing), the order steps over HTTP, and the
 * page text helpers. Figures come from fixtures/, never from portal modules.
 */
import type { APIResponse } from '@playwright/test';
import { delay, http, HttpResponse } from 'msw';
import { contosoDental } from '../../../fixtures/accounts';
import { DEFAULT_GATEWAY_URL, type WireChargeRequest } from '../../../mock-portal/src/gateway/card-gateway';
import type { PortalStore } from '../../../mock-portal/src/store';
import type { PortalClient } from '../../support/portal-client';
import type { MockPortal } from '../../support/test';

export const DENTAL = 'contoso-dental.com';

/** Lets the test's ledger answer a charge as the normal handler would: for faults that happen after money moved. */
export async function chargeLedger(portal: MockPortal, request: Request) {
  return portal.ledger.charge(request.headers.get('idempotency-key')!, (await request.json()) as WireChargeRequest);
}

/** The gateway answers normally, after `ms`, so requests sent together overlap inside the portal. */
export function slowGateway(portal: MockPortal, ms = 150): void {
  portal.gateway.use(
    http.post(`${DEFAULT_GATEWAY_URL}/charges`, async ({ request }) => {
      await delay(ms);
      const reply = await chargeLedger(portal, request);
      return HttpResponse.json(reply.body, { status: reply.status });
    }),
  );
}

/** contoso-dental.com with one mailbox more: 3 mailboxes, totals for every service. */
export const ONE_MORE_MAILBOX = { 'exchange-mailbox': '3', 'bes-user': '1', 'crm-user': '0', 'email-archiving': '2', 'sharepoint-site': '0' } as const;
/** What that costs on the default portal date (26 Nov 2026, UTC): $9.95 × 5/30 days. */
export const ONE_MORE_MAILBOX_DUE = 166;

export const GOOD_CARD = { number: '4242 4242 4242 4242', name: 'Dana Whitfield', expiry: '08/30', cvc: '737' } as const;
export const DECLINED_CARD_NUMBER = '4000 0000 0000 0002';

export const FORM_EXPIRED = 'This form has expired';

/** Everything the portal keeps, as plain data: equal snapshots mean nothing changed. */
export function snapshot(store: PortalStore): string {
  return JSON.stringify({
    accounts: [...store.accounts.values()],
    domains: store.domains,
    orders: [...store.orders.values()],
    invoices: [...store.invoices.values()],
    contacts: [...store.contacts.values()],
    besUsers: [...store.besUsers.values()],
    crmOrganizations: [...store.crmOrganizations.values()],
  });
}

export async function signIn(client: PortalClient, account: { email: string; password: string } = contosoDental): Promise<void> {
  const response = await client.logIn(account);
  if (response.status() !== 303) throw new Error(`Log in as ${account.email} answered ${response.status()}`);
}

export async function placeOrder(client: PortalClient, domain = DENTAL, totals: Record<string, string> = ONE_MORE_MAILBOX): Promise<string> {
  const { response, orderId } = await client.orderNewTotals(domain, totals);
  if (!orderId) throw new Error(`No order for ${domain}: ${response.status()}`);
  return orderId;
}

/** Order Summary → Credit Card, so the order is at Checkout. */
export async function toCheckout(client: PortalClient, orderId: string): Promise<void> {
  const response = await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'credit-card' }, { csrfFrom: `/orders/${orderId}` });
  if (response.headers().location !== `/orders/${orderId}/checkout`) throw new Error(`Order ${orderId} did not reach checkout: ${response.status()}`);
}

export function payStored(client: PortalClient, orderId: string, extra: Record<string, string> = {}, csrf?: string): Promise<APIResponse> {
  return client.postForm(`/orders/${orderId}/checkout`, { card: 'stored', ...extra }, csrf === undefined ? {} : { csrf });
}

export function payNewCard(client: PortalClient, orderId: string, card: Partial<Record<keyof typeof GOOD_CARD, string>> = {}, extra: Record<string, string> = {}): Promise<APIResponse> {
  return client.postForm(`/orders/${orderId}/checkout`, { card: 'new', ...GOOD_CARD, ...card, ...extra });
}

/** The page's visible words, tags dropped and entities decoded, for "the message says ..." checks. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The message shown under a field: `<p class="field-error" id="…">`. */
export function fieldError(html: string, id: string): string | undefined {
  const match = new RegExp(`<p class="field-error" id="${id}">([^<]*)</p>`).exec(html);
  return match ? textOf(match[1]!).trim() : undefined;
}
