/**
 * Running the suite against a real deployment instead of the in-process mock:
 *
 *   PORTAL_URL=https://portal.example PORTAL_EMAIL=… PORTAL_PASSWORD=… PORTAL_DOMAIN=… npx playwright test
 *
 * Then baseURL is PORTAL_URL, `loggedIn` signs in with PORTAL_EMAIL and
 * PORTAL_PASSWORD, and tests tagged @mock (they set the clock, rely on the
 * fixtures' figures or inject gateway faults) are left out by the config.
 */
import { contosoDental } from '../../fixtures/accounts';

export interface RemotePortal {
  readonly url: string;
  readonly email: string;
  readonly password: string;
  /** the domain whose services the read-only journey prices (never pays for) */
  readonly domain: string;
}

const REQUIRED = ['PORTAL_EMAIL', 'PORTAL_PASSWORD', 'PORTAL_DOMAIN'] as const;

/** The deployment named by PORTAL_URL, or null to test the mock. */
export function remotePortal(env: NodeJS.ProcessEnv = process.env): RemotePortal | null {
  const url = env.PORTAL_URL?.trim();
  if (!url) return null;
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`PORTAL_URL is set, so the tests sign in to ${url}: set ${missing.join(', ')} too (the account and domain to use).`);
  }
  return { url: url.replace(/\/+$/, ''), email: env.PORTAL_EMAIL!, password: env.PORTAL_PASSWORD!, domain: env.PORTAL_DOMAIN! };
}

/** Who the account-agnostic tests sign in as and which domain they look at: the deployment's, or the mock's Contoso Dental. */
export function journeyTarget(): { readonly email: string; readonly password: string; readonly domain: string } {
  return remotePortal() ?? { email: contosoDental.email, password: contosoDental.password, domain: contosoDental.domains[0].name };
}

export const MOCK_ONLY_REASON = 'needs the mock portal (its clock, fixtures or gateway), which a real deployment (PORTAL_URL) does not expose';
