/**
 * Cookie sessions: one in-memory session store per portal instance, an idle
 * timeout measured on the portal's clock (so tests can expire a session by
 * moving the clock), and the signed-in account on every request.
 */
import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { PortalContext } from '../context';
import type { Account } from '../store';

declare module 'express-session' {
  interface SessionData {
    accountId: string;
    /** ms since epoch on the portal's security clock */
    lastSeenAt: number;
    /** one-shot notice shown on the next page */
    notice: string;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      account?: Account;
      notice?: string;
    }
  }
}

/** Thirty minutes without a request signs a customer out, as banking-grade portals do. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const SESSION_COOKIE = 'portal.sid';

export function sessions(): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: randomBytes(32).toString('hex'),
    store: new session.MemoryStore(),
    resave: false, // don't write the session when nothing changed
    saveUninitialized: false, // no cookie until there is something to remember
    cookie: { httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
  });
}

/** Puts the signed-in account on res.locals, or ends an idle session. */
export function currentAccount(context: PortalContext): RequestHandler {
  return (req, res, next) => {
    const { accountId, lastSeenAt } = req.session;
    if (!accountId) return next();
    const now = context.securityClock.now().getTime();
    const account = context.store.accounts.get(accountId);
    if (!account || lastSeenAt === undefined || now - lastSeenAt > IDLE_TIMEOUT_MS) {
      return req.session.regenerate((error) => {
        if (error) return next(error);
        req.session.notice = 'Your session expired. Please log in again.';
        next();
      });
    }
    req.session.lastSeenAt = now;
    res.locals.account = account;
    next();
  };
}

/** Sends a signed-out visitor to the login page, remembering where they were going. */
export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.account) return next();
  // A notice taken for this request (e.g. "session expired") belongs on the login page it is sent to.
  if (res.locals.notice) req.session.notice = res.locals.notice;
  const target = req.method === 'GET' ? req.originalUrl : '/home';
  res.redirect(303, `/login?next=${encodeURIComponent(target)}`);
}

export function signedInAccount(res: Response): Account {
  const { account } = res.locals;
  if (!account) throw new Error('signedInAccount() used on a route without requireLogin');
  return account;
}

/** Only a path on this portal: never another host (an open redirect). */
export function safeNextPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/home';
}

export function takeNotice(req: Request): string | undefined {
  const { notice } = req.session;
  if (notice) delete req.session.notice;
  return notice;
}
