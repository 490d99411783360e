import type { Request, Response, NextFunction } from 'express';
import type { PortalContext } from '../context';
import { verifyPassword } from '../passwords';
import { safeNextPath, takeNotice } from '../web/session';

const WRONG_CREDENTIALS = 'The email address or password is not correct.';

export function authHandlers(context: PortalContext) {
  return {
    showLogin(req: Request, res: Response) {
      if (res.locals.account) return res.redirect(303, safeNextPath(req.query.next));
      res.render('auth/login', { title: 'Log In', next: safeNextPath(req.query.next), notice: takeNotice(req) });
    },

    login(req: Request, res: Response, next: NextFunction) {
      const email = typeof req.body?.email === 'string' ? req.body.email : '';
      const password = typeof req.body?.password === 'string' ? req.body.password : '';
      const target = safeNextPath(req.body?.next);
      const account = context.store.accountByEmail(email);
      if (!account || !verifyPassword(password, account.passwordHash)) {
        return res.status(401).render('auth/login', { title: 'Log In', next: target, email, error: WRONG_CREDENTIALS });
      }
      // A new session id at login, so an id planted before login is worthless after it.
      req.session.regenerate((error) => {
        if (error) return next(error);
        req.session.accountId = account.id;
        req.session.lastSeenAt = context.clock.now().getTime();
        res.redirect(303, target);
      });
    },

    logout(req: Request, res: Response, next: NextFunction) {
      req.session.destroy((error) => {
        if (error) return next(error);
        res.clearCookie('portal.sid', { path: '/' });
        res.redirect(303, '/login?loggedOut=1');
      });
    },
  };
}
