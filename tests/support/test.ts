/**
 * The one entry point for every spec: import { test, expect } from here.
 *
 * Cost decides scope. The HTTP listener and the msw gateway are per worker;
 * the portal instance (store, clock, sessions, gateway ledger) is per test, so
 * tests never share state and the suite runs fully parallel.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { SetupServerApi } from 'msw/node';
import { accounts, contosoDental, type AccountFixture } from '../../fixtures/accounts';
import { hostingPackages, services } from '../../fixtures/catalogue';
import { civilDateAt } from '../../mock-portal/src/domain/calendar';
import { seedStore } from '../../mock-portal/src/seed';
import type { Catalogue } from '../../mock-portal/src/store';
import { ManualClock } from '../../mock-portal/src/clock';
import type { PortalContext } from '../../mock-portal/src/context';
import { DEFAULT_GATEWAY_TIMEOUT_MS, DEFAULT_GATEWAY_URL, HttpCardGateway } from '../../mock-portal/src/gateway/card-gateway';
import type { GatewayLedger } from '../../mock-portal/src/gateway/mock-gateway';
import type { Portal } from '../../mock-portal/src/portal';
import type { PortalSessions } from '../../mock-portal/src/web/session';
import { createStepMarkEngine, STEP_MARK_ENGINE } from '../../scripts/guide/step-marks';
import { LOG_IN_URL, LoginPage, portalPages, type PortalPages } from '../pages';
import { startGatewayServer } from './gateway-server';
import { startPortalProcess } from './portal-process';
import { mockGatewayModule, portalModule } from './portal-modules';
import { PortalServer } from './portal-server';
import { MOCK_ONLY_REASON, remotePortal } from './remote';

/** The guide's date: Thursday 26 November 2026, mid-afternoon in the billing zone. */
export const DEFAULT_PORTAL_NOW = '2026-11-26T15:00:00Z';

/** A test's own portal: its records, clock and gateway, for arranging and asserting. */
export interface MockPortal {
  readonly url: string;
  readonly context: PortalContext;
  /** its sessions: `sessions.store.size` counts what the server holds */
  readonly sessions: PortalSessions;
  readonly clock: ManualClock;
  readonly ledger: GatewayLedger;
  /** msw server answering the gateway: `gateway.use(...)` injects a fault for this test */
  readonly gateway: SetupServerApi;
  /** every line the portal logged during the test */
  readonly logs: string[];
  /** a signed-in session in this portal's own store and its cookie, without the Log In form */
  readonly createSignedInSession: Portal['createSignedInSession'];
}

/** The mock portal as its own process, reached only over HTTP like a deployment, charging cards at a gateway the test owns. */
export interface SeparatePortal {
  /** give it to the suite as PORTAL_URL */
  readonly url: string;
  /** every charge the portal made, for "nothing was paid" */
  readonly ledger: GatewayLedger;
  /** what the portal process printed */
  readonly output: readonly string[];
}

interface Options {
  /** the portal clock's instant when the test starts (ISO-8601) */
  portalNow: string;
  /** the portal's billing time zone (IANA) */
  billingTimeZone: string;
  /** the account `loggedIn` and `loggedInWithForm` sign in as */
  account: AccountFixture;
  /** how long the portal waits for the gateway; a test of a slow gateway makes it short */
  gatewayTimeoutMs: number;
  /** service id → monthly unit price in cents the portal charges instead of the catalogue's: a test of a wrong figure */
  unitPriceOverrides: Readonly<Record<string, number>>;
  /** the portal's views; undefined for mock-portal/views, else an edited copy (./portal-views.ts) */
  portalViewsDir: string | undefined;
}

interface TestFixtures {
  portal: MockPortal;
  /**
   * `page`, already signed in as `account` and on the account home page. Every
   * test that is not about logging in starts here: the session is made in the
   * test's own portal store and its cookie given to the browser, so no test pays
   * for typing the password and its deliberately slow hash.
   */
  loggedIn: Page;
  /**
   * `page`, signed in through the Log In form (email, password, Log In) and on
   * the account home page: only for tests whose subject is signing in, signing
   * out or the session that Log In starts.
   */
  loggedInWithForm: Page;
  /** the page objects, on `page` */
  pages: PortalPages;
  /** a portal process of its own for this test, at `portalNow` (./portal-process.ts) */
  portalProcess: SeparatePortal;
}

interface WorkerFixtures {
  portalServer: PortalServer;
  mockGateway: SetupServerApi;
  /** the selector engine a guide's walk reads each step with (scripts/guide/step-marks.ts), in every worker */
  stepMarkEngine: void;
}

/** Set when PORTAL_URL names a real deployment to test instead of the mock (see ./remote.ts). */
const remote = remotePortal();

export const test = base.extend<Options & TestFixtures, WorkerFixtures>({
  portalNow: [DEFAULT_PORTAL_NOW, { option: true }],
  billingTimeZone: ['UTC', { option: true }],
  account: [contosoDental, { option: true }],
  gatewayTimeoutMs: [DEFAULT_GATEWAY_TIMEOUT_MS, { option: true }],
  unitPriceOverrides: [{}, { option: true }],
  // PORTAL_VIEWS_DIR runs the whole suite against an edited copy of the views, e.g. with a label renamed.
  portalViewsDir: [process.env.PORTAL_VIEWS_DIR || undefined, { option: true }],

  portalServer: [
    async ({}, use) => {
      const server = await PortalServer.start();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // A page knows the selector engines registered when Playwright first reaches into it, and any spec may walk a guide.
  stepMarkEngine: [
    async ({ playwright }, use) => {
      await playwright.selectors.register(STEP_MARK_ENGINE, createStepMarkEngine);
      await use();
    },
    { scope: 'worker', auto: true, box: true },
  ],

  mockGateway: [
    async ({}, use) => {
      const { GatewayLedger, startMockGateway } = mockGatewayModule();
      const server = startMockGateway(new GatewayLedger());
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],

  // Against a real deployment there is no mock to control: a test asking for one is skipped, saying why.
  portal: remote
    ? async ({}, _use, testInfo) => testInfo.skip(true, `This test ${MOCK_ONLY_REASON}.`)
    : async ({ portalServer, mockGateway, portalNow, billingTimeZone, gatewayTimeoutMs, unitPriceOverrides, portalViewsDir }, use) => {
        const { GatewayLedger, gatewayHandlers } = mockGatewayModule();
        const { createPortal } = portalModule();
        const clock = new ManualClock(portalNow);
        const ledger = new GatewayLedger();
        mockGateway.resetHandlers(...gatewayHandlers(ledger));
        const logs: string[] = [];
        const { app, context, sessions, createSignedInSession } = createPortal({
          clock,
          timeZone: billingTimeZone,
          gateway: new HttpCardGateway(DEFAULT_GATEWAY_URL, gatewayTimeoutMs),
          log: (line) => logs.push(line),
          ...(Object.keys(unitPriceOverrides).length > 0 ? { store: seedStore(civilDateAt(clock.now(), billingTimeZone), accounts, repricedCatalogue(unitPriceOverrides)) } : {}),
          viewsDir: portalViewsDir,
        });
        portalServer.mount(app);
        await use({ url: portalServer.url, context, sessions, clock, ledger, gateway: mockGateway, logs, createSignedInSession });
        portalServer.unmount();
        mockGateway.resetHandlers();
      },

  baseURL: remote
    ? async ({}, use) => use(remote.url)
    : async ({ portal }, use) => {
        await use(portal.url);
      },

  // Test-scoped: a test may lock an account with wrong passwords or place orders, and the next starts clean. Costs a process start (~1.5 s).
  portalProcess: async ({ portalNow }, use) => {
    const { GatewayLedger } = mockGatewayModule();
    const ledger = new GatewayLedger();
    const gateway = await startGatewayServer(ledger);
    try {
      const portal = await startPortalProcess({ gatewayUrl: gateway.url, now: portalNow });
      try {
        await use({ url: portal.url, ledger, output: portal.output });
      } finally {
        await portal.stop();
      }
    } finally {
      await gateway.close();
    }
  },

  pages: async ({ page }, use) => {
    await use(portalPages(page));
  },

  // A real deployment's sessions are out of reach: there, both sign in through the form.
  loggedIn: remote
    ? async ({ page }, use) => use(await logInWithForm(page, remote))
    : async ({ page, portal, account }, use) => {
        const cookie = await portal.createSignedInSession(account.id);
        await page.context().addCookies([{ ...cookie, url: portal.url, httpOnly: true, sameSite: 'Lax' }]);
        await page.goto('/home');
        // Fail here, naming the cause, rather than in a test that finds the Log In page instead of its own.
        if (new URL(page.url()).pathname !== '/home') throw new Error(`The session made for ${account.email} was refused: /home went to ${page.url()}`);
        await use(page);
      },

  loggedInWithForm: async ({ page, account }, use) => {
    await use(await logInWithForm(page, remote ?? account));
  },
});

/** The catalogue with some services' unit prices replaced; an unknown service id is a typo in the test. */
function repricedCatalogue(overrides: Readonly<Record<string, number>>): Catalogue {
  for (const id of Object.keys(overrides)) if (!services.some((service) => service.id === id)) throw new Error(`unitPriceOverrides: no service "${id}" in fixtures/catalogue.ts`);
  return { services: services.map((service) => ({ ...service, unitPriceCents: overrides[service.id] ?? service.unitPriceCents })), hostingPackages };
}

/** Log In as the customer does it; resolves once the portal has let the customer in. */
async function logInWithForm(page: Page, credentials: { readonly email: string; readonly password: string }): Promise<Page> {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(credentials.email, credentials.password);
  await expect(page, `signed in as ${credentials.email} through the Log In form`).not.toHaveURL(LOG_IN_URL);
  return page;
}

export { expect };
