/**
 * Paying for a change, off the happy path: a new card saved or not, a
 * declined card and its retry, and a bank transfer that leaves the order
 * waiting. Money moves once, or not at all, and the services change only when
 * it has.
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { declineReason, testCards } from '../../fixtures/cards';
import type { PortalPages } from '../pages';
import { expectedOrder } from '../support/billing-oracle';
import { expect, test } from '../support/test';

const MAILBOX = 'Hosted Exchange mailbox';
/** Any future expiry: the gateway sandbox only needs it to be valid. */
const EXPIRY = '12/30';

/** My Services › View Details › Upgrade/Downgrade Options › new mailbox total › Credit Card. */
async function orderMailboxes(pages: PortalPages, domain: string, total: number): Promise<void> {
  await pages.nav.openMyServices();
  await pages.myServices.viewDetails(domain);
  await pages.domainDetails.openUpgradeDowngradeOptions();
  await pages.upgradeDowngrade.setNewTotal(MAILBOX, total);
  await pages.upgradeDowngrade.clickToContinue();
  await expect(pages.orderSummary.heading).toBeVisible();
}

test.describe('Fabrikam Law has no stored card', { tag: '@mock' }, () => {
  test.use({ account: fabrikamLaw });
  const domain = fabrikamLaw.domains[0];
  const card = { number: testCards.visaSuccess.number, name: fabrikamLaw.contact.name, expiry: EXPIRY, cvc: '123' };

  test('a new card with "Save this card" on is offered, already chosen, at the next checkout', async ({ loggedIn, pages, portal }) => {
    await orderMailboxes(pages, domain.name, 11);
    await pages.orderSummary.payByCreditCard();
    await expect(pages.checkout.newCard).toBeChecked();
    await expect(pages.checkout.storedCard('Visa', '4242')).toHaveCount(0);
    await pages.checkout.enterNewCard({ ...card, save: true });
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();

    await orderMailboxes(pages, domain.name, 12);
    await pages.orderSummary.payByCreditCard();
    await expect(pages.checkout.storedCard('Visa', '4242')).toBeChecked();
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();
    expect(portal.ledger.charges.map((charge) => charge.last4), 'both orders charged the saved card').toEqual(['4242', '4242']);
  });

  test('a new card with "Save this card" off is not kept: the next checkout asks for a card again', async ({ loggedIn, pages }) => {
    await orderMailboxes(pages, domain.name, 11);
    await pages.orderSummary.payByCreditCard();
    await pages.checkout.enterNewCard({ ...card, save: false });
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();

    await orderMailboxes(pages, domain.name, 12);
    await pages.orderSummary.payByCreditCard();
    await expect(pages.checkout.newCard).toBeChecked();
    await expect(pages.checkout.storedCard('Visa', '4242')).toHaveCount(0);
  });
});

test.describe('Contoso Dental, off the happy path', { tag: '@mock' }, () => {
  const domain = contosoDental.domains[0];
  const expected = expectedOrder(domain, { 'exchange-mailbox': 3 }, '2026-11-26');

  test('a declined card shows the reason, changes nothing, and a retry with a good card succeeds', async ({ loggedIn, pages, portal }) => {
    await orderMailboxes(pages, domain.name, 3);
    await pages.orderSummary.payByCreditCard();
    const declined = { number: testCards.visaDeclined.number, name: contosoDental.contact.name, expiry: EXPIRY, cvc: '123' };
    await pages.checkout.enterNewCard(declined);
    await pages.checkout.clickToContinue();

    await expect(pages.checkout.heading).toBeVisible();
    await expect(pages.checkout.error).toHaveText(`${declineReason} You have not been charged.`);
    await expect(pages.checkout.amountToPay).toHaveText(expected.totalDue);
    expect(portal.ledger.charges, 'a decline moves no money').toHaveLength(0);
    expect(portal.context.store.domainOf(contosoDental.id, domain.name)?.services['exchange-mailbox'], 'nothing applied').toBe(2);
    // Said once, right after the attempt: Checkout opened again has no stale message.
    await loggedIn.reload();
    await expect(pages.checkout.heading).toBeVisible();
    await expect(pages.checkout.error).toHaveCount(0);

    await pages.checkout.enterNewCard({ ...declined, number: testCards.visaSuccess.number });
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();
    await expect(pages.confirmation.amountCharged).toHaveText(expected.totalDue);
    expect(portal.ledger.charges.map((charge) => charge.amount), 'charged once, the amount shown').toEqual([expected.totalDueCents]);
    await pages.domainDetails.open(domain.name);
    await expect(pages.domainDetails.quantityOf(MAILBOX)).toHaveText('3');
  });

  test('Bank Transfer leaves an unpaid invoice, changes nothing yet, and blocks the next change', async ({ loggedIn, pages, portal }) => {
    await orderMailboxes(pages, domain.name, 3);
    await pages.orderSummary.payByBankTransfer();
    await expect(pages.confirmation.orderReceived).toBeVisible();
    await expect(pages.confirmation.amountDue).toHaveText(expected.totalDue);
    const invoiceNumber = (await pages.confirmation.invoiceNumber.textContent())!;
    expect(portal.ledger.charges, 'no card is charged').toHaveLength(0);

    await pages.nav.openInvoices();
    const row = pages.invoices.rows.filter({ has: loggedIn.getByRole('link', { name: invoiceNumber, exact: true }) });
    await expect(row).toContainText('Unpaid');
    await expect(row).toContainText(expected.totalDue);

    await pages.domainDetails.open(domain.name);
    await expect(pages.domainDetails.quantityOf(MAILBOX)).toHaveText('2');

    // Any domain of the account is blocked until the transfer arrives.
    await pages.upgradeDowngrade.open(contosoDental.domains[1].name);
    await expect(pages.upgradeDowngrade.blocked).toContainText(
      new RegExp(`Order \\d+ for ${domain.name.replace('.', '\\.')} is waiting for payment by bank transfer on invoice ${invoiceNumber}\\. A new change can be ordered once it is paid\\.`),
    );
    await expect(pages.upgradeDowngrade.continueButton).toHaveCount(0);
  });
});
