import type { Locator, Page } from '@playwright/test';

/**
 * The menus across the top of every signed-in page. On a phone they fold
 * behind one Menu button; the `open…` actions press it first when it is
 * there, so the same steps work at every screen size.
 */
export class TopNavigation {
  /** the phone layout's Menu button (hidden on wider screens, where the menus sit in the top bar) */
  readonly menu: Locator;
  readonly services: Locator;
  readonly myServices: Locator;
  readonly billing: Locator;
  readonly billingControlPanel: Locator;
  readonly invoices: Locator;
  readonly company: Locator;
  readonly logOut: Locator;
  /** the portal's name at the top left, a link to the account home page */
  readonly brand: Locator;

  constructor(readonly page: Page) {
    const banner = page.getByRole('banner');
    const nav = page.getByRole('navigation', { name: 'Main' });
    this.menu = banner.getByRole('button', { name: 'Menu', exact: true });
    this.services = nav.getByRole('button', { name: 'Services', exact: true });
    this.myServices = nav.getByRole('link', { name: 'My Services', exact: true });
    this.billing = nav.getByRole('button', { name: 'Billing', exact: true });
    this.billingControlPanel = nav.getByRole('link', { name: 'Billing Control Panel', exact: true });
    this.invoices = nav.getByRole('link', { name: 'Invoices', exact: true });
    this.company = nav.getByTestId('company');
    this.logOut = nav.getByRole('button', { name: 'Log Out', exact: true });
    this.brand = banner.getByRole('link', { name: /^ITSolutionsNow/ });
  }

  /** On a phone, opens the Menu; on a wider screen the top bar already shows everything. */
  async showMenus(): Promise<void> {
    if ((await this.menu.isVisible()) && (await this.menu.getAttribute('aria-expanded')) !== 'true') await this.menu.click();
  }

  /** Services, opened (at any screen size). */
  async openServicesMenu(): Promise<void> {
    await this.showMenus();
    if ((await this.services.getAttribute('aria-expanded')) !== 'true') await this.services.click();
  }

  /** Billing, opened (at any screen size). */
  async openBillingMenu(): Promise<void> {
    await this.showMenus();
    if ((await this.billing.getAttribute('aria-expanded')) !== 'true') await this.billing.click();
  }

  /** Step 3: Services, then My Services. */
  async openMyServices(): Promise<void> {
    await this.openServicesMenu();
    await this.myServices.click();
  }

  async openBillingControlPanel(): Promise<void> {
    await this.openBillingMenu();
    await this.billingControlPanel.click();
  }

  async openInvoices(): Promise<void> {
    await this.openBillingMenu();
    await this.invoices.click();
  }

  async selectLogOut(): Promise<void> {
    await this.showMenus();
    await this.logOut.click();
  }
}
