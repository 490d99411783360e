/**
 * Cookie sessions: one in-memory session store per portal instance, an idle
 * timeout measured on the portal's clock (so tests can expire a session by
 * moving the clock), and the signed-in account on every request. Tests that
 * are not about logging in start a signed-in session here directly
 * (createSignedInSession), skipping the form's slow password check.
 */
import { randomBytes } from 'node:crypto';
import { sign } from 'cookie-signature';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session, { type SessionData } from 'express-session';
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

const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', secure: false, path: '/' } as const;
/** express-session's cookie record, built from the options as express-session builds it (its typings omit the argument). */
const CookieRecord = session.Cookie as unknown as new (options: typeof COOKIE_OPTIONS) => session.Cookie;

/** The session cookie as a browser holds it: its name and its signed value, as sent in a Cookie header. */
export interface SessionCookie {
  readonly name: string;
  readonly value: string;
}

export interface PortalSessions {
  /** express-session on this portal's own store */
  readonly middleware: RequestHandler;
  /**
   * What a successful Log In leaves behind, without the form and its deliberately
   * slow password check: a signed-in session for `accountId` written into this
   * portal's store, and the cookie that names it. For tests whose subject is not
   * logging in; no route reaches it. It knows only express-session's contract
   * (`store.set` and the "s:"-signed cookie), so any store keeps it working.
   */
  createSignedInSession(accountId: string): Promise<SessionCookie>;
}

export function sessions(context: PortalContext): PortalSessions {
  const secret = randomBytes(32).toString('hex');
  const store = new session.MemoryStore();
  return {
    middleware: session({
      name: SESSION_COOKIE,
      secret,
      store,
      resave: false, // don't write the session when nothing changed
      saveUninitialized: false, // no cookie until there is something to remember
      cookie: COOKIE_OPTIONS,
    }),

    async createSignedInSession(accountId) {
      if (!context.store.accounts.has(accountId)) throw new Error(`createSignedInSession: this portal has no account "${accountId}"`);
      // The same id express-session makes (uid-safe, 24 random bytes).
      const id = randomBytes(24).toString('base64url');
      const data = { cookie: new CookieRecord(COOKIE_OPTIONS), ...signedInFields(accountId, context) };
      // Like req.session, a stored session holds only the fields that were set (no notice yet).
      await new Promise<void>((resolve, reject) => store.set(id, data as SessionData, (error: unknown) => (error ? reject(error) : resolve())));
      // express-session signs "s:<id>" with the secret and URI-encodes it in Set-Cookie.
      return { name: SESSION_COOKIE, value: encodeURIComponent(`s:${sign(id, secret)}`) };
    },
  };
}

/** What a signed-in session holds, from Log In or from createSignedInSession alike. */
export function signedInFields(accountId: string, context: PortalContext): Pick<SessionData, 'accountId' | 'lastSeenAt'> {
  return { accountId, lastSeenAt: context.securityClock.now().getTime() };
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
