/**
 * The portal's in-memory records. One store per portal instance, so tests that
 * each build a portal never see one another's orders.
 */
import type { ContactFixture } from '../../fixtures/accounts';
import type { HostingPackageFixture, ServiceFixture } from '../../fixtures/catalogue';
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

export interface Invoice extends CardAttempts {
  readonly number: string;
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
  private nextOrderNumber = 5001;
  private nextInvoiceNumber = 1001;

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

  addOrder(order: Omit<Order, 'id'>): Order {
    const stored = { ...order, id: String(this.nextOrderNumber++) };
    this.orders.set(stored.id, stored);
    return stored;
  }

  addInvoice(invoice: Omit<Invoice, 'number'>): Invoice {
    const stored = { ...invoice, number: `INV-${this.nextInvoiceNumber++}` };
    this.invoices.set(stored.number, stored);
    return stored;
  }
}
