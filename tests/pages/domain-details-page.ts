import type { Locator, Page } from '@playwright/test';

/** Step 5: one domain's active services and its Management Actions. */
export class DomainDetailsPage {
  readonly activeServices: Locator;
  readonly managementActions: Locator;
  readonly upgradeDowngradeOptions: Locator;
  readonly besUsers: Locator;
  readonly crmOrganizations: Locator;
  readonly monthlyTotal: Locator;

  constructor(readonly page: Page) {
    this.activeServices = page.getByRole('table', { name: /Active services/ });
    this.managementActions = page.getByRole('button', { name: 'Management Actions', exact: true });
    this.upgradeDowngradeOptions = page.getByRole('link', { name: 'Upgrade/Downgrade Options', exact: true });
    this.besUsers = page.getByRole('link', { name: 'BES Users', exact: true });
    this.crmOrganizations = page.getByRole('link', { name: 'CRM Organizations', exact: true });
    this.monthlyTotal = page.getByTestId('domain-monthly-total');
  }

  heading(domain: string): Locator {
    return this.page.getByRole('heading', { name: domain, exact: true, level: 1 });
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}`);
  }

  /** The quantity shown for a service, as text. */
  quantityOf(serviceName: string): Locator {
    return this.activeServices.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: serviceName, exact: true }) }).getByRole('cell').first();
  }

  async openUpgradeDowngradeOptions(): Promise<void> {
    await this.managementActions.click();
    await this.upgradeDowngradeOptions.click();
  }

  async openBesUsers(): Promise<void> {
    await this.managementActions.click();
    await this.besUsers.click();
  }

  async openCrmOrganizations(): Promise<void> {
    await this.managementActions.click();
    await this.crmOrganizations.click();
  }
}
