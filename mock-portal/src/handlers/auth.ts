import type { Request, Response } from 'express';
import type { PortalContext } from '../context';
import { decoyHash, verifyPassword } from '../passwords';
import { LoginThrottle, lockedMessage, type ThrottleDecision } from '../web/login-throttle';
import { safeNextPath, signedInFields, type PortalSessions } from '../web/session';

const WRONG_CREDENTIALS = 'The email address or password is not correct.';
const LOGGED_OUT = 'You have logged out.';

export function authHandlers(context: PortalContext, sessions: PortalSessions) {
  const throttle = new LoginThrottle();

  function refuseLocked(res: Response, decision: Extract<ThrottleDecision, { allowed: false }>, now: number, email: string, target: string) {
    res.set('Retry-After', String(Math.max(1, Math.ceil((decision.lockedUntil - now) / 1000))));
    res.status(429).render('auth/login', { title: 'Log In', next: target, email, error: lockedMessage(decision.lockedUntil, now, context.timeZone) });
  }

  return {
    showLogin(req: Request, res: Response) {
      if (res.locals.account) return res.redirect(303, safeNextPath(req.query.next));
      // The notice (e.g. "session expired") is already on res.locals for the layout; passing it again here would blank it.
      // Log Out cannot leave a notice in the session it destroys, so it says so in the address it redirects to.
      if (req.query.loggedOut === '1' && !res.locals.notice) res.locals.notice = LOGGED_OUT;
      res.render('auth/login', { title: 'Log In', next: safeNextPath(req.query.next) });
    },

    async login(req: Request, res: Response) {
      const email = typeof req.body?.email === 'string' ? req.body.email : '';
      const password = typeof req.body?.password === 'string' ? req.body.password : '';
      const target = safeNextPath(req.body?.next);
      const now = context.securityClock.now().getTime();
      const address = req.ip ?? 'unknown';
      // Checked before the password, so a locked account cannot be probed for the right one.
      const gate = throttle.check(email, address, now);
      if (!gate.allowed) return refuseLocked(res, gate, now, email, target);
      throttle.begin(email, now);
      const account = context.store.accountByEmail(email);
      const verified = await verifyPassword(password, account?.passwordHash ?? decoyHash());
      if (!account || !verified) {
        const after = throttle.fail(email, address, now);
        if (!after.allowed) return refuseLocked(res, after, now, email, target);
        return res.status(401).render('auth/login', { title: 'Log In', next: target, email, error: WRONG_CREDENTIALS });
      }
      throttle.succeed(email);
      // A new session under a new id at login, so an id planted before login is worthless after it.
      sessions.start(req, res, signedInFields(account.id, context));
      res.redirect(303, target);
    },

    logout(req: Request, res: Response) {
      sessions.end(req, res);
      res.redirect(303, '/login?loggedOut=1');
    },
  };
}
