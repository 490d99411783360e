/**
 * The portal on a phone: every page of the guide's journey, the billing pages
 * and the error pages at 390×844 and 320×640. On each, the page must not
 * scroll sideways and what the customer acts on (a menu item, a field, a
 * button, the amount to check) must be on screen without sideways scrolling.
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { inAnotherTab, logOutThere } from '../support/another-tab';
import { expectFitsPhone, PHONE_VIEWPORTS } from '../support/layout';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0].name;
const MAILBOX = 'Hosted Exchange mailbox';

for (const viewport of PHONE_VIEWPORTS) {
  test.describe(`On a ${viewport.name} screen`, { tag: '@mock' }, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the guide\'s journey, from Log In to the paid invoice', async ({ page, pages }) => {
      await pages.login.open();
      await expectFitsPhone(page, 'Log In', { 'Email address': pages.login.emailAddress, Password: pages.login.password, 'Log In': pages.login.logInButton });
      // Through the Log In form on purpose: this is the guide's walk, whose steps 1 and 2 are the Log In page.
      await pages.login.logIn(contosoDental.email, contosoDental.password);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome back, ${contosoDental.contact.name}`);
      await expectFitsPhone(page, 'Account home', { Menu: pages.nav.menu });

      await pages.nav.openServicesMenu();
      await expectFitsPhone(page, 'Account home, Services open', { Services: pages.nav.services, 'My Services': pages.nav.myServices, Billing: pages.nav.billing, 'Log Out': pages.nav.logOut });
      await pages.nav.myServices.click();
      await expect(pages.myServices.heading).toBeVisible();
      await expectFitsPhone(page, 'My Services', { [`View Details of ${domain}`]: pages.myServices.viewDetailsButton(domain) });

      await pages.myServices.viewDetails(domain);
      await expectFitsPhone(page, 'Domain details', { 'Management Actions': pages.domainDetails.managementActions, 'monthly total': pages.domainDetails.monthlyTotal });
      await pages.domainDetails.managementActions.click();
      await expectFitsPhone(page, 'Domain details, Management Actions open', { 'Upgrade/Downgrade Options': pages.domainDetails.upgradeDowngradeOptions });

      await pages.domainDetails.upgradeDowngradeOptions.click();
      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      await expectFitsPhone(page, 'Upgrade/Downgrade Options', {
        [`${MAILBOX} field`]: pages.upgradeDowngrade.newTotalField(MAILBOX),
        [`${MAILBOX} current total`]: pages.upgradeDowngrade.currentTotal(MAILBOX),
        'Click to Continue': pages.upgradeDowngrade.continueButton,
      });
      await pages.upgradeDowngrade.setNewTotal(MAILBOX, 'three');
      await pages.upgradeDowngrade.clickToContinue();
      await expect(pages.upgradeDowngrade.formError).toBeVisible();
      await expectFitsPhone(page, 'Upgrade/Downgrade Options with an error', { [`${MAILBOX} field`]: pages.upgradeDowngrade.newTotalField(MAILBOX) });

      await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
      await pages.upgradeDowngrade.clickToContinue();
      await expect(pages.orderSummary.heading).toBeVisible();
      await expectFitsPhone(page, 'Order Summary', {
        'the line\'s pro-rated amount': pages.orderSummary.lineCells(MAILBOX).last(),
        'the line\'s days charged': pages.orderSummary.lineCells(MAILBOX).nth(4),
        'Total due today': pages.orderSummary.totalDue,
        'New monthly total': pages.orderSummary.newMonthlyTotal,
        'Credit Card': pages.orderSummary.creditCard,
        'Click to Continue': pages.orderSummary.continueButton,
      });

      await pages.orderSummary.payByCreditCard();
      await expect(pages.checkout.heading).toBeVisible();
      await expectFitsPhone(page, 'Checkout', { 'stored card': pages.checkout.storedCard('Visa', '4242'), 'Amount to pay now': pages.checkout.amountToPay, 'Click to Continue': pages.checkout.continueButton });
      await pages.checkout.newCard.check();
      await expectFitsPhone(page, 'Checkout, new card', { 'Card number': pages.checkout.cardNumber, 'Expiry date': pages.checkout.expiry, 'Security code': pages.checkout.cvc });
      await pages.checkout.storedCard('Visa', '4242').check();
      await pages.checkout.clickToContinue();
      await expect(pages.confirmation.orderComplete).toBeVisible();
      await expectFitsPhone(page, 'Order Complete', { 'Amount charged': pages.confirmation.amountCharged, 'Invoice number': pages.confirmation.invoiceNumber });

      await pages.nav.openBillingMenu();
      await expectFitsPhone(page, 'Billing open', { 'Billing Control Panel': pages.nav.billingControlPanel, Invoices: pages.nav.invoices });
      await pages.nav.billingControlPanel.click();
      await expect(pages.billingControlPanel.heading).toBeVisible();
      await expectFitsPhone(page, 'Billing Control Panel', {
        [`${domain} monthly total`]: pages.billingControlPanel.domainMonthlyTotal(domain),
        'Account monthly total': pages.billingControlPanel.accountMonthlyTotal,
      });
      await pages.nav.openInvoices();
      await expect(pages.invoices.heading).toBeVisible();
      const newest = pages.invoices.rows.first();
      await expectFitsPhone(page, 'Invoices', { 'the invoice link': newest.getByRole('link'), 'its total': newest.getByRole('cell').nth(2), 'its status': newest.getByRole('cell').last() });
      await newest.getByRole('link').click();
      await expect(pages.invoices.status).toHaveText('Paid');
      await expectFitsPhone(page, 'Invoice', { 'line amount': pages.invoices.lineAmounts.first(), Total: pages.invoices.total });
    });

    test('Bank Transfer, Pay Now on the invoice, and "Review your order again"', async ({ loggedIn: page, pages, portal }) => {
      await pages.upgradeDowngrade.open(domain);
      await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
      await pages.upgradeDowngrade.clickToContinue();
      await pages.orderSummary.payByBankTransfer();
      await expect(pages.confirmation.orderReceived).toBeVisible();
      const payByCard = page.getByRole('link', { name: /by credit card now$/ });
      await expectFitsPhone(page, 'Order Received', { 'Amount due': pages.confirmation.amountDue, 'pay by credit card now': payByCard });

      await pages.nav.openInvoices();
      await pages.invoices.rows.first().getByRole('link').click();
      const payNow = page.getByRole('link', { name: 'Pay Now', exact: true });
      await expectFitsPhone(page, 'Unpaid invoice', { 'Pay Now': payNow, Total: pages.invoices.total });
      await payNow.click();
      await expect(page.getByRole('heading', { level: 1, name: /^Pay Invoice / })).toBeVisible();
      await expectFitsPhone(page, 'Pay Invoice', { 'stored card': pages.checkout.storedCard('Visa', '4242'), 'Click to Continue': pages.checkout.continueButton });
      await pages.checkout.clickToContinue();
      await expect(pages.invoices.status).toHaveText('Paid');

      await pages.upgradeDowngrade.open('contoso-labs.net');
      await pages.upgradeDowngrade.setNewTotal(MAILBOX, 6);
      await pages.upgradeDowngrade.clickToContinue();
      await pages.orderSummary.creditCard.check();
      portal.context.store.domainOf(contosoDental.id, 'contoso-labs.net')!.services['exchange-mailbox'] = 7;
      await pages.orderSummary.continueButton.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Review your order again' })).toBeVisible();
      await expectFitsPhone(page, 'Review your order again', { 'the way back to Upgrade/Downgrade Options': page.getByRole('main').getByRole('link').last() });

      await pages.upgradeDowngrade.open('contoso.shop');
      await expect(pages.upgradeDowngrade.blocked).toBeVisible();
      await expectFitsPhone(page, 'Upgrade/Downgrade Options refused', { 'the reason': pages.upgradeDowngrade.blocked });
    });

    test('Billing › Contacts and a domain\'s BES Users', async ({ loggedIn: page, pages }) => {
      await pages.nav.openBillingMenu();
      await expectFitsPhone(page, 'Billing open', { Contacts: pages.nav.contacts });
      await pages.nav.contacts.click();
      await expect(pages.contacts.heading).toBeVisible();
      const dana = contosoDental.contact.name;
      await expectFitsPhone(page, 'Contacts', { 'Add Contact': pages.contacts.addContactButton, 'Primary': pages.contacts.primaryBadge(dana), 'Edit': pages.contacts.editLink(dana) });
      await pages.contacts.addContactButton.click();
      await pages.contactForm.fill({ firstName: '', lastName: 'Park', email: 'lee.park@', phone: 'call me' });
      await pages.contactForm.saveContact();
      await expect(pages.contactForm.formError).toBeVisible();
      await expectFitsPhone(page, 'Add Contact with errors', {
        'First name': pages.contactForm.firstName,
        'Email address': pages.contactForm.emailAddress,
        'Phone number (optional)': pages.contactForm.phoneNumber,
        Invoices: pages.contactForm.invoices,
        'Save Contact': pages.contactForm.saveContactButton,
      });
      await pages.contactForm.fill({ firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 206 555 0199', notifications: ['Invoices', 'Service changes', 'Technical notices'] });
      await pages.contactForm.saveContact();
      await expectFitsPhone(page, 'Contacts with two', { 'Lee Park\'s notifications': pages.contacts.notificationsOf('Lee Park'), Delete: pages.contacts.deleteLink('Lee Park') });

      await pages.domainDetails.open(domain);
      await pages.domainDetails.managementActions.click();
      await expectFitsPhone(page, 'Management Actions open', { 'BES Users': pages.domainDetails.besUsers, 'CRM Organizations': pages.domainDetails.crmOrganizations });
      await pages.domainDetails.besUsers.click();
      await pages.besUsers.addBesUserButton.click();
      await expectFitsPhone(page, 'Add BES User', { 'Display name': pages.addBesUser.displayName, 'Email address': pages.addBesUser.emailAddress, 'Add BES User': pages.addBesUser.addBesUserButton });
      await pages.addBesUser.addBesUser('Alexandra Kimberley-Whitfield', 'alexandra.kimberley-whitfield@contoso-dental.com');
      const alex = 'Alexandra Kimberley-Whitfield';
      await expectFitsPhone(page, 'BES Users', {
        status: pages.besUsers.status(alex),
        'Generate Activation Password': pages.besUsers.generateActivationPasswordButton(alex),
        Remove: pages.besUsers.removeLink(alex),
        'the way to buy a licence': pages.besUsers.noLicenceLeft.getByRole('link'),
      });
      await pages.besUsers.generateActivationPasswordButton(alex).click();
      await expectFitsPhone(page, 'Activation Password', { password: pages.activationPassword.password, 'valid until': pages.activationPassword.validUntil, 'Back to BES Users': pages.activationPassword.backToBesUsers });
    });

    test.describe('as Fabrikam Law, whose domain has CRM', () => {
      test.use({ account: fabrikamLaw });

      test('a domain\'s CRM Organizations', async ({ loggedIn: page, pages }) => {
        await pages.createOrganization.open(fabrikamLaw.domains[0].name);
        await pages.createOrganization.fill({ name: '', uniqueName: 'ab' });
        await pages.createOrganization.createOrganizationButton.click();
        await expect(pages.createOrganization.formError).toBeVisible();
        await expectFitsPhone(page, 'Create Organization with errors', {
          'Organization name': pages.createOrganization.organizationName,
          'Unique name': pages.createOrganization.uniqueName,
          'Base currency': pages.createOrganization.baseCurrency,
          Language: pages.createOrganization.language,
          'Create Organization': pages.createOrganization.createOrganizationButton,
        });
        await pages.createOrganization.fill({ name: 'Fabrikam Law', uniqueName: 'fabrikamlawchicago2026' });
        await pages.createOrganization.createOrganizationButton.click();
        await expectFitsPhone(page, 'CRM Organizations', {
          'web address': pages.crmOrganizations.webAddress('Fabrikam Law'),
          status: pages.crmOrganizations.status('Fabrikam Law'),
          'ready at': pages.crmOrganizations.readyAt('Fabrikam Law'),
          'Create Organization': pages.crmOrganizations.createOrganizationButton,
        });
      });
    });

    test('the error pages: not found, logged out in another tab, and a form too large', async ({ loggedIn: page, pages }) => {
      await page.goto('/services/no-such-domain.example');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expectFitsPhone(page, 'Page not found', { Menu: pages.nav.menu, 'the way back': page.getByRole('main').getByRole('link').first() });

      await pages.upgradeDowngrade.open(domain);
      await inAnotherTab(page, logOutThere);
      await pages.upgradeDowngrade.clickToContinue();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You were logged out');
      await expectFitsPhone(page, 'Logged out (403)', { 'Log in again': page.getByRole('link', { name: 'Log in again', exact: true }) });

      await page.getByRole('link', { name: 'Log in again', exact: true }).click();
      // Through the Log In form on purpose: logging in again must lead back to the form.
      await pages.login.logIn(contosoDental.email, contosoDental.password);
      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      // A script can put more in a field than its maxlength lets a person type: that is how a 413 is reached.
      await pages.upgradeDowngrade.newTotalField(MAILBOX).evaluate((field: HTMLInputElement) => {
        field.value = '3'.repeat(20_000);
        field.form!.submit();
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This form was too large');
      await expectFitsPhone(page, 'Form too large (413)', { Menu: pages.nav.menu, 'Back to the form': page.getByRole('link', { name: 'Back to the form', exact: true }) });
    });
  });
}
