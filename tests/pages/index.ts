/** Page objects named after the portal's pages, in the guide's words. */
import type { Page } from '@playwright/test';
import { ActivationPasswordPage, AddBesUserPage, BesUsersPage, RemoveBesUserPage } from './bes-users-pages';
import { BillingControlPanelPage, InvoicesPage } from './billing-pages';
import { CheckoutPage } from './checkout-page';
import { ConfirmationPage } from './confirmation-page';
import { ContactFormPage, ContactsPage, DeleteContactPage } from './contacts-pages';
import { CreateOrganizationPage, CrmOrganizationsPage } from './crm-organizations-pages';
import { DomainDetailsPage } from './domain-details-page';
import { HomePage } from './home-page';
import { LOG_IN_URL, LoginPage } from './login-page';
import { MyServicesPage } from './my-services-page';
import { OrderSummaryPage } from './order-summary-page';
import { TopNavigation } from './top-navigation';
import { UpgradeDowngradePage } from './upgrade-downgrade-page';

export function portalPages(page: Page) {
  return {
    login: new LoginPage(page),
    nav: new TopNavigation(page),
    home: new HomePage(page),
    myServices: new MyServicesPage(page),
    domainDetails: new DomainDetailsPage(page),
    upgradeDowngrade: new UpgradeDowngradePage(page),
    orderSummary: new OrderSummaryPage(page),
    checkout: new CheckoutPage(page),
    confirmation: new ConfirmationPage(page),
    billingControlPanel: new BillingControlPanelPage(page),
    invoices: new InvoicesPage(page),
    contacts: new ContactsPage(page),
    contactForm: new ContactFormPage(page),
    deleteContact: new DeleteContactPage(page),
    besUsers: new BesUsersPage(page),
    addBesUser: new AddBesUserPage(page),
    activationPassword: new ActivationPasswordPage(page),
    removeBesUser: new RemoveBesUserPage(page),
    crmOrganizations: new CrmOrganizationsPage(page),
    createOrganization: new CreateOrganizationPage(page),
  };
}

export type PortalPages = ReturnType<typeof portalPages>;
export { LOG_IN_URL, BillingControlPanelPage, CheckoutPage, ConfirmationPage, DomainDetailsPage, HomePage, InvoicesPage, LoginPage, MyServicesPage, OrderSummaryPage, TopNavigation, UpgradeDowngradePage };
export { ActivationPasswordPage, AddBesUserPage, BesUsersPage, ContactFormPage, ContactsPage, CreateOrganizationPage, CrmOrganizationsPage, DeleteContactPage, RemoveBesUserPage };
