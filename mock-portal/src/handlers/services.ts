import type { NextFunction, Request, Response } from 'express';
import type { PortalContext } from '../context';
import { parseServiceTotal } from '../domain/service-total';
import { notFound } from '../http-error';
import { changeBlock, currentTotals, hostingPackageOf, monthlyTotalOf, placeOrder } from '../ordering';
import type { Domain } from '../store';
import { BES_SERVICE_ID, besTotalRefusal } from '../bes-users';
import { domainView, serviceRows } from '../views-model';
import { unknownFields, unknownFieldsMessage } from '../web/form-fields';
import { signedInAccount } from '../web/session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      domain?: Domain;
    }
  }
}

export function loadedDomain(res: Response): Domain {
  const { domain } = res.locals;
  if (!domain) throw new Error('route is missing loadDomain');
  return domain;
}

export function servicesHandlers(context: PortalContext) {
  const { store } = context;

  function renderUpgradeForm(res: Response, domain: Domain, typed?: Record<string, string>, errors: Record<string, string> = {}, formError?: string) {
    const block = changeBlock(store, domain, context.today());
    const current = currentTotals(store, domain);
    // A form sent while changes are blocked is refused, like a stale quote: 409, not a 200 that looks like success.
    const refused = block !== null && res.req.method === 'POST';
    res.status(formError || Object.keys(errors).length ? 422 : refused ? 409 : 200).render('services/upgrade', {
      title: 'Upgrade/Downgrade Options',
      domain: domainView(store, domain),
      block,
      formError,
      rows: store.catalogue.services.map((service) => ({
        id: service.id,
        name: service.name,
        unitPrice: service.unitPriceCents,
        current: current[service.id],
        value: typed?.[service.id] ?? String(current[service.id]),
        min: service.min,
        max: service.max,
        error: errors[service.id],
      })),
    });
  }

  return {
    /** Finds the domain among the signed-in account's own; anyone else's is "not found". */
    loadDomain(req: Request, res: Response, next: NextFunction) {
      const domain = store.domainOf(signedInAccount(res).id, String(req.params.domain));
      if (!domain) return next(notFound());
      res.locals.domain = domain;
      next();
    },

    myServices(_req: Request, res: Response) {
      const account = signedInAccount(res);
      res.render('services/list', { title: 'My Services', domains: store.domainsOf(account.id).map((domain) => domainView(store, domain)) });
    },

    domainDetails(_req: Request, res: Response) {
      const domain = loadedDomain(res);
      res.render('services/details', {
        title: domain.name,
        domain: domainView(store, domain),
        hostingPackage: hostingPackageOf(store, domain),
        services: serviceRows(store, domain),
        monthlyTotal: monthlyTotalOf(store, domain),
      });
    },

    upgradeForm(_req: Request, res: Response) {
      renderUpgradeForm(res, loadedDomain(res));
    },

    submitUpgrade(req: Request, res: Response) {
      const domain = loadedDomain(res);
      const account = signedInAccount(res);
      if (changeBlock(store, domain, context.today())) return renderUpgradeForm(res, domain);
      const body: Record<string, unknown> = req.body ?? {};
      // A field this form does not have is a tampered or outdated form: refuse it rather than guess.
      const unknown = unknownFields(body, store.catalogue.services.map((service) => `total.${service.id}`));
      if (unknown.length > 0) return renderUpgradeForm(res, domain, undefined, {}, unknownFieldsMessage(unknown, 'Nothing has been changed.'));
      const typed: Record<string, string> = {};
      const errors: Record<string, string> = {};
      const newTotals: Record<string, number> = {};
      for (const service of store.catalogue.services) {
        const raw = body[`total.${service.id}`];
        typed[service.id] = typeof raw === 'string' ? raw : '';
        const parsed = parseServiceTotal(raw, service);
        if (parsed.ok) newTotals[service.id] = parsed.total;
        else errors[service.id] = missingOrRepeated(raw, service) ?? parsed.message;
      }
      // Each BES user holds a licence: the total cannot drop below them, and the customer is told whom to remove.
      const besRefusal = newTotals[BES_SERVICE_ID] === undefined ? null : besTotalRefusal(store, domain, newTotals[BES_SERVICE_ID]);
      if (besRefusal) errors[BES_SERVICE_ID] = besRefusal;
      if (Object.keys(errors).length > 0) {
        return renderUpgradeForm(res, domain, typed, errors, 'Some totals need correcting. Nothing has been changed.');
      }
      const current = currentTotals(store, domain);
      if (store.catalogue.services.every((service) => newTotals[service.id] === current[service.id])) {
        return renderUpgradeForm(res, domain, typed, {}, 'You have not changed any totals. Enter the new total for each service you want to change.');
      }
      const order = placeOrder(store, account, domain, newTotals, context.today());
      res.redirect(303, `/orders/${order.id}`);
    },
  };
}

/** Clearer words than "enter one total" for a field the form left out or sent twice. */
function missingOrRepeated(raw: unknown, range: { min: number; max: number }): string | undefined {
  if (raw === undefined) return `This total was missing from the form. Enter a total from ${range.min} to ${range.max}.`;
  if (Array.isArray(raw)) return `This total was sent more than once. Enter one total from ${range.min} to ${range.max}.`;
  return undefined;
}
