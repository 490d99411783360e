/**
 * Running the suite against a real deployment instead of the in-process mock:
 *
 *   PORTAL_URL=https://portal.example PORTAL_EMAIL=… PORTAL_PASSWORD=… PORTAL_DOMAIN=… npx playwright test
 *
 * Then baseURL is PORTAL_URL, `loggedIn` signs in with PORTAL_EMAIL and
 * PORTAL_PASSWORD, and tests tagged @mock (they set the clock, rely on the
 * fixtures' figures or inject gateway faults) are left out by the config.
 * PORTAL_SERVICE names the service the read-only journey prices, when the
 * domain has no Hosted Exchange mailbox. Before any test, global setup checks
 * the target (./remote-preflight.ts) and stops the run at once, saying what
 * is wrong, when the address, the credentials, the domain or the service is.
 */
import { contosoDental } from '../../fixtures/accounts';

export interface RemotePortal {
  readonly url: string;
  readonly email: string;
  readonly password: string;
  /** the domain whose services the read-only journey prices (never pays for) */
  readonly domain: string;
  /** the service it prices, by the name the portal shows */
  readonly service: string;
}

/** The guide's example service, priced unless PORTAL_SERVICE names another. */
export const DEFAULT_REMOTE_SERVICE = 'Hosted Exchange mailbox';

const REQUIRED = ['PORTAL_EMAIL', 'PORTAL_PASSWORD', 'PORTAL_DOMAIN'] as const;

/** The deployment named by PORTAL_URL, or null to test the mock. */
export function remotePortal(env: NodeJS.ProcessEnv = process.env): RemotePortal | null {
  const url = env.PORTAL_URL?.trim();
  if (!url) return null;
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`PORTAL_URL is set, so the tests sign in to ${url}: set ${missing.join(', ')} too (the account and domain to use).`);
  }
  return {
    url: url.replace(/\/+$/, ''),
    email: env.PORTAL_EMAIL!,
    password: env.PORTAL_PASSWORD!,
    domain: env.PORTAL_DOMAIN!,
    service: env.PORTAL_SERVICE?.trim() || DEFAULT_REMOTE_SERVICE,
  };
}

/** Who the account-agnostic tests sign in as, which domain they look at and which service they price: the deployment's, or the mock's Contoso Dental. */
export function journeyTarget(): Omit<RemotePortal, 'url'> {
  return remotePortal() ?? { email: contosoDental.email, password: contosoDental.password, domain: contosoDental.domains[0].name, service: DEFAULT_REMOTE_SERVICE };
}

export const MOCK_ONLY_REASON = 'needs the mock portal (its clock, fixtures or gateway), which a real deployment (PORTAL_URL) does not expose';
