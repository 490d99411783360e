/** Builds a fresh store from fixtures/: every portal start begins here. */
import { accounts as accountFixtures, type AccountFixture } from '../../fixtures/accounts';
import { hostingPackages, services } from '../../fixtures/catalogue';
import { addDays, toIsoDate, type CivilDate } from './domain/calendar';
import { cents } from './domain/money';
import { invoiceRecipients } from './contacts';
import { EMAIL_NOTIFICATIONS } from './domain/contact-form';
import { hashPassword } from './passwords';
import { NO_CARD_ATTEMPTS, PortalStore, type Catalogue } from './store';

// Hashing is deliberately slow; a test suite builds many stores, so each
// fixture password is hashed once per process and the hash reused (also by
// the load test's generated accounts, which share one password).
const passwordHashes = new Map<string, string>();

function fixturePasswordHash(account: AccountFixture): string {
  let hash = passwordHashes.get(account.password);
  if (!hash) {
    hash = hashPassword(account.password);
    passwordHashes.set(account.password, hash);
  }
  return hash;
}

/**
 * `today` is the portal's first billing date: fixture invoices are dated
 * relative to it. `catalogue` defaults to fixtures/catalogue.ts; a test may
 * price a service differently to see that a wrong figure is caught.
 */
export function seedStore(today: CivilDate, fixtures: readonly AccountFixture[] = accountFixtures, catalogue: Catalogue = { services, hostingPackages }): PortalStore {
  const store = new PortalStore(structuredClone(catalogue));
  for (const fixture of fixtures) {
    store.accounts.set(fixture.id, {
      id: fixture.id,
      email: fixture.email,
      passwordHash: fixturePasswordHash(fixture),
      contact: structuredClone(fixture.contact),
      storedCard: fixture.storedCard ? { ...fixture.storedCard } : null,
      creditCents: cents(fixture.creditCents),
    });
    // The account holder is the primary contact, receiving every kind of notice.
    const { firstName, lastName } = splitName(fixture.contact.name);
    store.addContact({
      accountId: fixture.id,
      primary: true,
      firstName,
      lastName,
      email: fixture.contact.email,
      phone: fixture.contact.phone,
      notifications: EMAIL_NOTIFICATIONS.map((notification) => notification.id),
    });
    for (const domain of fixture.domains) {
      store.domains.push({
        name: domain.name,
        accountId: fixture.id,
        hostingPackageId: domain.hostingPackage,
        services: { ...domain.services },
      });
    }
    for (const invoice of fixture.unpaidInvoices) {
      const amount = cents(invoice.amountCents);
      store.addInvoice({
        accountId: fixture.id,
        orderId: null,
        sentTo: invoiceRecipients(store, fixture.id),
        issuedOn: toIsoDate(addDays(today, -invoice.issuedDaysAgo)),
        dueOn: toIsoDate(addDays(today, -invoice.dueDaysAgo)),
        lines: [{ kind: 'service', description: invoice.description, amount }],
        total: amount,
        status: 'Unpaid',
        paidOn: null,
        paymentMethod: null,
        chargeId: null,
        ...NO_CARD_ATTEMPTS,
      });
    }
  }
  return store;
}

/** "Mary Ann Smith" → Mary Ann / Smith: fixtures name the account holder in one field. */
function splitName(name: string): { firstName: string; lastName: string } {
  const space = name.lastIndexOf(' ');
  if (space < 1) throw new Error(`The fixture contact "${name}" needs a first and a last name`);
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}
