import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Step 5: one domain's active services and its Management Actions. */
export class DomainDetailsPage {
  readonly activeServices: Locator;
  readonly managementActions: Locator;
  readonly upgradeDowngradeOptions: Locator;
  readonly besUsers: Locator;
  readonly crmOrganizations: Locator;
  readonly monthlyTotal: Locator;
  /** the hosting package's monthly price, "$4.95" */
  readonly packagePrice: Locator;
  /** one row per active service: its name, then quantity, unit price, monthly amount */
  readonly serviceRows: Locator;

  constructor(readonly page: Page) {
    this.activeServices = byRole(page, 'table', /Active services/);
    this.managementActions = byRole(page, 'button', 'Management Actions');
    this.upgradeDowngradeOptions = byRole(page, 'link', 'Upgrade/Downgrade Options');
    this.besUsers = byRole(page, 'link', 'BES Users');
    this.crmOrganizations = byRole(page, 'link', 'CRM Organizations');
    this.monthlyTotal = page.getByTestId('domain-monthly-total');
    this.packagePrice = page.getByTestId('package-price');
    this.serviceRows = this.activeServices.getByRole('row').filter({ has: page.getByRole('rowheader') });
  }

  heading(domain: string): Locator {
    return byRole(this.page, 'heading', domain, { level: 1 });
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}`);
  }

  /** The quantity shown for a service, as text. */
  quantityOf(serviceName: string): Locator {
    return this.activeServices.getByRole('row').filter({ has: byRole(this.page, 'rowheader', serviceName) }).getByRole('cell').first();
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
