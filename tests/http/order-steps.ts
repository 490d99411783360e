/**
 * The order steps the HTTP specs repeat, in the guide's order: new totals,
 * payment method, checkout. They only drive the forms; every assertion stays
 * in the specs. Figures come from fixtures/, never from the portal's modules.
 */
import type { APIResponse } from '@playwright/test';
import type { AccountFixture, DomainFixture } from '../../fixtures/accounts';
import { services } from '../../fixtures/catalogue';
import type { PortalClient } from '../support/portal-client';

/** The default portal instant (2026-11-26T15:00Z) as a date in the default billing zone, UTC. */
export const BILLING_DATE = '2026-11-26';

/** A card the checkout form accepts apart from its number: expiry well after BILLING_DATE. */
export const NEW_CARD_DETAILS = { name: 'Morgan Reyes', expiry: '08/30', cvc: '737' } as const;

export function domainFixture(account: AccountFixture, name: string): DomainFixture {
  const domain = account.domains.find((candidate) => candidate.name === name);
  if (!domain) throw new Error(`${account.id} has no domain ${name} in fixtures/accounts.ts`);
  return domain;
}

/** The domain's current totals as fixtures state them, every service listed (absent means 0). */
export function fixtureTotals(domain: DomainFixture): Record<string, number> {
  return Object.fromEntries(services.map((service) => [service.id, (domain.services as Record<string, number | undefined>)[service.id] ?? 0]));
}

/** The text a customer types in every New Configuration field: current totals with `changes` applied. */
export function typedTotals(domain: DomainFixture, changes: Record<string, string | number> = {}): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const [serviceId, total] of Object.entries({ ...fixtureTotals(domain), ...changes })) totals[serviceId] = String(total);
  return totals;
}

/** Submits new totals and returns the order placed; throws (with the status) when none was. */
export async function placeOrder(client: PortalClient, domain: DomainFixture, changes: Record<string, number>): Promise<string> {
  const { response, orderId } = await client.orderNewTotals(domain.name, typedTotals(domain, changes));
  if (!orderId) throw new Error(`No order placed for ${domain.name}: ${response.status()} ${response.headers().location ?? ''}`);
  return orderId;
}

/** The Order Summary's "Click to Continue", with a payment method chosen or none. */
export function choosePayment(client: PortalClient, orderId: string, method?: 'credit-card' | 'bank-transfer'): Promise<APIResponse> {
  return client.postForm(`/orders/${orderId}/payment-method`, method ? { paymentMethod: method } : {}, { csrfFrom: `/orders/${orderId}` });
}

export function payWithStoredCard(client: PortalClient, orderId: string): Promise<APIResponse> {
  return client.postForm(`/orders/${orderId}/checkout`, { card: 'stored' });
}

export function payWithNewCard(client: PortalClient, orderId: string, number: string, options: { save: boolean }): Promise<APIResponse> {
  return client.postForm(`/orders/${orderId}/checkout`, {
    card: 'new',
    number,
    ...NEW_CARD_DETAILS,
    ...(options.save ? { save: 'on' } : {}),
  });
}
