/** Shapes records for templates, so templates never compute. */
import { contactName, EMAIL_NOTIFICATIONS } from './domain/contact-form';
import { cents, type Cents } from './domain/money';
import { changeText, hostingPackageOf, monthlyTotalOf, serviceName } from './ordering';
import type { Contact, Domain, Invoice, Order, PortalStore } from './store';

export interface DomainView {
  readonly name: string;
  readonly hostingPackage: string | null;
  readonly status: string;
  readonly monthlyTotal: Cents;
}

export function domainView(store: PortalStore, domain: Domain): DomainView {
  const hostingPackage = hostingPackageOf(store, domain);
  return {
    name: domain.name,
    hostingPackage: hostingPackage?.name ?? null,
    status: hostingPackage ? 'Active' : 'Registered (no hosting)',
    monthlyTotal: monthlyTotalOf(store, domain),
  };
}

export function serviceRows(store: PortalStore, domain: Domain) {
  return store.catalogue.services
    .filter((service) => (domain.services[service.id] ?? 0) > 0)
    .map((service) => {
      const quantity = domain.services[service.id] ?? 0;
      return { name: service.name, quantity, unitPrice: service.unitPriceCents, monthlyAmount: cents(quantity * service.unitPriceCents) };
    });
}

/**
 * An invoice as the customer reads it: the lines that make up the total
 * (services, and credit that paid part of it), then the total, then any credit
 * the invoice added to the account, shown as the credit it is (−$0.75), not
 * as the positive line that balances it in the books.
 */
export function invoiceTable(invoice: Invoice) {
  const creditAdded = invoice.lines.filter((line) => line.kind === 'credit-added');
  return {
    lines: invoice.lines.filter((line) => line.kind !== 'credit-added'),
    creditAdded: creditAdded.map((line) => ({ description: line.description, amount: cents(-line.amount) })),
    creditAddedTotal: cents(creditAdded.reduce((sum, line) => sum + line.amount, 0)),
  };
}

export function orderLines(store: PortalStore, order: Order) {
  return order.quote.lines.map((line) => ({
    ...line,
    name: serviceName(store, line.serviceId),
    changeText: changeText(line),
  }));
}

/** The Contacts list: each contact's name, details and notifications in words. */
export function contactRows(contacts: readonly Contact[]) {
  return contacts.map((contact) => ({
    id: contact.id,
    name: contactName(contact),
    email: contact.email,
    phone: contact.phone,
    primary: contact.primary,
    notifications: EMAIL_NOTIFICATIONS.filter((notification) => contact.notifications.includes(notification.id)).map((notification) => notification.label).join(', ') || 'None',
  }));
}
