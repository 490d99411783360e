import type { NextFunction, Request, Response } from 'express';
import { addBesUser, besLicenceRefusal, besLicencesOf, generateActivationPassword, removeBesUser } from '../bes-users';
import type { PortalContext } from '../context';
import { activationStatus } from '../domain/activation';
import { MAX_DISPLAY_NAME_LENGTH, type BesUserField } from '../domain/bes-user-form';
import { formatDateTime } from '../domain/calendar';
import { MAX_EMAIL_LENGTH } from '../domain/email-address';
import { notFound } from '../http-error';
import type { BesUser, Domain } from '../store';
import { unknownFields, unknownFieldsMessage } from '../web/form-fields';
import { loadedDomain } from './services';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      besUser?: BesUser;
    }
  }
}

const BES_USER_FIELDS: readonly BesUserField[] = ['displayName', 'email'];
const NOTHING_ADDED = 'Nothing has been added.';
/** Each field's maxlength: what the rules accept, so a browser never lets a person type more. */
const LIMITS = { displayName: MAX_DISPLAY_NAME_LENGTH, email: MAX_EMAIL_LENGTH };

function loadedBesUser(res: Response): BesUser {
  const { besUser } = res.locals;
  if (!besUser) throw new Error('route is missing loadBesUser');
  return besUser;
}

export function besUsersHandlers(context: PortalContext) {
  const { store } = context;
  const when = (instant: number) => formatDateTime(new Date(instant), context.timeZone);

  function renderAddForm(res: Response, domain: Domain, typed: Readonly<Record<string, unknown>> = {}, errors: Partial<Record<BesUserField, string>> = {}, formError?: string) {
    const noLicence = besLicenceRefusal(store, domain);
    const refused = formError ?? (Object.keys(errors).length > 0 ? `Check the fields marked below. ${NOTHING_ADDED}` : undefined);
    // A POST refused for want of a licence is a conflict with the domain's state, not a bad form.
    const status = refused ? 422 : noLicence && res.req.method === 'POST' ? 409 : 200;
    res.status(status).render('bes-users/new', {
      title: 'Add BES User',
      domain,
      noLicence,
      formError: refused,
      errors,
      limits: LIMITS,
      values: { displayName: typeof typed.displayName === 'string' ? typed.displayName : '', email: typeof typed.email === 'string' ? typed.email : '' },
    });
  }

  return {
    /** Finds the BES user on the loaded domain; one on any other domain or account is "not found". */
    loadBesUser(req: Request, res: Response, next: NextFunction) {
      const user = store.besUserOf(loadedDomain(res), String(req.params.besUserId));
      if (!user) return next(notFound());
      res.locals.besUser = user;
      next();
    },

    list(_req: Request, res: Response) {
      const domain = loadedDomain(res);
      const now = context.clock.now().getTime();
      const users = store.besUsersOf(domain).map((user) => {
        const status = activationStatus(user.activation, now);
        return { ...user, status, pending: status === 'Activation pending', expired: status === 'Activation expired', expiresAt: user.activation ? when(user.activation.expiresAt) : null };
      });
      const licences = besLicencesOf(store, domain);
      res.render('bes-users/list', {
        title: 'BES Users',
        domain,
        users,
        licences,
        available: Math.max(0, licences - users.length),
        noLicence: besLicenceRefusal(store, domain),
      });
    },

    addForm(_req: Request, res: Response) {
      renderAddForm(res, loadedDomain(res));
    },

    add(req: Request, res: Response) {
      const domain = loadedDomain(res);
      const body: Record<string, unknown> = req.body ?? {};
      const unknown = unknownFields(body, BES_USER_FIELDS);
      if (unknown.length > 0) return renderAddForm(res, domain, body, {}, unknownFieldsMessage(unknown, NOTHING_ADDED));
      const result = addBesUser(store, domain, body);
      if (!result.ok) return 'errors' in result ? renderAddForm(res, domain, body, result.errors) : renderAddForm(res, domain, body);
      context.log(`BES user ${result.user.id} added to ${domain.name}`);
      req.session.notice = `${result.user.displayName} was added. Select Generate Activation Password to activate their BlackBerry device.`;
      res.redirect(303, `/services/${domain.name}/bes-users`);
    },

    /**
     * Shows the new password in this one response and nowhere else: not
     * stored in clear, not logged, not cached, not put in the session for a
     * redirect. Reloading generates another, which replaces this one.
     */
    generateActivationPassword(_req: Request, res: Response) {
      const domain = loadedDomain(res);
      const user = loadedBesUser(res);
      const now = context.clock.now();
      const { password, expiresAt } = generateActivationPassword(user, now);
      context.log(`BES user ${user.id} on ${domain.name}: activation password generated, valid until ${new Date(expiresAt).toISOString()}`);
      res.set('Cache-Control', 'no-store');
      res.render('bes-users/activation-password', { title: 'Activation Password', domain, user, password, status: activationStatus(user.activation, now.getTime()), expiresAt: when(expiresAt) });
    },

    confirmRemove(_req: Request, res: Response) {
      res.render('bes-users/remove', { title: 'Remove BES User', domain: loadedDomain(res), user: loadedBesUser(res) });
    },

    remove(req: Request, res: Response) {
      const domain = loadedDomain(res);
      const user = loadedBesUser(res);
      removeBesUser(store, user);
      context.log(`BES user ${user.id} removed from ${domain.name}`);
      req.session.notice = `${user.displayName} was removed from ${domain.name}. Their BES licence is free for another user.`;
      res.redirect(303, `/services/${domain.name}/bes-users`);
    },
  };
}
