import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

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
  readonly contacts: Locator;
  /** The signed-in account's company name (personal data: guides mask it). No role fits a name in a bar, hence the test id. */
  readonly companyName: Locator;
  readonly logOut: Locator;
  /** the portal's name at the top left, a link to the account home page */
  readonly brand: Locator;

  constructor(readonly page: Page) {
    const banner = page.getByRole('banner');
    const nav = byRole(page, 'navigation', 'Main');
    const within = { within: 'the Main navigation' };
    this.menu = byRole(banner, 'button', 'Menu', { within: 'the top bar' });
    this.services = byRole(nav, 'button', 'Services', within);
    this.myServices = byRole(nav, 'link', 'My Services', within);
    this.billing = byRole(nav, 'button', 'Billing', within);
    this.billingControlPanel = byRole(nav, 'link', 'Billing Control Panel', within);
    this.invoices = byRole(nav, 'link', 'Invoices', within);
    this.contacts = byRole(nav, 'link', 'Contacts', within);
    this.companyName = nav.getByTestId('account-company');
    this.logOut = byRole(nav, 'button', 'Log Out', within);
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

  async openContacts(): Promise<void> {
    await this.openBillingMenu();
    await this.contacts.click();
  }

  async selectLogOut(): Promise<void> {
    await this.showMenus();
    await this.logOut.click();
  }
}
