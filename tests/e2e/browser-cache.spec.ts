/**
 * Back never shows a page from the browser's cache that the portal would not
 * show now: after Log Out, Back asks to log in instead of showing the account;
 * after a declined card and then a payment, Back does not show the "declined,
 * you have not been charged" page of an order that was charged.
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { testCards } from '../../fixtures/cards';
import { expect, test } from '../support/test';

const EXPIRY = '12/30';

test.describe('Fabrikam Law logs out', { tag: '@mock' }, () => {
  test.use({ account: fabrikamLaw });

  test('Back from the login page does not bring back the Billing Control Panel', async ({ loggedIn: page, pages }) => {
    await pages.nav.openBillingControlPanel();
    await expect(pages.billingControlPanel.heading).toBeVisible();
    await expect(page.getByText(fabrikamLaw.contact.company)).toBeVisible();
    await pages.nav.logOut.click();
    await expect(pages.login.heading).toBeVisible();

    await page.goBack();
    await expect(pages.login.heading).toBeVisible();
    await expect(page).toHaveURL(/\/login\?next=%2Fbilling$/);
    await expect(pages.billingControlPanel.heading).toHaveCount(0);
    await expect(page.getByText(fabrikamLaw.contact.company)).toHaveCount(0);
    await expect(pages.billingControlPanel.accountMonthlyTotal).toHaveCount(0);
  });
});

test.describe('Contoso Dental pays after a decline', { tag: '@mock' }, () => {
  const domain = contosoDental.domains[0].name;

  test('Back from the confirmation does not show the cached "You have not been charged." page', async ({ loggedIn: page, pages, portal }) => {
    await pages.upgradeDowngrade.open(domain);
    await pages.upgradeDowngrade.setNewTotal('Hosted Exchange mailbox', 3);
    await pages.upgradeDowngrade.clickToContinue();
    await pages.orderSummary.payByCreditCard();
    const card = { number: testCards.visaDeclined.number, name: contosoDental.contact.name, expiry: EXPIRY, cvc: '123' };
    await pages.checkout.enterNewCard(card);
    await pages.checkout.clickToContinue();
    await expect(pages.checkout.error).toContainText('You have not been charged.');

    await pages.checkout.enterNewCard({ ...card, number: testCards.visaSuccess.number });
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();
    expect(portal.ledger.charges).toHaveLength(1);

    await page.goBack();
    await expect(page.getByText('You have not been charged.')).toHaveCount(0);
    await expect(pages.checkout.heading).toHaveCount(0);
    // The portal, asked again, knows the order is paid: it shows the confirmation.
    await expect(pages.confirmation.orderComplete).toBeVisible();
  });
});
