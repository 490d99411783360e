/**
 * "How To Create A CRM Organization", walked as a customer would, in steps
 * titled as the article's headings, with the portal clock moved past the
 * 10-minute provisioning; and a domain without a Dynamics CRM user.
 * Fabrikam Law's fabrikam-law.com has 3 Dynamics CRM users (fixtures/).
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { guideHeadings } from '../../scripts/guide/catalog';
import { expect, test } from '../support/test';

/** The guide's headings by step id: the steps below are titled as the guide "how-to-create-a-crm-organization" is. */
const step = guideHeadings('how-to-create-a-crm-organization');

const DOMAIN = fabrikamLaw.domains[0].name;
const ORGANIZATION = { name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'USD', language: 'English' };
const PROVISIONING_MS = 10 * 60 * 1000;

test.describe('How To Create A CRM Organization', { tag: '@mock' }, () => {
  test.use({ account: fabrikamLaw });

  test('Fabrikam Law creates an organization on fabrikam-law.com; it is ready 10 minutes later', async ({ loggedIn: page, pages, portal }) => {
    await test.step(step['crm-organizations']!, async () => {
      await pages.nav.openMyServices();
      await pages.myServices.viewDetails(DOMAIN);
      await pages.domainDetails.openCrmOrganizations();
      await expect(pages.crmOrganizations.heading).toBeVisible();
      await expect(pages.crmOrganizations.noCrmUsers).toHaveCount(0);
    });

    await test.step(step['create-organization']!, async () => {
      await pages.crmOrganizations.createOrganizationButton.click();
      await expect(pages.createOrganization.heading).toBeVisible();
      await expect(pages.createOrganization.baseCurrency.locator('option')).toHaveText(['USD', 'EUR', 'GBP']);
    });

    await test.step(step['organization-details']!, async () => {
      await pages.createOrganization.fill(ORGANIZATION);
      await expect(pages.createOrganization.baseCurrency).toHaveValue('USD');
      await expect(pages.createOrganization.language).toHaveValue('en');
      await pages.createOrganization.createOrganizationButton.click();
    });

    await test.step(step['provisioning']!, async () => {
      await expect(pages.crmOrganizations.status(ORGANIZATION.name)).toHaveText('Provisioning');
      await expect(pages.crmOrganizations.readyAt(ORGANIZATION.name)).toHaveText('Ready at about November 26, 2026 at 15:10 UTC');
      await expect(pages.crmOrganizations.webAddress(ORGANIZATION.name)).toHaveText('https://fabrikamlaw.crm.example');
      await expect(pages.crmOrganizations.webAddress(ORGANIZATION.name).getByRole('link')).toHaveCount(0);
    });

    await test.step('Open the organization once it is Ready', async () => {
      portal.clock.advance(PROVISIONING_MS);
      await page.reload();
      await expect(pages.crmOrganizations.status(ORGANIZATION.name)).toHaveText('Ready');
      await expect(pages.crmOrganizations.webAddress(ORGANIZATION.name).getByRole('link', { name: 'https://fabrikamlaw.crm.example', exact: true })).toHaveAttribute('href', 'https://fabrikamlaw.crm.example');
    });
  });

  test('mistakes are shown beside each field and nothing is created', async ({ loggedIn: _page, pages }) => {
    await pages.createOrganization.open(DOMAIN);
    await pages.createOrganization.fill({ name: '', uniqueName: 'Fabrikam Law', baseCurrency: 'GBP', language: 'German' });
    await pages.createOrganization.createOrganizationButton.click();
    await expect(pages.createOrganization.formError).toHaveText('Check the fields marked below. Nothing has been created.');
    await expect(pages.createOrganization.organizationName).toHaveAccessibleDescription('Enter the organization name.');
    await expect(pages.createOrganization.uniqueName).toHaveAccessibleDescription(/^Use lowercase letters a–z and digits 0–9 only, with no spaces or other characters\. 3 to 30 lowercase/);
    await expect(pages.createOrganization.baseCurrency).toHaveValue('GBP');
    await expect(pages.createOrganization.language).toHaveValue('de');
    await pages.crmOrganizations.open(DOMAIN);
    await expect(pages.crmOrganizations.rows).toHaveCount(0);
  });
});

test.describe('CRM Organizations without a Dynamics CRM user', { tag: '@mock' }, () => {
  test('the page explains how to add one, and links to Upgrade/Downgrade Options', async ({ loggedIn: page, pages }) => {
    const domain = contosoDental.domains[0].name;
    await pages.domainDetails.open(domain);
    await pages.domainDetails.openCrmOrganizations();
    await expect(pages.crmOrganizations.noCrmUsers).toContainText(`${domain} has no Dynamics CRM users.`);
    await expect(pages.crmOrganizations.createOrganizationButton).toHaveCount(0);
    await pages.crmOrganizations.noCrmUsers.getByRole('link', { name: 'Upgrade/Downgrade Options', exact: true }).click();
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/services/${domain}/upgrade$`));
  });
});
