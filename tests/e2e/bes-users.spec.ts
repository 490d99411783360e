/**
 * "Add and Activate a New BES User", walked as a customer would, in steps
 * titled as the article's headings; then the licence limit and Remove.
 * Contoso Dental's contoso-dental.com has 1 BES user licence (fixtures/).
 */
import { contosoDental } from '../../fixtures/accounts';
import { guideHeadings } from '../../scripts/guide/catalog';
import { expect, test } from '../support/test';

/** The guide's headings by step id: the steps below are titled as the guide "add-and-activate-a-new-bes-user" is. */
const step = guideHeadings('add-and-activate-a-new-bes-user');

const DOMAIN = contosoDental.domains[0];
const BES_LICENCES = String(DOMAIN.services['bes-user']);
const ALEX = { displayName: 'Alex Kim', email: 'alex.kim@contoso-dental.com' };
/** The guide's instant (2026-11-26T15:00Z) plus 48 hours, in the billing zone (UTC). */
const VALID_UNTIL = 'November 28, 2026 at 15:00 UTC';

test.describe('Add and Activate a New BES User', { tag: '@mock' }, () => {
  test('Contoso Dental adds Alex Kim to contoso-dental.com and generates the activation password', async ({ loggedIn: page, pages }) => {
    await test.step(step['bes-users']!, async () => {
      await pages.nav.openMyServices();
      await pages.myServices.viewDetails(DOMAIN.name);
      await pages.domainDetails.openBesUsers();
      await expect(pages.besUsers.heading).toBeVisible();
      await expect(pages.besUsers.licenceTotal).toHaveText(BES_LICENCES);
      await expect(pages.besUsers.licencesAvailable).toHaveText(BES_LICENCES);
    });

    await test.step(step['add-bes-user']!, async () => {
      await pages.besUsers.addBesUserButton.click();
      await expect(pages.addBesUser.heading).toBeVisible();
    });

    await test.step(step['user-details']!, async () => {
      await pages.addBesUser.addBesUser(ALEX.displayName, ALEX.email);
      await expect(pages.besUsers.heading).toBeVisible();
      await expect(pages.besUsers.row(ALEX.displayName)).toContainText(ALEX.email);
      await expect(pages.besUsers.status(ALEX.displayName)).toHaveText('Not activated');
      await expect(pages.besUsers.licencesAvailable).toHaveText('0');
    });

    let password = '';
    await test.step(step['generate-password']!, async () => {
      await pages.besUsers.generateActivationPasswordButton(ALEX.displayName).click();
      await expect(pages.activationPassword.heading).toBeVisible();
      password = (await pages.activationPassword.password.textContent())!.trim();
      expect(password).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      await expect(pages.activationPassword.status).toHaveText('Activation pending');
      await expect(pages.activationPassword.validUntil).toHaveText(VALID_UNTIL);
    });

    await test.step(step['activate']!, async () => {
      await pages.activationPassword.backToBesUsers.click();
      await expect(pages.besUsers.status(ALEX.displayName)).toHaveText('Activation pending');
      await expect(pages.besUsers.activationExpiry(ALEX.displayName)).toHaveText(`Password valid until ${VALID_UNTIL}`);
      await expect(page.locator('body')).not.toContainText(password);
      // Not kept by the browser (no-store): Back cannot show the password page without sending the form again.
      await expect(page.goBack()).rejects.toThrow(/ERR_CACHE_MISS/);
      await expect(page.locator('body')).not.toContainText(password);
    });
  });

  test('one more BES user than the licences is refused, with the way to Upgrade/Downgrade Options', async ({ loggedIn: page, pages }) => {
    await pages.besUsers.open(DOMAIN.name);
    await pages.besUsers.addBesUserButton.click();
    await pages.addBesUser.addBesUser(ALEX.displayName, ALEX.email);
    await expect(pages.besUsers.noLicenceLeft).toContainText(`${DOMAIN.name} has 1 BES user licence and it is in use, so another BES user cannot be added.`);
    await pages.besUsers.addBesUserButton.click();
    await expect(pages.addBesUser.noLicenceLeft).toContainText('as the guide “Add or Remove Hosted Services” shows');
    await expect(pages.addBesUser.addBesUserButton).toHaveCount(0);
    await pages.addBesUser.noLicenceLeft.getByRole('link', { name: 'Upgrade/Downgrade Options', exact: true }).click();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/services/${DOMAIN.name}/upgrade$`));
  });

  test('Remove asks first, then frees the licence; the BES total cannot go below the users', async ({ loggedIn: page, pages }) => {
    await pages.addBesUser.open(DOMAIN.name);
    await pages.addBesUser.addBesUser(ALEX.displayName, ALEX.email);

    await pages.upgradeDowngrade.open(DOMAIN.name);
    await pages.upgradeDowngrade.setNewTotal('BlackBerry Enterprise Server (BES) user', 0);
    await pages.upgradeDowngrade.clickToContinue();
    await expect(pages.upgradeDowngrade.newTotalField('BlackBerry Enterprise Server (BES) user')).toHaveAccessibleDescription(/Remove this BES user first \(BES Users page\): Alex Kim \(alex\.kim@contoso-dental\.com\)\. 0–250$/);

    await pages.besUsers.open(DOMAIN.name);
    await pages.besUsers.removeLink(ALEX.displayName).click();
    await expect(pages.removeBesUser.heading).toBeVisible();
    await pages.removeBesUser.removeBesUserButton.click();
    await expect(page.getByRole('status')).toHaveText(`Alex Kim was removed from ${DOMAIN.name}. Their BES licence is free for another user.`);
    await expect(pages.besUsers.rows).toHaveCount(0);
    await expect(pages.besUsers.licencesAvailable).toHaveText(BES_LICENCES);
  });
});
