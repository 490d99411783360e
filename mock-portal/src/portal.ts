/**
 * The portal's app factory. It listens nowhere: scripts/portal.ts listens for
 * people, and tests mount one instance per test in their own process.
 */
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Clock } from './clock';
import { makeContext, type PortalContext } from './context';
import { civilDateAt, isValidTimeZone } from './domain/calendar';
import { HttpError, notFound } from './http-error';
import type { CardGateway } from './gateway/card-gateway';
import { routes } from './routes';
import { seedStore } from './seed';
import type { PortalStore } from './store';
import { errorPage } from './web/error-page';
import { viewHelpers } from './web/view-helpers';
import { handlebarsViewEngine } from './web/view-engine';
import { securityHeaders } from './web/security-headers';
import { currentAccount, PortalSessions, takeNotice } from './web/session';

export interface PortalOptions {
  readonly clock: Clock;
  /** elapsed time for sessions and login lockouts; defaults to `clock` (tests move one clock for both) */
  readonly securityClock?: Clock;
  /** IANA zone of the billing calendar, e.g. "America/New_York" */
  readonly timeZone: string;
  readonly gateway: CardGateway;
  /** defaults to a fresh store seeded from fixtures/ */
  readonly store?: PortalStore;
  readonly log?: (line: string) => void;
  /** the Handlebars views (layouts/, partials/, pages); defaults to mock-portal/views. Tests point it at an edited copy. */
  readonly viewsDir?: string;
}

export interface Portal {
  readonly app: Express;
  readonly context: PortalContext;
  /** its sessions (the store, to count them in tests) */
  readonly sessions: PortalSessions;
  /** a signed-in session without the Log In form, for tests (see web/session.ts); never exposed over HTTP */
  readonly createSignedInSession: PortalSessions['createSignedInSession'];
}

export const VIEWS_DIR = path.join(__dirname, '..', 'views');
const PUBLIC_DIR = path.join(__dirname, '..', 'public');
const FONTS_DIR = path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files');
/** A form of this portal is well under 2 KB; anything far larger is not a customer typing. */
const MAX_FORM_BYTES = '16kb';

export function createPortal(options: PortalOptions): Portal {
  if (!isValidTimeZone(options.timeZone)) throw new RangeError(`Unknown billing time zone "${options.timeZone}"`);
  const context = makeContext({
    clock: options.clock,
    securityClock: options.securityClock ?? options.clock,
    timeZone: options.timeZone,
    gateway: options.gateway,
    store: options.store ?? seedStore(civilDateAt(options.clock.now(), options.timeZone)),
    log: options.log ?? ((line) => console.log(`[portal] ${line}`)),
  });
  const viewsDir = options.viewsDir ?? VIEWS_DIR;
  const app = express();
  app.engine(
    '.hbs',
    handlebarsViewEngine({
      extname: '.hbs',
      layoutsDir: path.join(viewsDir, 'layouts'),
      partialsDir: path.join(viewsDir, 'partials'),
      defaultLayout: 'main',
      helpers: viewHelpers,
    }),
  );
  app.set('view engine', '.hbs');
  app.set('views', viewsDir);
  app.set('view cache', true);
  app.set('x-powered-by', false);
  // Every page is no-store (below), so a browser never revalidates: hashing each body for an ETag would be wasted.
  app.set('etag', false);

  app.use(
    securityHeaders({
      // Served over plain HTTP on loopback: upgrading requests or pinning HTTPS would break it.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
      strictTransportSecurity: false,
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use('/static', express.static(PUBLIC_DIR, { maxAge: '1h' }));
  app.use('/fonts', express.static(FONTS_DIR, { maxAge: '1d' }));
  app.use(noStore);
  app.use(formBodies());
  const sessions = new PortalSessions(context);
  const sessionStep = sessions.load();
  app.use(sessionStep);
  app.use(sessions.checkCsrf());
  const signedInStep = currentAccount(context, sessions);
  const pageLocalsStep: RequestHandler = (req, res, next) => {
    // A function, so the token is made only when a page with a form is rendered (Handlebars calls it), once.
    let token: string | undefined;
    res.locals.csrfToken = () => (token ??= sessions.csrfToken(req, res));
    res.locals.notice = takeNotice(req);
    next();
  };
  app.use(signedInStep);
  app.use(pageLocalsStep);

  app.use(routes(context, sessions));
  app.use((_req, _res, next) => next(notFound()));
  // A request refused before these steps ran (too large, CSRF) runs them on its error page, to keep the signed-in top bar.
  app.use(errorPage(context, [sessionStep, signedInStep, pageLocalsStep]));
  return { app, context, sessions, createSignedInSession: (accountId) => sessions.createSignedInSession(accountId) };
}

/**
 * Nothing the portal renders may be kept by a browser or a proxy: a page shows
 * an account's data or carries a form's token, and Back after Log Out (or
 * after paying) must ask the portal again rather than show a stale copy.
 */
const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/**
 * Reads the body of a POST. Every form here posts application/x-www-form-urlencoded;
 * anything else is not from our pages. Other methods have no body to read.
 */
function formBodies(): RequestHandler {
  const readForm = express.urlencoded({ extended: false, limit: MAX_FORM_BYTES, parameterLimit: 50 });
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    if (!req.is('application/x-www-form-urlencoded')) {
      return next(new HttpError(415, 'Unsupported form', 'This page only accepts forms sent from the portal.'));
    }
    readForm(req, res, next);
  };
}
