/**
 * The portal's app factory. It listens nowhere: scripts/portal.ts listens for
 * people, and tests mount one instance per test in their own process.
 */
import path from 'node:path';
import { csrfSync } from 'csrf-sync';
import express, { type Express, type RequestHandler } from 'express';
import { create as createHandlebars } from 'express-handlebars';
import helmet from 'helmet';
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
import { currentAccount, sessions, takeNotice, type PortalSessions } from './web/session';

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
  const handlebars = createHandlebars({
    extname: '.hbs',
    layoutsDir: path.join(viewsDir, 'layouts'),
    partialsDir: path.join(viewsDir, 'partials'),
    defaultLayout: 'main',
    helpers: viewHelpers,
  });
  app.engine('.hbs', handlebars.engine);
  app.set('view engine', '.hbs');
  app.set('views', viewsDir);
  app.set('view cache', true);
  app.set('x-powered-by', false);

  app.use(
    helmet({
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
  app.use(formsOnly);
  app.use(express.urlencoded({ extended: false, limit: MAX_FORM_BYTES, parameterLimit: 50 }));
  const portalSessions = sessions(context);
  const sessionStep = portalSessions.middleware;
  app.use(sessionStep);

  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => (typeof req.body?._csrf === 'string' ? req.body._csrf : undefined),
  });
  app.use(csrfSynchronisedProtection);
  const signedInStep = currentAccount(context);
  const pageLocalsStep: RequestHandler = (req, res, next) => {
    res.locals.csrfToken = generateToken(req);
    res.locals.notice = takeNotice(req);
    next();
  };
  app.use(signedInStep);
  app.use(pageLocalsStep);

  app.use(routes(context));
  app.use((_req, _res, next) => next(notFound()));
  // A request refused before these steps ran (too large, CSRF) runs them on its error page, to keep the signed-in top bar.
  app.use(errorPage(context, [sessionStep, signedInStep, pageLocalsStep]));
  return { app, context, createSignedInSession: portalSessions.createSignedInSession };
}

/** Every form here posts application/x-www-form-urlencoded; anything else is not from our pages. */
const formsOnly: RequestHandler = (req, _res, next) => {
  if (req.method === 'POST' && !req.is('application/x-www-form-urlencoded')) {
    return next(new HttpError(415, 'Unsupported form', 'This page only accepts forms sent from the portal.'));
  }
  next();
};
