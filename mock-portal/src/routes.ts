/** Every route of the portal, in one table, grouped by area. */
import { Router } from 'express';
import type { PortalContext } from './context';
import { authHandlers } from './handlers/auth';
import { billingHandlers } from './handlers/billing';
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

  return router;
}
