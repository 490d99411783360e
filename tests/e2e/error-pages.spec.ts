/**
 * The error pages a customer can meet while sending a form: logged out in
 * another tab (403), a form that expired while still signed in (403), and a
 * form too large to read (413). Each says what happened and what to do next,
 * keeps the top navigation for a signed-in customer, and leads back.
 */
import { contosoDental } from '../../fixtures/accounts';
import { inAnotherTab, logInThere, logOutThere } from '../support/another-tab';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0].name;
const MAILBOX = 'Hosted Exchange mailbox';
const FORM_PATH = `/services/${domain}/upgrade`;

test.describe('Error pages while sending a form', { tag: '@mock' }, () => {
  test('logged out in another tab: the page says so, nothing was changed, and Log in again returns to the form', async ({ loggedIn: page, pages, portal }) => {
    await pages.upgradeDowngrade.open(domain);
    await inAnotherTab(page, logOutThere);
    await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
    const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), pages.upgradeDowngrade.clickToContinue()]);

    expect(response.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You were logged out');
    const main = page.getByRole('main');
    await expect(main).toContainText('You were logged out in another tab or window, or after 30 minutes without activity, so this form was not sent. Nothing was changed.');
    await expect(main).toContainText('Log in again, then fill in the form again.');
    expect(portal.context.store.orders.size, 'no order was placed').toBe(0);

    await main.getByRole('link', { name: 'Log in again', exact: true }).click();
    // Through the Log In form on purpose: logging in again must lead back to the form.
    await pages.login.logIn(contosoDental.email, contosoDental.password);
    await expect(pages.upgradeDowngrade.heading, 'back on the form after logging in').toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${FORM_PATH.replaceAll('.', '\\.')}$`));
  });

  test('a form that expired while still signed in (logged out and in again in another tab): top navigation, brand to the home page, and a way back to the form', async ({ loggedIn: page, pages }) => {
    await pages.upgradeDowngrade.open(domain);
    await inAnotherTab(page, async (tab) => {
      await logOutThere(tab);
      // Through the Log In form on purpose: the new session Log In starts is what expires this page's form.
      await logInThere(tab, contosoDental);
    });
    await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
    const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), pages.upgradeDowngrade.clickToContinue()]);

    expect(response.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This form has expired');
    await expect(page.getByRole('main')).toContainText('Nothing was changed.');
    await expect(pages.nav.logOut, 'the top navigation of a signed-in customer').toBeVisible();
    await expect(pages.nav.companyName).toHaveText(contosoDental.contact.company);
    await expect(pages.nav.brand).toHaveAttribute('href', '/home');
    await page.getByRole('main').getByRole('link', { name: 'Back to the form', exact: true }).click();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
  });

  test('a form too large (413): says what happened, keeps the top navigation, and leads back to the form', async ({ loggedIn: page, pages }) => {
    await pages.upgradeDowngrade.open(domain);
    // A person cannot type past a field's maxlength; a script can, and that is how a 413 is reached.
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      pages.upgradeDowngrade.newTotalField(MAILBOX).evaluate((field: HTMLInputElement) => {
        field.value = '3'.repeat(20_000);
        field.form!.submit();
      }),
    ]);

    expect(response.status()).toBe(413);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This form was too large');
    const main = page.getByRole('main');
    await expect(main).toContainText('The form you sent was larger than any form on this portal, so it was not read. Nothing was changed.');
    await expect(main).toContainText('Go back to the form and check what you typed');
    await expect(pages.nav.logOut, 'the top navigation of a signed-in customer').toBeVisible();
    await expect(pages.nav.brand).toHaveAttribute('href', '/home');
    await main.getByRole('link', { name: 'Back to the form', exact: true }).click();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
  });
});
