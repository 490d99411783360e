/**
 * What Upgrade/Downgrade Options does with totals it must refuse, and with
 * domains and accounts whose services cannot be changed: the customer gets a
 * message they can act on, keeps what they typed, and nothing changes.
 */
import { contosoDental, northwindTraders } from '../../fixtures/accounts';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0];
const MAILBOX = 'Hosted Exchange mailbox';
const BES = 'BlackBerry Enterprise Server (BES) user';
const RANGE = 'Enter a total from 1 to 250.';
const DIGITS = `Enter a whole number using the digits 0–9, such as 3. ${RANGE}`;

/** Each kind of total the portal refuses, with the message the customer must see beside the field. */
const invalidTotals = [
  { kind: 'empty', typed: '', message: `Enter the new total. ${RANGE}` },
  { kind: 'a decimal', typed: '2.5', message: DIGITS },
  { kind: 'a negative number', typed: '-1', message: `The total cannot be negative. ${RANGE}` },
  { kind: 'an exponent', typed: '1e3', message: DIGITS },
  { kind: 'above the range', typed: '251', message: RANGE },
  { kind: 'below the mailbox minimum', typed: '0', message: RANGE },
  { kind: 'letters', typed: 'three', message: DIGITS },
] as const;

test.describe('Upgrade/Downgrade Options refuses what it cannot price', { tag: '@mock' }, () => {
  for (const invalid of invalidTotals) {
    test(`a mailbox total that is ${invalid.kind} ("${invalid.typed}") is refused beside the field`, async ({ loggedIn, pages, portal }) => {
      await pages.upgradeDowngrade.open(domain.name);
      // A valid change elsewhere on the form must survive the refusal too.
      await pages.upgradeDowngrade.setNewTotals({ [MAILBOX]: invalid.typed, [BES]: '2' });
      await pages.upgradeDowngrade.clickToContinue();

      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      await expect(pages.upgradeDowngrade.formError).toHaveText('Some totals need correcting. Nothing has been changed.');
      const field = pages.upgradeDowngrade.newTotalField(MAILBOX);
      await expect(field).toHaveValue(invalid.typed);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field, 'the message, then the range hint').toHaveAccessibleDescription(`${invalid.message} 1–250`);
      await expect(pages.upgradeDowngrade.newTotalField(BES)).toHaveValue('2');
      await expect(pages.upgradeDowngrade.newTotalField(BES)).not.toHaveAttribute('aria-invalid', 'true');

      expect(portal.context.store.orders.size, 'no order was placed').toBe(0);
      await pages.domainDetails.open(domain.name);
      await expect(pages.domainDetails.quantityOf(MAILBOX)).toHaveText(String(domain.services['exchange-mailbox']));
      await expect(pages.domainDetails.quantityOf(BES)).toHaveText(String(domain.services['bes-user']));
    });
  }

  test('no total changed: a message instead of an empty order', async ({ loggedIn, pages, portal }) => {
    await pages.upgradeDowngrade.open(domain.name);
    await pages.upgradeDowngrade.clickToContinue();
    await expect(pages.upgradeDowngrade.formError).toHaveText(
      'You have not changed any totals. Enter the new total for each service you want to change.',
    );
    await expect(pages.upgradeDowngrade.newTotalField(MAILBOX)).toHaveValue('2');
    expect(portal.context.store.orders.size, 'no order was placed').toBe(0);
  });

  test('a domain with no hosting package (contoso.shop) gets a message instead of the form', async ({ loggedIn, pages }) => {
    await pages.domainDetails.open('contoso.shop');
    await pages.domainDetails.openUpgradeDowngradeOptions();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
    await expect(pages.upgradeDowngrade.blocked).toContainText(
      'contoso.shop has no hosting package. Services can only be added to a domain with a hosting package, so a package must be purchased first.',
    );
    await expect(pages.upgradeDowngrade.continueButton).toHaveCount(0);
    await expect(pages.upgradeDowngrade.newTotalField(MAILBOX)).toHaveCount(0);
  });
});

test.describe('An account with an overdue invoice', { tag: '@mock' }, () => {
  test.use({ account: northwindTraders });

  test('Northwind Traders is told to pay the overdue invoice before changing services', async ({ loggedIn, pages }) => {
    await pages.nav.openMyServices();
    await pages.myServices.viewDetails('northwind-traders.com');
    await pages.domainDetails.openUpgradeDowngradeOptions();
    await expect(pages.upgradeDowngrade.blocked).toContainText(
      /Your account has an overdue invoice \(INV-\d+\)\. Services can be changed once the account is current: please pay the invoice first\./,
    );
    await expect(pages.upgradeDowngrade.continueButton).toHaveCount(0);

    // The message links to the invoice it names, and that invoice is the overdue one.
    await loggedIn.getByRole('link', { name: /^View invoice INV-\d+$/ }).click();
    await expect(pages.invoices.status).toHaveText('Overdue');
  });
});
