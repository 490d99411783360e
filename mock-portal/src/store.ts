/**
 * The portal's in-memory records. One store per portal instance, so tests that
 * each build a portal never see one another's orders.
 */
import type { ContactFixture } from '../../fixtures/accounts';
import type { HostingPackageFixture, ServiceFixture } from '../../fixtures/catalogue';
import type { ContactDetails } from './domain/contact-form';
import type { BaseCurrency, LanguageCode } from './domain/crm-organization-form';
import type { Quote } from './domain/proration';
import type { Cents } from './domain/money';

export interface StoredCard {
  readonly brand: string;
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly token: string;
}

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  contact: ContactFixture;
  storedCard: StoredCard | null;
  creditCents: Cents;
}

export interface Domain {
  readonly name: string;
  readonly accountId: string;
  readonly hostingPackageId: string | null;
  /** service id → current total; services at zero may be absent */
  services: Record<string, number>;
}

export type OrderStatus = 'quoted' | 'charging' | 'awaiting-payment' | 'completed';
export type PaymentMethod = 'credit-card' | 'bank-transfer' | 'account-credit';

/** Where paying an order or an invoice by card stands. */
export interface CardAttempts {
  /** bumped after a definite failure, so the next attempt gets a fresh idempotency key */
  chargeAttempt: number;
  lastPaymentError: string | null;
  /** the last attempt got no answer: the card may have been charged, and only a retry with the same key can tell */
  outcomeUnknown: boolean;
}

export const NO_CARD_ATTEMPTS: Readonly<CardAttempts> = { chargeAttempt: 0, lastPaymentError: null, outcomeUnknown: false };

export interface Order extends CardAttempts {
  readonly id: string;
  readonly accountId: string;
  readonly domainName: string;
  /** the billing date the quote was priced for, YYYY-MM-DD */
  readonly quotedOn: string;
  /** the domain's totals when the quote was made, to detect a change in another tab */
  readonly configurationBefore: Record<string, number>;
  readonly configurationAfter: Record<string, number>;
  readonly quote: Quote;
  /** the account's credit when the quote was made: credit spent since makes the quote stale */
  readonly creditBefore: Cents;
  status: OrderStatus;
  paymentMethod: PaymentMethod | null;
  invoiceNumber: string | null;
  /** when it was priced, on the store's event counter: which of two things happened first */
  readonly pricedSeq: number;
  /** when it last stopped being a plain quote (left for a bank transfer, a card payment unconfirmed, applied); null until then */
  settledSeq: number | null;
}

/**
 * A service changed, account credit that paid part of the invoice, or the
 * credit a negative sum added to the account. Every line counts towards the
 * total: the credit added balances the removals, so the total is never below 0.
 */
export type InvoiceLineKind = 'service' | 'credit-applied' | 'credit-added';

export interface InvoiceLine {
  readonly kind: InvoiceLineKind;
  readonly description: string;
  readonly amount: Cents;
}

/** Who an invoice was emailed to when it was issued: the contacts with Invoices ticked. */
export interface InvoiceRecipient {
  readonly name: string;
  readonly email: string;
}

export interface Invoice extends CardAttempts {
  readonly number: string;
  readonly sentTo: readonly InvoiceRecipient[];
  readonly accountId: string;
  readonly orderId: string | null;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly lines: readonly InvoiceLine[];
  readonly total: Cents;
  status: 'Unpaid' | 'Paid';
  paidOn: string | null;
  paymentMethod: PaymentMethod | null;
  chargeId: string | null;
}

/** A person on the account's Billing › Contacts list. */
export interface Contact extends ContactDetails {
  readonly id: string;
  readonly accountId: string;
  /** the account holder: listed first, marked "Primary", never deleted */
  readonly primary: boolean;
}

/** A BlackBerry Enterprise Server user on a domain; each takes one of the domain's BES licences. */
export interface BesUser {
  readonly id: string;
  readonly accountId: string;
  readonly domainName: string;
  readonly displayName: string;
  readonly email: string;
  /** the last activation password: only its hash is kept, never the password */
  activation: { readonly passwordHash: string; readonly generatedAt: number; readonly expiresAt: number } | null;
}

/** A Dynamics CRM organization on a domain, reached at https://<uniqueName>.crm.example. */
export interface CrmOrganization {
  readonly id: string;
  readonly accountId: string;
  readonly domainName: string;
  readonly name: string;
  readonly uniqueName: string;
  readonly baseCurrency: BaseCurrency;
  readonly language: LanguageCode;
  /** ms since the epoch on the portal clock: it is Ready 10 minutes later */
  readonly createdAt: number;
}

export interface Catalogue {
  readonly services: readonly ServiceFixture[];
  readonly hostingPackages: readonly HostingPackageFixture[];
}

export class PortalStore {
  constructor(readonly catalogue: Catalogue) {}

  readonly accounts = new Map<string, Account>();
  readonly domains: Domain[] = [];
  readonly orders = new Map<string, Order>();
  readonly invoices = new Map<string, Invoice>();
  readonly contacts = new Map<string, Contact>();
  readonly besUsers = new Map<string, BesUser>();
  readonly crmOrganizations = new Map<string, CrmOrganization>();
  private nextOrderNumber = 5001;
  private nextInvoiceNumber = 1001;
  private lastEventSeq = 0;

  /** A number that grows with every event recorded on an order, so messages can say what happened after what. */
  nextEventSeq(): number {
    return ++this.lastEventSeq;
  }
  // Numbered across the portal, like orders: another account's id is a real id, so tests can prove it is refused.
  private nextContactId = 1;
  private nextBesUserId = 1;
  private nextCrmOrganizationId = 1;

  accountByEmail(email: string): Account | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.accounts.values()].find((account) => account.email.toLowerCase() === wanted);
  }

  domainsOf(accountId: string): Domain[] {
    return this.domains.filter((domain) => domain.accountId === accountId);
  }

  /** Undefined both when the domain does not exist and when another account owns it. */
  domainOf(accountId: string, name: string): Domain | undefined {
    return this.domains.find((domain) => domain.accountId === accountId && domain.name === name);
  }

  orderOf(accountId: string, id: string): Order | undefined {
    const order = this.orders.get(id);
    return order?.accountId === accountId ? order : undefined;
  }

  invoicesOf(accountId: string): Invoice[] {
    return [...this.invoices.values()].filter((invoice) => invoice.accountId === accountId);
  }

  invoiceOf(accountId: string, number: string): Invoice | undefined {
    const invoice = this.invoices.get(number);
    return invoice?.accountId === accountId ? invoice : undefined;
  }

  addOrder(order: Omit<Order, 'id' | 'pricedSeq' | 'settledSeq'>): Order {
    const stored = { ...order, id: String(this.nextOrderNumber++), pricedSeq: this.nextEventSeq(), settledSeq: null };
    this.orders.set(stored.id, stored);
    return stored;
  }

  addInvoice(invoice: Omit<Invoice, 'number'>): Invoice {
    const stored = { ...invoice, number: `INV-${this.nextInvoiceNumber++}` };
    this.invoices.set(stored.number, stored);
    return stored;
  }

  /** The account's contacts, the primary contact first. */
  contactsOf(accountId: string): Contact[] {
    return [...this.contacts.values()].filter((contact) => contact.accountId === accountId).sort((a, b) => Number(b.primary) - Number(a.primary));
  }

  /** Undefined both when the contact does not exist and when another account owns it. */
  contactOf(accountId: string, id: string): Contact | undefined {
    const contact = this.contacts.get(id);
    return contact?.accountId === accountId ? contact : undefined;
  }

  addContact(contact: Omit<Contact, 'id'>): Contact {
    const stored = { ...contact, id: String(this.nextContactId++) };
    this.contacts.set(stored.id, stored);
    return stored;
  }

  besUsersOf(domain: Domain): BesUser[] {
    return [...this.besUsers.values()].filter((user) => user.accountId === domain.accountId && user.domainName === domain.name);
  }

  /** Undefined unless the BES user is on this domain of this account. */
  besUserOf(domain: Domain, id: string): BesUser | undefined {
    const user = this.besUsers.get(id);
    return user?.accountId === domain.accountId && user.domainName === domain.name ? user : undefined;
  }

  addBesUser(user: Omit<BesUser, 'id'>): BesUser {
    const stored = { ...user, id: String(this.nextBesUserId++) };
    this.besUsers.set(stored.id, stored);
    return stored;
  }

  crmOrganizationsOf(domain: Domain): CrmOrganization[] {
    return [...this.crmOrganizations.values()].filter((organization) => organization.accountId === domain.accountId && organization.domainName === domain.name);
  }

  addCrmOrganization(organization: Omit<CrmOrganization, 'id'>): CrmOrganization {
    const stored = { ...organization, id: String(this.nextCrmOrganizationId++) };
    this.crmOrganizations.set(stored.id, stored);
    return stored;
  }
}
