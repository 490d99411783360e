/**
 * The guide's eight steps, as a customer walks them, with every figure checked
 * against the tests' own reading of the billing rule.
 */
import { contosoDental } from '../../fixtures/accounts';
import { guideHeadings } from '../../scripts/guide/catalog';
import { expectedAccountMonthlyTotalCents, expectedMonthlyTotalCents, expectedOrder, usd } from '../support/billing-oracle';
import { expectOrderSummary } from '../support/order-expectations';
import { expect, test } from '../support/test';

const step = guideHeadings('add-or-remove-hosted-services');
const domain = contosoDental.domains[0];
const BILLING_DATE = '2026-11-26';

// @mock: it checks the fixtures' own figures (Contoso Dental's services, the guide's date).
test.describe('Add or remove hosted services, as the guide documents it', { tag: '@mock' }, () => {
  // Signs in through the Log In form on purpose: steps 1 and 2 of the guide are opening the site and logging in.
  test('Contoso Dental adds a mailbox to contoso-dental.com and pays with the stored card', async ({ page, pages }) => {
    const expected = expectedOrder(domain, { 'exchange-mailbox': 3 }, BILLING_DATE);

    await test.step(step['open-site']!, async () => {
      await pages.login.open();
      await expect(pages.login.heading).toBeVisible();
    });

    await test.step(step['log-in']!, async () => {
      // Through the Log In form on purpose: this is the guide's step 2, and the journey checks each step as written.
      await pages.login.logIn(contosoDental.email, contosoDental.password);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome back, ${contosoDental.contact.name}`);
    });

    await test.step(step['my-services']!, async () => {
      await pages.nav.openMyServices();
      await expect(pages.myServices.heading).toBeVisible();
      for (const listed of contosoDental.domains) await expect(pages.myServices.domainRow(listed.name)).toBeVisible();
    });

    await test.step(step['view-details']!, async () => {
      await pages.myServices.viewDetails(domain.name);
      await expect(pages.domainDetails.heading(domain.name)).toBeVisible();
      await expect(pages.domainDetails.quantityOf('Hosted Exchange mailbox')).toHaveText('2');
      await expect(pages.domainDetails.monthlyTotal).toHaveText(usd(expectedMonthlyTotalCents(domain)));
    });

    await test.step(step['upgrade-downgrade']!, async () => {
      await pages.domainDetails.openUpgradeDowngradeOptions();
      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      await expect(pages.upgradeDowngrade.currentConfiguration).toBeVisible();
      await expect(pages.upgradeDowngrade.newConfiguration).toBeVisible();
    });

    await test.step(step['new-totals']!, async () => {
      await expect(pages.upgradeDowngrade.newTotalField('Hosted Exchange mailbox')).toHaveValue('2');
      await pages.upgradeDowngrade.setNewTotal('Hosted Exchange mailbox', 3);
      await pages.upgradeDowngrade.clickToContinue();
    });

    await test.step(step['review-order']!, async () => {
      await expect(pages.orderSummary.heading).toBeVisible();
      await expectOrderSummary(pages.orderSummary, expected, domain.name);
      await pages.orderSummary.payByCreditCard();
    });

    await test.step(step['pay']!, async () => {
      await expect(pages.checkout.heading).toBeVisible();
      await expect(pages.checkout.contactInformation).toContainText(contosoDental.contact.name);
      await expect(pages.checkout.contactInformation).toContainText(contosoDental.contact.email);
      await expect(pages.checkout.storedCard('Visa', '4242')).toBeChecked();
      await expect(pages.checkout.amountToPay).toHaveText(expected.totalDue);
      await pages.checkout.clickToContinue();
      await expect(pages.confirmation.orderComplete).toBeVisible();
      await expect(pages.confirmation.amountCharged).toHaveText(expected.totalDue);
      await expect(pages.confirmation.invoiceNumber).toHaveText(/^INV-\d+$/);
    });

    await test.step('After the order: domain details, invoice and billing control panel agree', async () => {
      const invoiceNumber = (await pages.confirmation.invoiceNumber.textContent())!;
      await pages.domainDetails.open(domain.name);
      await expect(pages.domainDetails.quantityOf('Hosted Exchange mailbox')).toHaveText('3');
      await expect(pages.domainDetails.monthlyTotal).toHaveText(expected.newMonthlyTotal);

      await pages.nav.openInvoices();
      await pages.invoices.openInvoice(invoiceNumber);
      await expect(pages.invoices.status).toHaveText('Paid');
      await expect(pages.invoices.lineAmounts).toHaveText(expected.lines.map((line) => line.amount));
      await expect(pages.invoices.total).toHaveText(expected.totalDue);

      await pages.nav.openBillingControlPanel();
      const accountTotal = expectedAccountMonthlyTotalCents(contosoDental, domain, expected.newMonthlyTotalCents);
      await expect(pages.billingControlPanel.domainMonthlyTotal(domain.name), `control panel: ${domain.name}'s monthly total`).toHaveText(expected.newMonthlyTotal);
      await expect(pages.billingControlPanel.accountMonthlyTotal, 'control panel: Account monthly total').toHaveText(usd(accountTotal));
    });
  });
});
