/**
 * Signing in and out, and what a session may reach: a wrong password, Log
 * Out, an idle session that expires on the portal's clock, and another
 * account's domain.
 */
import { contosoDental } from '../../fixtures/accounts';
import { expect, test } from '../support/test';

/** The portal signs a customer out after 30 minutes without a request. */
const IDLE_LIMIT_MS = 30 * 60 * 1000;

test.describe('Log In and Log Out', () => {
  test('a wrong password is refused with a message and the email address kept', { tag: '@mock' }, async ({ page, pages }) => {
    await pages.login.open();
    await pages.login.logIn(contosoDental.email, 'not-the-password');
    await expect(pages.login.heading).toBeVisible();
    await expect(pages.login.error).toHaveText('The email address or password is not correct.');
    await expect(pages.login.emailAddress).toHaveValue(contosoDental.email);
    await expect(pages.login.password).toHaveValue('');
    await page.goto('/home');
    await expect(pages.login.heading, 'still signed out').toBeVisible();
  });

  // Through the form on purpose: Log Out must end the session that Log In started.
  test('Log Out ends the session: the account home page asks to log in again', async ({ loggedInWithForm: page, pages }) => {
    await expect(pages.nav.logOut).toBeVisible();
    await pages.nav.logOut.click();
    await expect(pages.login.heading).toBeVisible();
    await page.goto('/home');
    await expect(pages.login.heading).toBeVisible();
    await expect(page).toHaveURL(/\/login\?next=%2Fhome$/);
  });
});

test.describe('An idle session', { tag: '@mock' }, () => {
  const domain = contosoDental.domains[0].name;
  // Through the form on purpose: what expires is the session Log In started, on its clock.

  test('is still signed in just under 30 minutes', async ({ loggedInWithForm: page, pages, portal }) => {
    await pages.domainDetails.open(domain);
    portal.clock.advance(IDLE_LIMIT_MS - 1000);
    await page.reload();
    await expect(pages.domainDetails.heading(domain)).toBeVisible();
  });

  // Through the form on purpose, twice: the session that expires is the one Log In started, and logging in again is
  // what is tested.
  test('expires after 30 minutes, and logging in again returns to the page the customer was going to', async ({ loggedInWithForm: page, pages, portal }) => {
    await pages.domainDetails.open(domain);
    portal.clock.advance(IDLE_LIMIT_MS + 1000);
    await pages.domainDetails.openUpgradeDowngradeOptions();

    await expect(pages.login.heading).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Your session expired. Please log in again.');
    // On purpose: logging in again through the form is what must lead back to the page.
    await pages.login.logIn(contosoDental.email, contosoDental.password);
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/services/${domain.replace('.', '\\.')}/upgrade$`));
  });
});

test.describe('A session that expires at Checkout', { tag: '@mock' }, () => {
  const domain = contosoDental.domains[0].name;

  test('logging in again returns to the order being paid, which can then be paid', async ({ loggedIn: page, pages, portal }) => {
    await pages.upgradeDowngrade.open(domain);
    await pages.upgradeDowngrade.setNewTotal('Hosted Exchange mailbox', 3);
    await pages.upgradeDowngrade.clickToContinue();
    await pages.orderSummary.payByCreditCard();
    await expect(pages.checkout.heading).toBeVisible();
    const checkoutUrl = page.url();
    portal.clock.advance(IDLE_LIMIT_MS + 1000);
    await pages.checkout.clickToContinue();

    await expect(pages.login.heading).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Your session expired. Please log in again.');
    expect(portal.ledger.charges, 'nothing is charged by an expired session').toHaveLength(0);
    // On purpose: logging in again through the form is what must lead back to the order.
    await pages.login.logIn(contosoDental.email, contosoDental.password);
    await expect(pages.checkout.heading).toBeVisible();
    expect(page.url()).toBe(checkoutUrl);
    await pages.checkout.clickToContinue();
    await expect(pages.confirmation.orderComplete).toBeVisible();
    expect(portal.ledger.charges).toHaveLength(1);
  });
});

test.describe("Another account's domain", { tag: '@mock' }, () => {
  test('is "Page not found" to Contoso Dental, as if it did not exist', async ({ loggedIn: page }) => {
    for (const path of ['/services/fabrikam-law.com', '/services/fabrikam-law.com/upgrade', '/services/no-such-domain.example']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found');
    }
  });
});
