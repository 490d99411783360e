/**
 * Account credit across orders, below HTTP: a downgrade's credit pays the next
 * orders first, on any domain of the account, and is spent once. Figures are
 * worked by hand from the billing rule (README), never read from the modules.
 */
import { contosoDental } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import type { CivilDate } from './domain/calendar';
import { cents } from './domain/money';
import { completeCardPayment, completeWithoutCard, placeOrder } from './ordering';
import { seedStore } from './seed';
import type { PortalStore } from './store';

/** 26 November 2026: 5 of 30 days are charged, so one mailbox ($9.95) is ±$1.66. */
const TODAY: CivilDate = { year: 2026, month: 11, day: 26 };
const DENTAL = 'contoso-dental.com';
const LABS = 'contoso-labs.net';

function contoso() {
  const store = seedStore(TODAY, [contosoDental]);
  const account = store.accounts.get(contosoDental.id)!;
  return { store, account };
}

/** Orders new mailbox totals on a domain of Contoso's. */
function orderMailboxes(store: PortalStore, domainName: string, mailboxes: number) {
  const account = store.accounts.get(contosoDental.id)!;
  const domain = store.domainOf(account.id, domainName)!;
  return placeOrder(store, account, domain, { ...domain.services, 'exchange-mailbox': mailboxes }, TODAY);
}

test.describe('account credit across orders', () => {
  test('a downgrade\'s credit pays the next order on another domain first; only the rest is charged, and the credit is spent once', async () => {
    const { store, account } = contoso();
    expect(account.creditCents).toBe(0);

    // 2 → 1 mailboxes: −995 × 5/30 = −165.83 → $1.66 of credit, nothing to pay.
    const downgrade = orderMailboxes(store, DENTAL, 1);
    expect(downgrade.quote).toMatchObject({ creditApplied: 0, totalDue: 0, creditCreated: 166 });
    expect(completeWithoutCard(store, downgrade, TODAY).total).toBe(0);
    expect(account.creditCents).toBe(166);

    // 5 → 7 on the other domain: 2 × 995 × 5/30 = 331.67 → 332, less the 166 of credit: 166 to the card.
    const upgrade = orderMailboxes(store, LABS, 7);
    expect(upgrade.creditBefore).toBe(166);
    expect(upgrade.quote).toMatchObject({ subtotal: 332, creditApplied: 166, totalDue: 166, creditCreated: 0 });
    const invoice = completeCardPayment(store, upgrade, TODAY, 'ch_test_1');
    expect(invoice).toMatchObject({ total: 166, status: 'Paid', chargeId: 'ch_test_1' });
    expect(account.creditCents).toBe(0);

    // The credit is gone: the next order pays in full.
    const next = orderMailboxes(store, LABS, 8);
    expect(next.quote).toMatchObject({ subtotal: 166, creditApplied: 0, totalDue: 166 });
  });

  test('credit larger than an order pays all of it and the rest stays for the next one', async () => {
    const { store, account } = contoso();
    account.creditCents = cents(500);

    const first = orderMailboxes(store, DENTAL, 3);
    expect(first.quote).toMatchObject({ subtotal: 166, creditApplied: 166, totalDue: 0 });
    expect(completeWithoutCard(store, first, TODAY).total).toBe(0);
    expect(account.creditCents).toBe(334);

    const second = orderMailboxes(store, DENTAL, 4);
    expect(second.quote).toMatchObject({ subtotal: 166, creditApplied: 166, totalDue: 0 });
    completeWithoutCard(store, second, TODAY);
    expect(account.creditCents).toBe(168);

    // 4 → 6: 332, of which the last 168 of credit pays half; 164 to the card.
    const third = orderMailboxes(store, DENTAL, 6);
    expect(third.quote).toMatchObject({ subtotal: 332, creditApplied: 168, totalDue: 164 });
    completeCardPayment(store, third, TODAY, 'ch_test_2');
    expect(account.creditCents).toBe(0);
    expect(store.domainOf(account.id, DENTAL)!.services['exchange-mailbox']).toBe(6);
  });

  test('downgrades add up: two removals leave the sum of both as credit', async () => {
    const { store, account } = contoso();
    // −1 mailbox (−166), then −2 archiving seats: −2 × 300 × 5/30 = −100.
    completeWithoutCard(store, orderMailboxes(store, DENTAL, 1), TODAY);
    const domain = store.domainOf(account.id, DENTAL)!;
    const archiving = placeOrder(store, account, domain, { ...domain.services, 'email-archiving': 0 }, TODAY);
    expect(archiving.quote).toMatchObject({ subtotal: -100, creditApplied: 0, creditCreated: 100 });
    completeWithoutCard(store, archiving, TODAY);
    expect(account.creditCents).toBe(266);
  });
});
