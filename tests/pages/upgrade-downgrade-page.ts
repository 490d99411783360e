import type { Locator, Page } from '@playwright/test';

/** Step 6: Current Configuration beside New Configuration, one total per service. */
export class UpgradeDowngradePage {
  readonly heading: Locator;
  readonly currentConfiguration: Locator;
  readonly newConfiguration: Locator;
  readonly continueButton: Locator;
  readonly formError: Locator;
  readonly blocked: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Upgrade/Downgrade Options', exact: true });
    this.currentConfiguration = page.getByRole('columnheader', { name: 'Current Configuration', exact: true });
    this.newConfiguration = page.getByRole('columnheader', { name: 'New Configuration', exact: true });
    this.continueButton = page.getByRole('button', { name: 'Click to Continue', exact: true });
    this.formError = page.getByRole('alert');
    this.blocked = page.getByTestId('change-blocked');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/upgrade`);
  }

  /** The New Configuration field of a service: it holds the service's new TOTAL. */
  newTotalField(serviceName: string): Locator {
    return this.page.getByRole('textbox', { name: serviceName, exact: true });
  }

  /** The Current Configuration figure of a service. */
  currentTotal(serviceName: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: serviceName, exact: true }) }).getByRole('cell').nth(1);
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
