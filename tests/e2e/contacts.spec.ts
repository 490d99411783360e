/**
 * "Create Billing Control Panel Contacts", walked as a customer would, in
 * steps titled as the article's headings; then editing, deleting and the
 * mistakes the form refuses. Names and addresses come from fixtures/.
 */
import { contosoDental } from '../../fixtures/accounts';
import { guideHeadings } from '../../scripts/guide/catalog';
import { expect, test } from '../support/test';

/** The guide's headings by step id: the steps below are titled as the guide "create-billing-control-panel-contacts" is. */
const step = guideHeadings('create-billing-control-panel-contacts');

const DANA = contosoDental.contact;
const LEE = { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 206 555 0199', notifications: ['Invoices'] } as const;
const DOMAIN = contosoDental.domains[0].name;

test.describe('Create Billing Control Panel Contacts', { tag: '@mock' }, () => {
  test('Contoso Dental adds Lee Park, who then receives the invoices with the account holder', async ({ loggedIn: page, pages }) => {
    await test.step(step['open-contacts']!, async () => {
      await pages.nav.openContacts();
      await expect(pages.contacts.heading).toBeVisible();
      await expect(pages.contacts.primaryBadge(DANA.name)).toBeVisible();
      await expect(pages.contacts.notificationsOf(DANA.name)).toHaveText('Invoices, Service changes, Technical notices');
    });

    await test.step(step['add-contact']!, async () => {
      await pages.contacts.addContactButton.click();
      await expect(pages.contactForm.addHeading).toBeVisible();
      for (const box of [pages.contactForm.invoices, pages.contactForm.serviceChanges, pages.contactForm.technicalNotices]) await expect(box).not.toBeChecked();
    });

    await test.step(step['contact-details']!, async () => {
      await pages.contactForm.fill(LEE);
      await expect(pages.contactForm.invoices).toBeChecked();
    });

    await test.step(step['check-contact']!, async () => {
      await pages.contactForm.saveContact();
      await expect(pages.contacts.heading).toBeVisible();
      await expect(page.getByRole('status')).toHaveText('Lee Park was added to your contacts.');
      await expect(pages.contacts.row('Lee Park')).toContainText(LEE.email);
      await expect(pages.contacts.notificationsOf('Lee Park')).toHaveText('Invoices');
      await expect(pages.contacts.primaryBadge('Lee Park')).toHaveCount(0);
    });

    await test.step('The next invoice is sent to the account holder and Lee Park', async () => {
      const recipients = `${DANA.name} (${DANA.email}), Lee Park (${LEE.email})`;
      await pages.upgradeDowngrade.open(DOMAIN);
      await pages.upgradeDowngrade.setNewTotal('Hosted Exchange mailbox', 3);
      await pages.upgradeDowngrade.clickToContinue();
      await pages.orderSummary.payByCreditCard();
      await expect(pages.checkout.invoiceRecipients).toHaveText(recipients);
      await pages.checkout.clickToContinue();
      await expect(pages.confirmation.orderComplete).toBeVisible();
      await expect(pages.confirmation.invoiceSentTo).toHaveText(`Invoice sent to: ${recipients}`);
      await pages.confirmation.invoiceNumber.click();
      await expect(pages.invoices.invoiceSentTo).toHaveText(`Invoice sent to: ${recipients}`);
    });
  });

  test('a contact is edited, and deleted only after confirming; the primary contact cannot be deleted', async ({ loggedIn: page, pages }) => {
    await pages.contacts.open();
    await pages.contacts.addContactButton.click();
    await pages.contactForm.fill(LEE);
    await pages.contactForm.saveContact();

    await pages.contacts.editLink('Lee Park').click();
    await expect(pages.contactForm.editHeading).toBeVisible();
    await expect(pages.contactForm.emailAddress).toHaveValue(LEE.email);
    await pages.contactForm.technicalNotices.check();
    await pages.contactForm.phoneNumber.fill('');
    await pages.contactForm.saveContact();
    await expect(pages.contacts.notificationsOf('Lee Park')).toHaveText('Invoices, Technical notices');

    await pages.contacts.deleteLink('Lee Park').click();
    await expect(pages.deleteContact.heading).toBeVisible();
    await expect(page.getByText(`Delete Lee Park (${LEE.email})?`)).toBeVisible();
    await page.getByRole('link', { name: 'Cancel', exact: true }).click();
    await expect(pages.contacts.row('Lee Park')).toBeVisible();
    await pages.contacts.deleteLink('Lee Park').click();
    await pages.deleteContact.deleteContactButton.click();
    await expect(page.getByRole('status')).toHaveText('Lee Park was deleted from your contacts.');
    await expect(pages.contacts.rows).toHaveCount(1);

    await expect(pages.contacts.deleteLink(DANA.name)).toHaveCount(0);
    await expect(pages.contacts.row(DANA.name)).toContainText('Cannot be deleted');
    await expect(page.getByText('The primary contact is the account holder, who signs in and is responsible for the account, so it cannot be deleted.')).toBeVisible();
  });

  test('mistakes are shown beside each field, nothing is saved, and what was typed stays', async ({ loggedIn: page, pages }) => {
    await pages.contactForm.openNew();
    await pages.contactForm.fill({ firstName: 'Lee', lastName: '', email: DANA.email.toUpperCase(), phone: '206 555 CALL' });
    await pages.contactForm.saveContact();
    await expect(pages.contactForm.formError).toHaveText('Check the fields marked below. Nothing has been saved.');
    await expect(pages.contactForm.lastName).toHaveAccessibleDescription('Enter the last name.');
    await expect(pages.contactForm.emailAddress).toHaveAccessibleDescription(/^Another contact on this account already has this email address\./);
    await expect(pages.contactForm.phoneNumber).toHaveAccessibleDescription(/^Enter the phone number with digits, spaces and \+ \( \) - only\. Digits, spaces/);
    await expect(pages.contactForm.firstName).toHaveValue('Lee');
    await expect(pages.contactForm.firstName).not.toHaveAttribute('aria-invalid', 'true');

    await pages.contactForm.fill(LEE);
    await pages.contactForm.saveContact();
    await expect(pages.contacts.rows).toHaveCount(2);
    await expect(page).toHaveURL(/\/billing\/contacts$/);
  });
});
