/** Every route of the portal, in one table, grouped by area. */
import { Router } from 'express';
import type { PortalContext } from './context';
import { authHandlers } from './handlers/auth';
import { besUsersHandlers } from './handlers/bes-users';
import { billingHandlers } from './handlers/billing';
import { contactsHandlers } from './handlers/contacts';
import { crmOrganizationsHandlers } from './handlers/crm-organizations';
import { ordersHandlers } from './handlers/orders';
import { servicesHandlers } from './handlers/services';
import { CardPayments } from './payments';
import { requireLogin, type PortalSessions } from './web/session';

export function routes(context: PortalContext, sessions: PortalSessions): Router {
  const auth = authHandlers(context, sessions);
  const services = servicesHandlers(context);
  // One payments desk per portal, so a double click on any form finds the charge already in flight.
  const payments = new CardPayments(context);
  const orders = ordersHandlers(context, payments);
  const billing = billingHandlers(context, payments);
  const contacts = contactsHandlers(context);
  const besUsers = besUsersHandlers(context);
  const crm = crmOrganizationsHandlers(context);
  const router = Router();

  // Signing in and out
  router.get('/', (_req, res) => res.redirect(303, res.locals.account ? '/home' : '/login'));
  router.get('/login', auth.showLogin);
  router.post('/login', auth.login);
  router.post('/logout', auth.logout);

  // Everything below belongs to a signed-in account.
  router.use(requireLogin(sessions));
  router.get('/home', billing.home);

  // Services › My Services, and one domain's services
  router.get('/services', services.myServices);
  router.get('/services/:domain', services.loadDomain, services.domainDetails);
  router.get('/services/:domain/upgrade', services.loadDomain, services.upgradeForm);
  router.post('/services/:domain/upgrade', services.loadDomain, services.submitUpgrade);

  // A domain's BES users (Management Actions › BES Users)
  router.get('/services/:domain/bes-users', services.loadDomain, besUsers.list);
  router.get('/services/:domain/bes-users/new', services.loadDomain, besUsers.addForm);
  router.post('/services/:domain/bes-users/new', services.loadDomain, besUsers.add);
  router.post('/services/:domain/bes-users/:besUserId/activation-password', services.loadDomain, besUsers.loadBesUser, besUsers.generateActivationPassword);
  router.get('/services/:domain/bes-users/:besUserId/remove', services.loadDomain, besUsers.loadBesUser, besUsers.confirmRemove);
  router.post('/services/:domain/bes-users/:besUserId/remove', services.loadDomain, besUsers.loadBesUser, besUsers.remove);

  // A domain's CRM organizations (Management Actions › CRM Organizations)
  router.get('/services/:domain/crm-organizations', services.loadDomain, crm.list);
  router.get('/services/:domain/crm-organizations/new', services.loadDomain, crm.createForm);
  router.post('/services/:domain/crm-organizations/new', services.loadDomain, crm.create);

  // An order, from summary to confirmation
  router.get('/orders/:orderId', orders.loadOrder, orders.summary);
  router.post('/orders/:orderId/payment-method', orders.loadOrder, orders.choosePayment);
  router.get('/orders/:orderId/checkout', orders.loadOrder, orders.checkout);
  router.post('/orders/:orderId/checkout', orders.loadOrder, orders.pay /* async: Express 5 sends a rejection to the error page */);
  router.get('/orders/:orderId/confirmation', orders.loadOrder, orders.confirmation);

  // Billing
  router.get('/billing', billing.controlPanel);
  router.get('/billing/invoices', billing.invoices);
  router.get('/billing/invoices/:number', billing.loadInvoice, billing.invoice);
  router.get('/billing/invoices/:number/pay', billing.loadInvoice, billing.payInvoiceForm);
  router.post('/billing/invoices/:number/pay', billing.loadInvoice, billing.payInvoice);

  // Billing › Contacts ("new" is listed before ":contactId", so it is never read as an id)
  router.get('/billing/contacts', contacts.list);
  router.get('/billing/contacts/new', contacts.addForm);
  router.post('/billing/contacts/new', contacts.add);
  router.get('/billing/contacts/:contactId', contacts.loadContact, contacts.editForm);
  router.post('/billing/contacts/:contactId', contacts.loadContact, contacts.save);
  router.get('/billing/contacts/:contactId/delete', contacts.loadContact, contacts.confirmDelete);
  router.post('/billing/contacts/:contactId/delete', contacts.loadContact, contacts.delete);

  return router;
}
