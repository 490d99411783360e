/** Page objects named after the portal's pages, in the guide's words. */
import type { Page } from '@playwright/test';
import { BillingControlPanelPage, InvoicesPage } from './billing-pages';
import { CheckoutPage } from './checkout-page';
import { ConfirmationPage } from './confirmation-page';
import { DomainDetailsPage } from './domain-details-page';
import { LoginPage } from './login-page';
import { MyServicesPage } from './my-services-page';
import { OrderSummaryPage } from './order-summary-page';
import { TopNavigation } from './top-navigation';
import { UpgradeDowngradePage } from './upgrade-downgrade-page';

export function portalPages(page: Page) {
  return {
    login: new LoginPage(page),
    nav: new TopNavigation(page),
    myServices: new MyServicesPage(page),
    domainDetails: new DomainDetailsPage(page),
    upgradeDowngrade: new UpgradeDowngradePage(page),
    orderSummary: new OrderSummaryPage(page),
    checkout: new CheckoutPage(page),
    confirmation: new ConfirmationPage(page),
    billingControlPanel: new BillingControlPanelPage(page),
    invoices: new InvoicesPage(page),
  };
}

export type PortalPages = ReturnType<typeof portalPages>;
export { BillingControlPanelPage, CheckoutPage, ConfirmationPage, DomainDetailsPage, InvoicesPage, LoginPage, MyServicesPage, OrderSummaryPage, TopNavigation, UpgradeDowngradePage };
