/**
 * The billing rule through the browser, one row of tests/support/scenarios.ts
 * per test: calendar edges, time zones, several services, downgrades into
 * credit, the top of the range. Every figure on the page is checked against
 * the tests' own oracle, computed from the row's stated billing date.
 */
import { serviceById } from '../../fixtures/catalogue';
import { testCards } from '../../fixtures/cards';
import { expectedAccountMonthlyTotalCents, expectedMonthlyTotalCents, expectedOrder, usd } from '../support/billing-oracle';
import { expectOrderSummary } from '../support/order-expectations';
import { domainOf, scenarios } from '../support/scenarios';
import { expect, test } from '../support/test';

for (const scenario of scenarios) {
  const domain = domainOf(scenario);
  const expected = expectedOrder(domain, scenario.newTotals, scenario.billingDate);
  const typed = Object.fromEntries(Object.entries(scenario.newTotals).map(([id, total]) => [serviceById(id).name, total]));

  test.describe(scenario.name, { tag: '@mock' }, () => {
    test.use({ portalNow: scenario.portalNow, billingTimeZone: scenario.timeZone, account: scenario.account });

    test(`${scenario.account.contact.company} changes ${scenario.domain} on ${scenario.billingDate} (${scenario.timeZone}), ${scenario.expect}`, async ({ loggedIn: page, pages }) => {
      // A row whose figures contradict its own label is a broken row, not a portal bug: say so first.
      expect(expected.creditCreatedCents > 0 ? 'credit' : 'card', 'the row\'s "expect" agrees with the oracle').toBe(scenario.expect);

      await test.step('My Services › View Details › Management Actions › Upgrade/Downgrade Options', async () => {
        await pages.nav.openMyServices();
        await pages.myServices.viewDetails(scenario.domain);
        await expect(pages.domainDetails.heading(scenario.domain)).toBeVisible();
        await expect(pages.domainDetails.monthlyTotal, `${scenario.domain}'s monthly total before the change`).toHaveText(usd(expectedMonthlyTotalCents(domain)));
        await pages.domainDetails.openUpgradeDowngradeOptions();
        await expect(pages.upgradeDowngrade.heading).toBeVisible();
      });

      await test.step('Type the new totals and Click to Continue', async () => {
        await pages.upgradeDowngrade.setNewTotals(typed);
        await pages.upgradeDowngrade.clickToContinue();
        await expect(pages.orderSummary.heading).toBeVisible();
      });

      await test.step('Every line, the total due and the new monthly total match the billing rule', async () => {
        await expectOrderSummary(pages.orderSummary, expected, scenario.domain);
        if (scenario.expect === 'credit') await expect(pages.orderSummary.creditCreated, 'Credit added to your account').toHaveText(usd(-expected.creditCreatedCents));
        else await expect(pages.orderSummary.creditCreated).toHaveCount(0);
      });

      if (scenario.expect === 'card') {
        await test.step('Pay by Credit Card', async () => {
          await pages.orderSummary.payByCreditCard();
          await expect(pages.checkout.heading).toBeVisible();
          await expect(pages.checkout.amountToPay, 'Amount to pay now').toHaveText(expected.totalDue);
          const stored = scenario.account.storedCard;
          if (stored) {
            await expect(pages.checkout.storedCard(stored.brand, stored.last4)).toBeChecked();
          } else {
            await expect(pages.checkout.newCard).toBeChecked();
            await pages.checkout.enterNewCard({ number: testCards.visaSuccess.number, name: scenario.account.contact.name, expiry: '12/30', cvc: '123' });
          }
          await pages.checkout.clickToContinue();
        });
      } else {
        await test.step('Click to Continue: no card step, the difference becomes credit', async () => {
          await expect(pages.orderSummary.creditCard).toHaveCount(0);
          await pages.orderSummary.continueButton.click();
        });
      }

      await test.step('Confirmation and Billing Control Panel agree', async () => {
        await expect(pages.confirmation.orderComplete).toBeVisible();
        await expect(pages.confirmation.amountCharged, 'Amount charged').toHaveText(expected.totalDue);
        await expect(page).toHaveURL(/\/orders\/[^/]+\/confirmation$/);

        await pages.nav.openBillingControlPanel();
        await expect(pages.billingControlPanel.heading).toBeVisible();
        const accountTotal = expectedAccountMonthlyTotalCents(scenario.account, domain, expected.newMonthlyTotalCents);
        await expect(pages.billingControlPanel.domainMonthlyTotal(scenario.domain), `control panel: ${scenario.domain}'s monthly total`).toHaveText(expected.newMonthlyTotal);
        await expect(pages.billingControlPanel.accountMonthlyTotal, 'control panel: Account monthly total').toHaveText(usd(accountTotal));
        await expect(pages.billingControlPanel.accountCredit, 'control panel: Account credit').toHaveText(usd(scenario.account.creditCents + expected.creditCreatedCents));
      });
    });
  });
}
