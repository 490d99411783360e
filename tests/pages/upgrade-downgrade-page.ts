import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Step 6: Current Configuration beside New Configuration, one total per service. */
export class UpgradeDowngradePage {
  readonly heading: Locator;
  readonly currentConfiguration: Locator;
  readonly newConfiguration: Locator;
  readonly continueButton: Locator;
  readonly formError: Locator;
  readonly blocked: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Upgrade/Downgrade Options');
    this.currentConfiguration = byRole(page, 'columnheader', 'Current Configuration');
    this.newConfiguration = byRole(page, 'columnheader', 'New Configuration');
    this.continueButton = byRole(page, 'button', 'Click to Continue');
    this.formError = page.getByRole('alert');
    this.blocked = page.getByTestId('change-blocked');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/upgrade`);
  }

  /** The New Configuration field of a service: it holds the service's new TOTAL. */
  newTotalField(serviceName: string): Locator {
    return byRole(this.page, 'textbox', serviceName);
  }

  /** The Current Configuration figure of a service. */
  currentTotal(serviceName: string): Locator {
    return this.page.getByRole('row').filter({ has: byRole(this.page, 'rowheader', serviceName) }).getByRole('cell').nth(1);
  }

  async setNewTotal(serviceName: string, total: number | string): Promise<void> {
    await this.newTotalField(serviceName).fill(String(total));
  }

  async setNewTotals(totals: Readonly<Record<string, number | string>>): Promise<void> {
    for (const [serviceName, total] of Object.entries(totals)) await this.setNewTotal(serviceName, total);
  }

  async clickToContinue(): Promise<void> {
    await this.continueButton.click();
  }
}
