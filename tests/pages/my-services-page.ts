import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Step 4: Services › My Services, the account's domains. */
export class MyServicesPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'My Services', { level: 1 });
  }

  domainRow(domain: string): Locator {
    return this.page.getByRole('row').filter({ has: byRole(this.page, 'rowheader', domain) });
  }

  viewDetailsButton(domain: string): Locator {
    return byRole(this.domainRow(domain), 'link', 'View Details', { within: `the row of ${domain}` });
  }

  async viewDetails(domain: string): Promise<void> {
    await this.viewDetailsButton(domain).click();
  }
}
