import type { Locator, Page } from '@playwright/test';

/** Step 4: Services › My Services, the account's domains. */
export class MyServicesPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'My Services', exact: true, level: 1 });
  }

  domainRow(domain: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: domain, exact: true }) });
  }

  viewDetailsButton(domain: string): Locator {
    return this.domainRow(domain).getByRole('link', { name: 'View Details', exact: true });
  }

  async viewDetails(domain: string): Promise<void> {
    await this.viewDetailsButton(domain).click();
  }
}
