/**
 * Customers for the load test: one account and one hosted domain each. Half
 * keep a stored card (its token handed to the gateway ledger), half pay with a
 * new card every time, so both payment paths carry load.
 */
import type { AccountFixture, StoredCardFixture } from '../../fixtures/accounts';

export const LOAD_PASSWORD = 'Load-Portal-2026!';
/** Every generated domain starts with this many mailboxes and nothing else. */
export const STARTING_MAILBOXES = 1;

export function generateAccounts(count: number): AccountFixture[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(3, '0');
    const storedCard: StoredCardFixture | null =
      index % 2 === 0 ? { brand: 'Visa', last4: '4242', expMonth: 12, expYear: 2030, token: `tok_load_${n}` } : null;
    return {
      id: `load-${n}`,
      email: `customer-${n}@load.example`,
      password: LOAD_PASSWORD,
      contact: {
        name: `Customer ${n}`,
        company: `Load Customer ${n}`,
        email: `customer-${n}@load.example`,
        phone: '+1 555 0100',
        address: ['1 Loopback Way', 'Localhost, LH 12700', 'United States'],
      },
      storedCard,
      creditCents: 0,
      domains: [{ name: `customer-${n}.example`, hostingPackage: 'exchange-business', services: { 'exchange-mailbox': STARTING_MAILBOXES } }],
      unpaidInvoices: [],
    };
  });
}

export function storedCardsOf(accounts: readonly AccountFixture[]): StoredCardFixture[] {
  return accounts.flatMap((account) => (account.storedCard ? [account.storedCard] : []));
}
