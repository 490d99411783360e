/**
 * Every page of the journey, scanned with axe as the customer sees it (menus
 * open, errors shown). Soft assertions let one run list every page's
 * problems; the test still fails if any page has one.
 */
import type { Page } from '@playwright/test';
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { portalPages } from '../pages';
import { blockingViolations } from '../support/axe';
import { PHONE_VIEWPORTS } from '../support/layout';
import { journeyTarget } from '../support/remote';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0].name;

/** One axe scan per page state, as a step; soft, so one run lists every page's problems. */
function scannerFor(page: Page) {
  return (name: string) =>
    test.step(`axe: ${name}`, async () => {
      expect.soft(await blockingViolations(page), `accessibility violations on ${name}`).toEqual([]);
    });
}
const MAILBOX = 'Hosted Exchange mailbox';

/** The desktop size of the e2e project, and a phone: the phone layout (Menu button, stacked tables) is scanned too. */
const SCREENS = [
  { name: 'desktop', viewport: null },
  { name: PHONE_VIEWPORTS[0].name, viewport: { width: PHONE_VIEWPORTS[0].width, height: PHONE_VIEWPORTS[0].height } },
] as const;

for (const screen of SCREENS) {
  test.describe(`On a ${screen.name} screen`, () => {
    if (screen.viewport) test.use({ viewport: screen.viewport });

    test.describe('Accessibility (WCAG 2.1 AA, serious and critical)', { tag: '@mock' }, () => {
      test('Log In, empty and with an error', async ({ page, pages }) => {
        const scan = scannerFor(page);
        await pages.login.open();
        await scan('Log In');
        await pages.login.logIn(contosoDental.email, 'not-the-password');
        await expect(pages.login.error).toBeVisible();
        await scan('Log In with an error');
      });

      // The signed-in pages are a test of their own, so the two run side by side on two workers.
      test('every signed-in page of the journey, from the account home to one invoice', async ({ loggedIn: page, pages }) => {
        test.slow(); // fifteen full axe scans: on a loaded 2-core machine that alone can pass a minute
        const scan = scannerFor(page);

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome back, ${contosoDental.contact.name}`);
        await scan('Account home');

        await pages.nav.openServicesMenu();
        await expect(pages.nav.myServices).toBeVisible();
        await scan('Account home with the Services menu open');
        await pages.nav.myServices.click();
        await expect(pages.myServices.heading).toBeVisible();
        await scan('My Services');

        await pages.myServices.viewDetails(domain);
        await pages.domainDetails.managementActions.click();
        await expect(pages.domainDetails.upgradeDowngradeOptions).toBeVisible();
        await scan('domain details with Management Actions open');

        await pages.domainDetails.upgradeDowngradeOptions.click();
        await expect(pages.upgradeDowngrade.heading).toBeVisible();
        await scan('Upgrade/Downgrade Options');
        await pages.upgradeDowngrade.setNewTotal(MAILBOX, '2.5');
        await pages.upgradeDowngrade.clickToContinue();
        await expect(pages.upgradeDowngrade.formError).toBeVisible();
        await scan('Upgrade/Downgrade Options with errors');

        await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
        await pages.upgradeDowngrade.clickToContinue();
        await expect(pages.orderSummary.heading).toBeVisible();
        await scan('Order Summary');

        await pages.orderSummary.payByCreditCard();
        await expect(pages.checkout.heading).toBeVisible();
        await scan('Checkout with the stored card');
        await pages.checkout.newCard.check();
        await pages.checkout.clickToContinue();
        await expect(pages.checkout.error).toBeVisible();
        await scan('Checkout with card errors');
        await pages.checkout.storedCard('Visa', '4242').check();
        await pages.checkout.clickToContinue();
        await expect(pages.confirmation.orderComplete).toBeVisible();
        await scan('Order Complete');

        await pages.nav.openBillingControlPanel();
        await expect(pages.billingControlPanel.heading).toBeVisible();
        await scan('Billing Control Panel');
        await pages.nav.openInvoices();
        await expect(pages.invoices.heading).toBeVisible();
        await scan('Invoices');
        await pages.invoices.rows.first().getByRole('link').click();
        await expect(pages.invoices.status).toBeVisible();
        await scan('one invoice');

        await pages.upgradeDowngrade.open('contoso.shop');
        await expect(pages.upgradeDowngrade.blocked).toBeVisible();
        await scan('Upgrade/Downgrade Options refused (no hosting package)');
        await page.goto('/services/fabrikam-law.com');
        await scan('Page not found');
      });
    });

    test.describe('Accessibility of the pages off the main path', { tag: '@mock' }, () => {
      test('Bank Transfer\'s Order Received, Pay Invoice, and Review your order again', async ({ loggedIn: page, pages, portal }) => {
        const scan = scannerFor(page);
        await pages.upgradeDowngrade.open(domain);
        await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
        await pages.upgradeDowngrade.clickToContinue();
        await pages.orderSummary.payByBankTransfer();
        await expect(pages.confirmation.orderReceived).toBeVisible();
        await scan('Order Received (waiting for a bank transfer)');
        await page.getByRole('link', { name: /by credit card now$/ }).click();
        await expect(page.getByRole('heading', { level: 1, name: /^Pay Invoice / })).toBeVisible();
        await scan('Pay Invoice');

        await pages.checkout.clickToContinue();
        await expect(pages.invoices.status).toHaveText('Paid');
        await pages.upgradeDowngrade.open('contoso-labs.net');
        await pages.upgradeDowngrade.setNewTotal(MAILBOX, 6);
        await pages.upgradeDowngrade.clickToContinue();
        await pages.orderSummary.creditCard.check();
        // Another tab changed the domain meanwhile: this quote no longer holds.
        portal.context.store.domainOf(contosoDental.id, 'contoso-labs.net')!.services['exchange-mailbox'] = 7;
        await pages.orderSummary.continueButton.click();
        await expect(page.getByRole('heading', { level: 1, name: 'Review your order again' })).toBeVisible();
        await scan('Review your order again');
      });
    });
  });
}

test.describe('Accessibility of Contacts, BES Users and CRM Organizations', { tag: '@mock' }, () => {
  test('Billing › Contacts: the list, Add Contact with its errors, Edit Contact, and both Delete Contact pages', async ({ loggedIn: page, pages, portal }) => {
    const scan = scannerFor(page);
    await pages.nav.billing.click();
    await expect(pages.nav.contacts).toBeVisible();
    await scan('Billing menu open');
    await pages.nav.contacts.click();
    await expect(pages.contacts.heading).toBeVisible();
    await scan('Contacts');
    await pages.contacts.addContactButton.click();
    await scan('Add Contact');
    await pages.contactForm.fill({ firstName: '', lastName: 'Park', email: 'lee@', phone: 'call me', notifications: ['Invoices'] });
    await pages.contactForm.saveContact();
    await expect(pages.contactForm.formError).toBeVisible();
    await scan('Add Contact with errors');
    await pages.contactForm.fill({ firstName: 'Lee', lastName: 'Park', email: 'lee@contoso-dental.example', notifications: ['Invoices'] });
    await pages.contactForm.saveContact();
    await pages.contacts.editLink('Lee Park').click();
    await expect(pages.contactForm.editHeading).toBeVisible();
    await scan('Edit Contact');
    await pages.contacts.open();
    await pages.contacts.deleteLink('Lee Park').click();
    await expect(pages.deleteContact.deleteContactButton).toBeVisible();
    await scan('Delete Contact');
    await page.goto(`/billing/contacts/${portal.context.store.contactsOf(contosoDental.id)[0]!.id}/delete`);
    await expect(pages.deleteContact.refusal).toBeVisible();
    await scan('Delete Contact refused (the primary contact)');
  });

  test('BES Users: the list, Add BES User with its errors, Activation Password, Remove BES User, no licence left', async ({ loggedIn: page, pages }) => {
    const scan = scannerFor(page);
    await pages.besUsers.open(domain);
    await expect(pages.besUsers.heading).toBeVisible();
    await scan('BES Users (none yet)');
    await pages.besUsers.addBesUserButton.click();
    await scan('Add BES User');
    await pages.addBesUser.addBesUser('', 'alex@contoso-labs.net');
    await expect(pages.addBesUser.formError).toBeVisible();
    await scan('Add BES User with errors');
    await pages.addBesUser.addBesUser('Alex Kim', `alex@${domain}`);
    await expect(pages.besUsers.row('Alex Kim')).toBeVisible();
    await scan('BES Users with a user and no licence left');
    await pages.besUsers.generateActivationPasswordButton('Alex Kim').click();
    await expect(pages.activationPassword.heading).toBeVisible();
    await scan('Activation Password');
    await pages.activationPassword.backToBesUsers.click();
    await scan('BES Users with a password pending');
    await pages.addBesUser.open(domain);
    await expect(pages.addBesUser.noLicenceLeft).toBeVisible();
    await scan('Add BES User refused (no licence left)');
    await pages.besUsers.open(domain);
    await pages.besUsers.removeLink('Alex Kim').click();
    await expect(pages.removeBesUser.heading).toBeVisible();
    await scan('Remove BES User');
  });

  test('CRM Organizations: none possible, Create Organization with its errors, an organization provisioning', async ({ loggedIn: page, pages, browser, portal }) => {
    const scan = scannerFor(page);
    await pages.crmOrganizations.open(domain);
    await expect(pages.crmOrganizations.noCrmUsers).toBeVisible();
    await scan('CRM Organizations without a Dynamics CRM user');
    // Fabrikam Law has CRM users: its own browser context, signed in on the same portal as `loggedIn` signs in (no form).
    const context = await browser.newContext({ baseURL: portal.url });
    await context.addCookies([{ ...(await portal.createSignedInSession(fabrikamLaw.id)), url: portal.url, httpOnly: true, sameSite: 'Lax' }]);
    const fabrikamPage = await context.newPage();
    const fabrikam = portalPages(fabrikamPage);
    const scanFabrikam = scannerFor(fabrikamPage);
    await fabrikam.crmOrganizations.open(fabrikamLaw.domains[0].name);
    await scanFabrikam('CRM Organizations (none yet)');
    await fabrikam.crmOrganizations.createOrganizationButton.click();
    await scanFabrikam('Create Organization');
    await fabrikam.createOrganization.fill({ name: '', uniqueName: 'ab' });
    await fabrikam.createOrganization.createOrganizationButton.click();
    await expect(fabrikam.createOrganization.formError).toBeVisible();
    await scanFabrikam('Create Organization with errors');
    await fabrikam.createOrganization.fill({ name: 'Fabrikam Law', uniqueName: 'fabrikamlaw' });
    await fabrikam.createOrganization.createOrganizationButton.click();
    await expect(fabrikam.crmOrganizations.status('Fabrikam Law')).toHaveText('Provisioning');
    await scanFabrikam('CRM Organizations with one provisioning');
    await context.close();
  });
});

test.describe('Accessibility of the read-only pages, on the mock or a real deployment', { tag: '@remote' }, () => {
  test('Log In', async ({ page, pages }) => {
    await pages.login.open();
    await scannerFor(page)('Log In');
  });

  test('account home, My Services, domain details and Upgrade/Downgrade Options', async ({ loggedIn: page, pages }) => {
    const target = journeyTarget();
    const scan = scannerFor(page);
    await expect(pages.nav.services).toBeVisible();
    await scan('account home');
    await pages.nav.openMyServices();
    await expect(pages.myServices.heading).toBeVisible();
    await scan('My Services');
    await pages.myServices.viewDetails(target.domain);
    await pages.domainDetails.managementActions.click();
    await expect(pages.domainDetails.upgradeDowngradeOptions).toBeVisible();
    await scan('domain details with Management Actions open');
    await pages.domainDetails.upgradeDowngradeOptions.click();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
    await scan('Upgrade/Downgrade Options');
  });
});
