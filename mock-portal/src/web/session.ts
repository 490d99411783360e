/**
 * Sessions and CSRF, in one place that knows the store and the secret.
 *
 * - A session exists only for a signed-in customer (and, briefly, to carry a
 *   notice such as "your session expired" to the login page): an anonymous
 *   visitor leaves no state on the server, however many pages they open.
 * - The session cookie holds only an unguessable id (256 random bits),
 *   HttpOnly and SameSite=Lax. Logging in always starts a new session under a
 *   new id, so an id planted before login is worthless after it; Log Out
 *   forgets the session on the server.
 * - Every form carries a CSRF token checked against a signed double-submit
 *   cookie (csrf-csrf). Once signed in, the token is bound to the session id,
 *   so a token from before login, or from another session, is refused.
 * - Thirty idle minutes on the portal's security clock sign a customer out;
 *   the store forgets a session half an hour after that.
 * - Tests that are not about logging in start a signed-in session here
 *   directly (createSignedInSession), skipping the form's slow password check.
 */
import { randomBytes } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import { doubleCsrf } from 'csrf-csrf';
import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';
import type { PortalContext } from '../context';
import type { Account } from '../store';
import { formPageOf } from './error-page';
import { IdleSessionStore } from './session-store';

/** What a session remembers. Other modules add fields (see card-form.ts). */
export interface SessionData {
  accountId?: string;
  /** ms since epoch on the portal's security clock */
  lastSeenAt?: number;
  /** one-shot notice shown on the next page */
  notice?: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** the visitor's session: changes to it last; without one, an empty object that cannot be changed */
      session: SessionData;
      /** the session's id, when there is a session */
      sessionID: string | undefined;
      /** the request's cookies (csrf-csrf reads its own here) */
      cookies: Record<string, string | undefined>;
    }
    interface Locals {
      account?: Account;
      notice?: string;
      /** the CSRF token for this response's forms, made on first use */
      csrfToken?: () => string;
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
/** Plain HTTP on loopback, so no Secure (nor the __Host- prefix, which needs it). */
const SESSION_COOKIE_OPTIONS: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: false, path: '/' };
/** A visitor without a session: frozen, so code that means to remember something must start a session first. */
const NO_SESSION: SessionData = Object.freeze({});

/** The session cookie as a browser holds it: its name and value, as sent in a Cookie header. */
export interface SessionCookie {
  readonly name: string;
  readonly value: string;
}

export class PortalSessions {
  readonly store: IdleSessionStore<SessionData>;
  /** signs the CSRF cookie */
  private readonly csrfSecret = randomBytes(32).toString('hex');
  private readonly csrf;

  constructor(private readonly context: PortalContext) {
    this.store = new IdleSessionStore(context.securityClock, IDLE_TIMEOUT_MS + EXPIRED_SESSION_KEPT_MS);
    this.csrf = doubleCsrf({
      getSecret: () => this.csrfSecret,
      // Signed in: bound to the session, which gets a new id at login. Signed out (the login form): no session to bind to.
      getSessionIdentifier: (req) => (req.session.accountId && req.sessionID ? req.sessionID : ''),
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'strict', secure: false, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (req) => (typeof req.body?.[CSRF_FIELD] === 'string' ? req.body[CSRF_FIELD] : undefined),
    });
  }

  /** Reads the cookies and finds the visitor's session. Safe to run again (the error page does, after an early failure). */
  load(): RequestHandler {
    return (req, _res, next) => {
      req.cookies = req.headers.cookie ? parseCookies(req.headers.cookie) : {};
      const id = req.cookies[SESSION_COOKIE];
      const session = id === undefined ? undefined : this.store.use(id);
      req.session = session ?? NO_SESSION;
      req.sessionID = session ? id : undefined;
      next();
    };
  }

  /**
   * Refuses a POST without the right CSRF token (a 403 whose error has code
   * EBADCSRFTOKEN). After load(), and before the signed-in account is looked
   * up: the token is bound to the session the form was made for, even if it
   * has since gone idle, so an expired session's form goes to log in, not to a 403.
   */
  checkCsrf(): RequestHandler {
    return this.csrf.doubleCsrfProtection;
  }

  /**
   * Starts a new session for this browser, holding `data`, under a new id;
   * the session it had, if any, is forgotten. At login (so an id known before
   * it is worthless), and to carry a notice to the login page.
   */
  start(req: Request, res: Response, data: SessionData): SessionData {
    this.end(req, res);
    const session = { ...data };
    req.sessionID = this.store.create(session);
    req.session = session;
    res.cookie(SESSION_COOKIE, req.sessionID, SESSION_COOKIE_OPTIONS);
    return session;
  }

  /** Forgets this browser's session on the server (Log Out). */
  end(req: Request, res: Response): void {
    if (req.sessionID === undefined) return;
    this.store.delete(req.sessionID);
    req.session = NO_SESSION;
    req.sessionID = undefined;
    res.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
  }

  /** The token for this response's forms; sets its cookie when the browser does not already hold it. */
  csrfToken(req: Request, res: Response): string {
    // csrf-csrf reuses the cookie's token while it is valid for this session, and always sets the cookie again:
    // let it set it on a stand-in, and send a Set-Cookie only for a new token.
    let cookie: [string, string, CookieOptions] | undefined;
    const token = this.csrf.generateCsrfToken(req, { cookie: (...args: [string, string, CookieOptions]) => (cookie = args) } as unknown as Response);
    if (cookie && req.cookies[CSRF_COOKIE] !== token) res.cookie(...cookie);
    return token;
  }

  /**
   * What a successful Log In leaves behind, without the form and its
   * deliberately slow password check: a signed-in session for `accountId` in
   * this portal's store, and the cookie that names it. For tests whose subject
   * is not logging in; no route reaches it.
   */
  async createSignedInSession(accountId: string): Promise<SessionCookie> {
    if (!this.context.store.accounts.has(accountId)) throw new Error(`createSignedInSession: this portal has no account "${accountId}"`);
    return { name: SESSION_COOKIE, value: this.store.create(signedInFields(accountId, this.context)) };
  }
}

/** What a signed-in session holds, from Log In or from createSignedInSession alike. */
export function signedInFields(accountId: string, context: PortalContext): Pick<SessionData, 'accountId' | 'lastSeenAt'> {
  return { accountId, lastSeenAt: context.securityClock.now().getTime() };
}

/** Puts the signed-in account on res.locals, or ends an idle session. */
export function currentAccount(context: PortalContext, sessions: PortalSessions): RequestHandler {
  return (req, res, next) => {
    const { accountId, lastSeenAt } = req.session;
    if (!accountId) return next();
    const now = context.securityClock.now().getTime();
    const account = context.store.accounts.get(accountId);
    if (!account || lastSeenAt === undefined || now - lastSeenAt > IDLE_TIMEOUT_MS) {
      sessions.start(req, res, { notice: 'Your session expired. Please log in again.' });
      return next();
    }
    req.session.lastSeenAt = now;
    res.locals.account = account;
    next();
  };
}

/**
 * Sends a signed-out visitor to the login page, remembering where they were
 * going: the page itself for a GET, and for a form the page it was sent from,
 * so logging in again returns the customer to that form.
 */
export function requireLogin(sessions: PortalSessions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (res.locals.account) return next();
    // A notice taken for this request (e.g. "session expired") belongs on the login page it is sent to.
    if (res.locals.notice) {
      if (req.sessionID) req.session.notice = res.locals.notice;
      else sessions.start(req, res, { notice: res.locals.notice });
    }
    const target = req.method === 'GET' ? req.originalUrl : formPageOf(req.method, req.path);
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
