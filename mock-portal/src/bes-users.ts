/**
 * A domain's BlackBerry Enterprise Server users: add one within the domain's
 * licences, generate its one-time activation password, remove it. No HTTP here.
 */
import { randomBytes } from 'node:crypto';
import { activationExpiresAt, activationPasswordFrom, ACTIVATION_PASSWORD_SYMBOLS } from './domain/activation';
import { noLicenceLeftMessage, totalBelowUsersMessage, usableLicences } from './domain/bes-licences';
import { checkBesUser, type BesUserField, type BesUserForm } from './domain/bes-user-form';
import { hashPassword } from './passwords';
import type { BesUser, Domain, Order, PortalStore } from './store';

export const BES_SERVICE_ID = 'bes-user';

export type BesUserAddition =
  | { readonly ok: true; readonly user: BesUser }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<BesUserField, string>>> }
  | { readonly ok: false; readonly noLicence: string };

/** An order that will still apply its totals: waiting for a bank transfer, being charged, or charged with no answer. */
function stillToApply(order: Order): boolean {
  return order.status === 'awaiting-payment' || order.status === 'charging' || order.outcomeUnknown;
}

/** The BES licences a new user may take: the domain's BES total, or less if an unsettled order lowers it. */
export function besLicencesOf(store: PortalStore, domain: Domain): number {
  const pending = [...store.orders.values()]
    .filter((order) => order.accountId === domain.accountId && order.domainName === domain.name && stillToApply(order))
    .map((order) => order.configurationAfter[BES_SERVICE_ID] ?? 0);
  return usableLicences(domain.services[BES_SERVICE_ID] ?? 0, pending);
}

/** Why another BES user cannot be added to the domain now, or null when one can. */
export function besLicenceRefusal(store: PortalStore, domain: Domain): string | null {
  return noLicenceLeftMessage(domain.name, besLicencesOf(store, domain), store.besUsersOf(domain).length);
}

export function addBesUser(store: PortalStore, domain: Domain, form: BesUserForm): BesUserAddition {
  const refusal = besLicenceRefusal(store, domain);
  if (refusal) return { ok: false, noLicence: refusal };
  const check = checkBesUser(form, domain.name, store.besUsersOf(domain).map((user) => user.email));
  if (!check.ok) return check;
  return { ok: true, user: store.addBesUser({ ...check.details, accountId: domain.accountId, domainName: domain.name, activation: null }) };
}

/**
 * A new one-time activation password, replacing any earlier one. It is
 * returned to be shown once; only its hash is kept, so it can never be shown
 * again, and it is never written to the log.
 */
export function generateActivationPassword(user: BesUser, now: Date): { readonly password: string; readonly expiresAt: number } {
  const password = activationPasswordFrom(randomBytes(ACTIVATION_PASSWORD_SYMBOLS));
  const generatedAt = now.getTime();
  const expiresAt = activationExpiresAt(generatedAt);
  user.activation = { passwordHash: hashPassword(password), generatedAt, expiresAt };
  return { password, expiresAt };
}

export function removeBesUser(store: PortalStore, user: BesUser): void {
  store.besUsers.delete(user.id);
}

/** Why a new BES total for the domain is refused (below its BES users), or null. */
export function besTotalRefusal(store: PortalStore, domain: Domain, newTotal: number): string | null {
  return totalBelowUsersMessage(domain.name, newTotal, store.besUsersOf(domain));
}

/** A quote lowering the BES total below the users added since it was priced can no longer be applied. */
export function besUsersExceed(store: PortalStore, domain: Domain, total: number): boolean {
  return store.besUsersOf(domain).length > total;
}
