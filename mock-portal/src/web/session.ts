/**
 * Sessions and CSRF, in one place that knows the store and the secrets.
 *
 * - A session exists only for a signed-in customer (and, briefly, to carry a
 *   notice such as "your session expired"): an anonymous visitor leaves no
 *   state on the server, however many pages they open.
 * - Every form carries a CSRF token checked against a signed double-submit
 *   cookie (csrf-csrf). Once signed in, the token is bound to the session id,
 *   so a token from before login, or from another session, is refused.
 * - Thirty idle minutes on the portal's security clock sign a customer out;
 *   the store forgets a session some time after that (see IdleSessionStore).
 */
import { createHmac, randomBytes } from 'node:crypto';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Clock } from '../clock';
import type { PortalContext } from '../context';
import type { Account } from '../store';
import { IdleSessionStore } from './session-store';

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
      csrfToken?: string;
    }
  }
}

/** Thirty minutes without a request signs a customer out, as banking-grade portals do. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/**
 * A session past its idle timeout is kept this much longer, so the customer's
 * next request can still say "your session expired" and return them, after
 * logging in, to the page they were on. Then it is pruned.
 */
const EXPIRED_SESSION_KEPT_MS = 30 * 60 * 1000;
export const SESSION_COOKIE = 'portal.sid';
export const CSRF_COOKIE = 'portal.csrf';
/** The form field every form of the portal sends its token in (views/partials/csrf.hbs). */
const CSRF_FIELD = '_csrf';

export class PortalSessions {
  readonly store: IdleSessionStore;
  /** signs the session cookie */
  private readonly sessionSecret = randomBytes(32).toString('hex');
  /** signs the CSRF cookie: a different key for a different job */
  private readonly csrfSecret = randomBytes(32).toString('hex');
  private readonly csrf;

  constructor(private readonly securityClock: Clock) {
    this.store = new IdleSessionStore(securityClock, IDLE_TIMEOUT_MS + EXPIRED_SESSION_KEPT_MS);
    this.csrf = doubleCsrf({
      getSecret: () => this.csrfSecret,
      // Signed in: bound to the session, which gets a new id at login. Signed out (the login form): no session to bind to.
      getSessionIdentifier: (req) => (req.session?.accountId ? req.sessionID : ''),
      cookieName: CSRF_COOKIE,
      // Plain HTTP on loopback, so no Secure (nor the __Host- prefix, which needs it).
      cookieOptions: { sameSite: 'strict', secure: false, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (req) => (typeof req.body?.[CSRF_FIELD] === 'string' ? req.body[CSRF_FIELD] : undefined),
    });
  }

  /** Cookies, the session, then the CSRF check on every POST. In that order: the token is bound to the session. */
  middleware(): RequestHandler[] {
    return [
      cookieParser(),
      session({
        name: SESSION_COOKIE,
        secret: this.sessionSecret,
        store: this.store,
        resave: false, // don't write the session when nothing changed
        saveUninitialized: false, // no session, and no cookie, until there is something to remember
        cookie: { httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
      }),
      this.csrf.doubleCsrfProtection,
    ];
  }

  /** The token for this response's forms; sets its cookie. */
  csrfToken(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res);
  }

  /**
   * A signed-in session made without the login form, for tests and tools that
   * start signed in: the cookie to send is `${SESSION_COOKIE}=${value}`.
   */
  signIn(account: Pick<Account, 'id'>): { readonly name: string; readonly value: string } {
    const sid = randomBytes(24).toString('base64url');
    this.store.set(sid, {
      cookie: { originalMaxAge: null, httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
      accountId: account.id,
      lastSeenAt: this.securityClock.now().getTime(),
    } as session.SessionData);
    return { name: SESSION_COOKIE, value: encodeURIComponent(`s:${signCookieValue(sid, this.sessionSecret)}`) };
  }
}

/** express-session's signed cookie format (cookie-signature): `${value}.${base64 HMAC-SHA256, unpadded}`. */
function signCookieValue(value: string, secret: string): string {
  return `${value}.${createHmac('sha256', secret).update(value).digest('base64').replace(/=+$/, '')}`;
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

/**
 * Sends a signed-out visitor to the login page, remembering where they were
 * going: the page itself for a GET, and for a form the page it was sent from
 * (`formPage`), so logging in again returns the customer to that form.
 */
export function requireLogin(formPage: (path: string) => string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (res.locals.account) return next();
    // A notice taken for this request (e.g. "session expired") belongs on the login page it is sent to.
    if (res.locals.notice) req.session.notice = res.locals.notice;
    const target = req.method === 'GET' ? req.originalUrl : formPage(req.path);
    res.redirect(303, `/login?next=${encodeURIComponent(target)}`);
  };
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
