import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** The menus across the top of every signed-in page. */
export class TopNavigation {
  readonly services: Locator;
  readonly myServices: Locator;
  readonly billing: Locator;
  readonly billingControlPanel: Locator;
  readonly invoices: Locator;
  readonly logOut: Locator;
  /** The signed-in account's company name (personal data: guides mask it). No role fits a name in a bar, hence the test id. */
  readonly companyName: Locator;

  constructor(readonly page: Page) {
    const nav = byRole(page, 'navigation', 'Main');
    this.services = byRole(nav, 'button', 'Services', { within: 'the Main navigation' });
    this.myServices = byRole(nav, 'link', 'My Services', { within: 'the Main navigation' });
    this.billing = byRole(nav, 'button', 'Billing', { within: 'the Main navigation' });
    this.billingControlPanel = byRole(nav, 'link', 'Billing Control Panel', { within: 'the Main navigation' });
    this.invoices = byRole(nav, 'link', 'Invoices', { within: 'the Main navigation' });
    this.logOut = byRole(nav, 'button', 'Log Out', { within: 'the Main navigation' });
    this.companyName = nav.getByTestId('account-company');
  }

  /** Step 3: Services, then My Services. */
  async openMyServices(): Promise<void> {
    await this.services.click();
    await this.myServices.click();
  }

  async openBillingControlPanel(): Promise<void> {
    await this.billing.click();
    await this.billingControlPanel.click();
  }

  async openInvoices(): Promise<void> {
    await this.billing.click();
    await this.invoices.click();
  }
}
