import type { NextFunction, Request, Response } from 'express';
import type { PortalContext } from '../context';
import { checkNewCard, type CardField } from '../domain/card';
import { notFound } from '../http-error';
import {
  chooseBankTransfer,
  completeWithoutCard,
  STALE_QUOTE_MESSAGE,
  staleQuote,
} from '../ordering';
import { CardPayments } from '../payments';
import type { Order } from '../store';
import { orderLines } from '../views-model';
import { signedInAccount } from '../web/session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      order?: Order;
    }
  }
}

function loadedOrder(res: Response): Order {
  const { order } = res.locals;
  if (!order) throw new Error('route is missing loadOrder');
  return order;
}


export function ordersHandlers(context: PortalContext) {
  const { store } = context;
  const payments = new CardPayments(context);

  function renderSummary(res: Response, order: Order, error?: string) {
    res.status(error ? 422 : 200).render('orders/summary', {
      title: 'Order Summary',
      order,
      lines: orderLines(store, order),
      nothingToPay: order.quote.totalDue === 0,
      error,
    });
  }

  function renderCheckout(res: Response, order: Order, options: { error?: string; errors?: Partial<Record<CardField, string>>; typed?: Record<string, string>; useNewCard?: boolean } = {}) {
    const account = signedInAccount(res);
    const hasStoredCard = !!account.storedCard;
    res.status(options.error || options.errors ? 422 : 200).render('orders/checkout', {
      title: 'Checkout',
      order,
      contact: account.contact,
      storedCard: account.storedCard,
      useNewCard: options.useNewCard ?? !hasStoredCard,
      typed: { name: options.typed?.name ?? '', expiry: options.typed?.expiry ?? '' },
      save: options.typed?.save === 'on',
      errors: options.errors ?? {},
      error: options.error ?? order.lastPaymentError,
    });
  }

  /** Checkout and payment accept only a fresh, unpaid quote; anything else goes back to where it belongs. */
  function redirectIfNotPayable(res: Response, order: Order): boolean {
    if (order.status === 'completed' || order.status === 'awaiting-payment') {
      res.redirect(303, `/orders/${order.id}/confirmation`);
      return true;
    }
    if (staleQuote(store, order, context.today())) {
      res.status(409).render('orders/stale', { title: 'Review your order again', message: STALE_QUOTE_MESSAGE, order });
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

    summary(_req: Request, res: Response) {
      const order = loadedOrder(res);
      if (order.status !== 'quoted') return res.redirect(303, `/orders/${order.id}/confirmation`);
      renderSummary(res, order);
    },

    choosePayment(req: Request, res: Response) {
      const order = loadedOrder(res);
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
          chooseBankTransfer(store, order, today);
          return res.redirect(303, `/orders/${order.id}/confirmation`);
        default:
          return renderSummary(res, order, 'Choose how you would like to pay: Credit Card or Bank Transfer.');
      }
    },

    checkout(_req: Request, res: Response) {
      const order = loadedOrder(res);
      if (redirectIfNotPayable(res, order)) return;
      if (order.quote.totalDue === 0) return res.redirect(303, `/orders/${order.id}`);
      renderCheckout(res, order);
    },

    async pay(req: Request, res: Response) {
      const order = loadedOrder(res);
      const account = signedInAccount(res);
      // A double click or a second tab on an order already being charged waits for that charge.
      if (order.status === 'charging') {
        await payments.settled(order);
        return res.redirect(303, `/orders/${order.id}/confirmation`);
      }
      if (redirectIfNotPayable(res, order)) return;
      const body: Record<string, unknown> = req.body ?? {};
      const text = (field: string) => (typeof body[field] === 'string' ? (body[field] as string) : '');
      const typed = { name: text('name'), expiry: text('expiry'), save: text('save') };
      const useNewCard = text('card') === 'new' || !account.storedCard;
      let result;
      if (useNewCard) {
        const check = checkNewCard({ number: text('number'), name: text('name'), expiry: text('expiry'), cvc: text('cvc') }, context.today());
        if (!check.ok) {
          return renderCheckout(res, order, { errors: check.errors, typed, useNewCard, error: 'Check the card details below. You have not been charged.' });
        }
        result = await payments.pay(order, account, { kind: 'new-card', ...check.card, save: typed.save === 'on' });
      } else {
        if (text('card') !== 'stored' && text('card') !== '') {
          return renderCheckout(res, order, { error: 'Choose a card to pay with.' });
        }
        result = await payments.pay(order, account, { kind: 'stored-card', token: account.storedCard!.token });
      }
      if (!result.ok) return renderCheckout(res, order, { error: result.message, typed, useNewCard });
      res.redirect(303, `/orders/${order.id}/confirmation`);
    },

    confirmation(_req: Request, res: Response) {
      const order = loadedOrder(res);
      if (order.status === 'quoted' || order.status === 'charging') return res.redirect(303, `/orders/${order.id}`);
      const invoice = order.invoiceNumber ? store.invoices.get(order.invoiceNumber) : undefined;
      res.render('orders/confirmation', {
        title: order.status === 'completed' ? 'Order Complete' : 'Order Received',
        order,
        invoice,
        lines: orderLines(store, order),
        completed: order.status === 'completed',
        paidByCard: order.paymentMethod === 'credit-card',
      });
    },
  };
}

