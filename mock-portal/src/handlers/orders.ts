import type { NextFunction, Request, Response } from 'express';
import type { PortalContext } from '../context';
import { invoiceRecipients } from '../contacts';
import { notFound } from '../http-error';
import { chooseBankTransfer, completeWithoutCard } from '../ordering';
import type { CardPayments } from '../payments';
import { staleQuote } from '../stale-quote';
import type { Order } from '../store';
import { orderLines } from '../views-model';
import { readCardChoice, rememberFailedAttempt, renderCardForm, takeFailedAttempt, type CardFormState } from '../web/card-form';
import { signedInAccount } from '../web/session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      order?: Order;
    }
  }
}

export const MAY_HAVE_CHARGED =
  'Your card payment for this order got no answer from the payment service, so it may have gone through. Pay by Credit Card again to finish: you will not be charged twice.';

/** A function, not an inline test, so TypeScript does not assume the status is unchanged across an await. */
function isCharging(order: Order): boolean {
  return order.status === 'charging';
}

function loadedOrder(res: Response): Order {
  const { order } = res.locals;
  if (!order) throw new Error('route is missing loadOrder');
  return order;
}


export function ordersHandlers(context: PortalContext, payments: CardPayments) {
  const { store } = context;

  function renderSummary(res: Response, order: Order, error?: string) {
    res.status(error ? 422 : 200).render('orders/summary', {
      title: 'Order Summary',
      order,
      lines: orderLines(store, order),
      nothingToPay: order.quote.totalDue === 0,
      error,
    });
  }

  function renderCheckout(res: Response, order: Order, state?: Partial<CardFormState>) {
    const account = signedInAccount(res);
    const recipients = { label: 'Invoice will be sent to', list: invoiceRecipients(store, account.id) };
    renderCardForm(res, 'orders/checkout', account, order, { title: 'Checkout', order, recipients }, state);
  }

  /** The summary, checkout and payment accept only a fresh, unpaid quote; anything else goes back to where it belongs. */
  function redirectIfNotPayable(res: Response, order: Order): boolean {
    if (order.status === 'completed' || order.status === 'awaiting-payment') {
      res.redirect(303, `/orders/${order.id}/confirmation`);
      return true;
    }
    // A card attempt with no answer may have charged: it must be settled by replaying its key, stale or not.
    const stale = order.outcomeUnknown ? undefined : staleQuote(store, order, context.today());
    if (stale) {
      res.status(409).render('orders/stale', { title: 'Review your order again', order, reasons: stale.reasons, waiting: stale.waiting });
      return true;
    }
    return false;
  }

  return {
    /** Finds the order among the signed-in account's own; anyone else's is "not found". */
    loadOrder(req: Request, res: Response, next: NextFunction) {
      const order = store.orderOf(signedInAccount(res).id, String(req.params.orderId));
      if (!order) return next(notFound());
      res.locals.order = order;
      next();
    },

    async summary(_req: Request, res: Response) {
      const order = loadedOrder(res);
      await payments.settled(`order-${order.id}`);
      // A quote from yesterday (or overtaken by another order) says so as soon as it is opened, not after a click.
      if (redirectIfNotPayable(res, order)) return;
      if (order.status !== 'quoted') return res.redirect(303, `/orders/${order.id}/confirmation`);
      renderSummary(res, order);
    },

    async choosePayment(req: Request, res: Response) {
      const order = loadedOrder(res);
      // Not while a card charge is deciding this order or its domain: bank transfer and card would both be applied.
      await payments.settled(`order-${order.id}`);
      await payments.domainIdle(order);
      if (redirectIfNotPayable(res, order)) return;
      const today = context.today();
      if (order.quote.totalDue === 0) {
        completeWithoutCard(store, order, today);
        return res.redirect(303, `/orders/${order.id}/confirmation`);
      }
      switch (req.body?.paymentMethod) {
        case 'credit-card':
          return res.redirect(303, `/orders/${order.id}/checkout`);
        case 'bank-transfer':
          // Switching away from a card attempt that may have charged would leave that charge unpaired: pay twice.
          if (order.outcomeUnknown) return renderSummary(res, order, MAY_HAVE_CHARGED);
          chooseBankTransfer(store, order, today);
          return res.redirect(303, `/orders/${order.id}/confirmation`);
        default:
          return renderSummary(res, order, 'Choose how you would like to pay: Credit Card or Bank Transfer.');
      }
    },

    checkout(req: Request, res: Response) {
      const order = loadedOrder(res);
      const lastAttempt = takeFailedAttempt(req, `order-${order.id}`);
      if (redirectIfNotPayable(res, order)) return;
      if (order.quote.totalDue === 0) return res.redirect(303, `/orders/${order.id}`);
      renderCheckout(res, order, lastAttempt);
    },

    async pay(req: Request, res: Response) {
      const order = loadedOrder(res);
      const account = signedInAccount(res);
      // A double click or a second tab on an order already being charged waits for that charge.
      if (order.status === 'charging') {
        await payments.settled(`order-${order.id}`);
        return res.redirect(303, `/orders/${order.id}/confirmation`);
      }
      // Another tab's order on this domain is being charged: wait, so its result can make this quote stale.
      // From here to payOrder() nothing awaits, so no other request can start a charge in between.
      await payments.domainIdle(order);
      if (isCharging(order) /* a double click may have started it while we waited */) {
        await payments.settled(`order-${order.id}`);
        return res.redirect(303, `/orders/${order.id}/confirmation`);
      }
      if (redirectIfNotPayable(res, order)) return;
      const choice = readCardChoice(req.body ?? {}, account, context.today());
      if (!choice.ok) return renderCheckout(res, order, choice.state);
      const result = await payments.payOrder(order, account, choice.source);
      if (!result.ok) {
        rememberFailedAttempt(req, `order-${order.id}`, { ...choice.state, error: result.message });
        return res.redirect(303, `/orders/${order.id}/checkout`);
      }
      res.redirect(303, `/orders/${order.id}/confirmation`);
    },

    async confirmation(_req: Request, res: Response) {
      const order = loadedOrder(res);
      // Wait for a charge in flight, so "charging" never bounces between summary and confirmation.
      await payments.settled(`order-${order.id}`);
      if (order.status === 'quoted' || order.status === 'charging') return res.redirect(303, `/orders/${order.id}`);
      const invoice = order.invoiceNumber ? store.invoices.get(order.invoiceNumber) : undefined;
      res.render('orders/confirmation', {
        title: order.status === 'completed' ? 'Order Complete' : 'Order Received',
        order,
        invoice,
        lines: orderLines(store, order),
        completed: order.status === 'completed',
        // Pay Now settles a bank-transfer order's invoice by card: the invoice knows how it was paid.
        chargedToCard: invoice?.paymentMethod === 'credit-card' || order.quote.totalDue === 0,
      });
    },
  };
}

