import type { Locator, Page } from '@playwright/test';

/** The menus across the top of every signed-in page. */
export class TopNavigation {
  readonly services: Locator;
  readonly myServices: Locator;
  readonly billing: Locator;
  readonly billingControlPanel: Locator;
  readonly invoices: Locator;
  readonly contacts: Locator;
  readonly logOut: Locator;

  constructor(readonly page: Page) {
    const nav = page.getByRole('navigation', { name: 'Main' });
    this.services = nav.getByRole('button', { name: 'Services', exact: true });
    this.myServices = nav.getByRole('link', { name: 'My Services', exact: true });
    this.billing = nav.getByRole('button', { name: 'Billing', exact: true });
    this.billingControlPanel = nav.getByRole('link', { name: 'Billing Control Panel', exact: true });
    this.invoices = nav.getByRole('link', { name: 'Invoices', exact: true });
    this.contacts = nav.getByRole('link', { name: 'Contacts', exact: true });
    this.logOut = nav.getByRole('button', { name: 'Log Out', exact: true });
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

  async openContacts(): Promise<void> {
    await this.billing.click();
    await this.contacts.click();
  }
}
