import type { NextFunction, Request, Response } from 'express';
import type { PortalContext } from '../context';
import { sumCents } from '../domain/money';
import { notFound } from '../http-error';
import { isOverdue } from '../ordering';
import { domainView, invoiceTable } from '../views-model';
import { signedInAccount } from '../web/session';
import type { CardPayments } from '../payments';
import type { Invoice } from '../store';
import { readCardChoice, rememberFailedAttempt, renderCardForm, takeFailedAttempt, type CardFormState } from '../web/card-form';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      invoice?: Invoice;
    }
  }
}

function loadedInvoice(res: Response): Invoice {
  const { invoice } = res.locals;
  if (!invoice) throw new Error('route is missing loadInvoice');
  return invoice;
}

export function billingHandlers(context: PortalContext, payments: CardPayments) {
  const { store } = context;

  function renderPayInvoice(res: Response, invoice: Invoice, state?: Partial<CardFormState>) {
    renderCardForm(res, 'billing/pay-invoice', signedInAccount(res), invoice, { title: `Pay Invoice ${invoice.number}`, invoice, recipients: { label: 'Invoice sent to', list: invoice.sentTo } }, state);
  }

  function invoiceView(invoice: Invoice) {
    const overdue = isOverdue(invoice, context.today());
    return { ...invoice, overdue, statusText: overdue ? 'Overdue' : invoice.status };
  }

  return {
    home(_req: Request, res: Response) {
      const account = signedInAccount(res);
      const domains = store.domainsOf(account.id).map((domain) => domainView(store, domain));
      const unpaid = store.invoicesOf(account.id).filter((invoice) => invoice.status === 'Unpaid').map(invoiceView);
      res.render('home', { title: 'Account Home', contact: account.contact, domainCount: domains.length, unpaid, credit: account.creditCents });
    },

    controlPanel(_req: Request, res: Response) {
      const account = signedInAccount(res);
      const domains = store.domainsOf(account.id).map((domain) => domainView(store, domain));
      res.render('billing/control-panel', {
        title: 'Billing Control Panel',
        domains,
        accountMonthlyTotal: sumCents(domains.map((domain) => domain.monthlyTotal)),
        credit: account.creditCents,
        storedCard: account.storedCard,
      });
    },

    invoices(_req: Request, res: Response) {
      const invoices = store.invoicesOf(signedInAccount(res).id).map(invoiceView).reverse();
      res.render('billing/invoices', { title: 'Invoices', invoices });
    },

    /** Finds the invoice among the signed-in account's own; anyone else's is "not found". */
    loadInvoice(req: Request, res: Response, next: NextFunction) {
      const invoice = store.invoiceOf(signedInAccount(res).id, String(req.params.number));
      if (!invoice) return next(notFound());
      res.locals.invoice = invoice;
      next();
    },

    invoice(_req: Request, res: Response) {
      const invoice = loadedInvoice(res);
      res.render('billing/invoice', { title: `Invoice ${invoice.number}`, invoice: invoiceView(invoice), table: invoiceTable(invoice), payable: invoice.status === 'Unpaid' });
    },

    payInvoiceForm(req: Request, res: Response) {
      const invoice = loadedInvoice(res);
      const lastAttempt = takeFailedAttempt(req, `invoice-${invoice.number}`);
      if (invoice.status !== 'Unpaid') return res.redirect(303, `/billing/invoices/${invoice.number}`);
      renderPayInvoice(res, invoice, lastAttempt);
    },

    async payInvoice(req: Request, res: Response) {
      const invoice = loadedInvoice(res);
      const account = signedInAccount(res);
      if (invoice.status !== 'Unpaid') return res.redirect(303, `/billing/invoices/${invoice.number}`);
      const choice = readCardChoice(req.body ?? {}, account, context.today());
      if (!choice.ok) return renderPayInvoice(res, invoice, choice.state);
      const result = await payments.payInvoice(invoice, account, choice.source);
      if (!result.ok) {
        rememberFailedAttempt(req, `invoice-${invoice.number}`, { ...choice.state, error: result.message });
        return res.redirect(303, `/billing/invoices/${invoice.number}/pay`);
      }
      req.session.notice = `Thank you: invoice ${invoice.number} is paid.`;
      res.redirect(303, `/billing/invoices/${invoice.number}`);
    },
  };
}
