import type { NextFunction, Request, Response } from 'express';
import type { PortalContext } from '../context';
import { sumCents } from '../domain/money';
import { parseIsoDate, compareDates } from '../domain/calendar';
import { notFound } from '../http-error';
import { domainView } from '../views-model';
import { signedInAccount } from '../web/session';
import type { Invoice } from '../store';

export function billingHandlers(context: PortalContext) {
  const { store } = context;

  function invoiceView(invoice: Invoice) {
    const overdue = invoice.status === 'Unpaid' && compareDates(parseIsoDate(invoice.dueOn), context.today()) < 0;
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

    invoice(req: Request, res: Response, next: NextFunction) {
      const invoice = store.invoiceOf(signedInAccount(res).id, String(req.params.number));
      if (!invoice) return next(notFound());
      res.render('billing/invoice', { title: `Invoice ${invoice.number}`, invoice: invoiceView(invoice) });
    },
  };
}
