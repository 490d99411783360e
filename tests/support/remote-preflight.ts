/**
 * Before anything runs against a deployment (the suite's remote mode, the
 * guide's remote run), check in a few HTTP requests that the target makes
 * sense, and say exactly what is wrong when it does not:
 *   - PORTAL_URL cannot be reached, or is not the client portal;
 *   - the credentials do not sign in ("could not log in to PORTAL_URL … as …");
 *   - PORTAL_DOMAIN is not one of the account's domains;
 *   - the domain has no hosting package, or not the service to change.
 * Each answer comes within seconds, never as a 10 s locator timeout in the
 * middle of a walk. It signs in once (a wrong password counts as one failed
 * log-in) in a request context of its own, never the browser's, and signs
 * out again.
 */
import { request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { elementsWith, tableRows, textOf } from '../http/html';
import { activeServices } from './account-state';

export interface PreflightTarget {
  readonly url: string;
  readonly email: string;
  readonly password: string;
  readonly domain: string;
  /** the service a run changes, by the name the portal shows (e.g. "Hosted Exchange mailbox"); unchecked when absent */
  readonly service?: string;
}

/** A wrong target, in one sentence naming the variable to fix. */
export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
    // A setting to fix, not a bug to trace: reporters print the sentence alone, without a code frame.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Per request. A portal answers in well under a second; 5 s keeps even the slowest failure (no answer at all) far inside 15 s. */
export const PREFLIGHT_REQUEST_TIMEOUT_MS = 5_000;

const CSRF_FIELD = /name="_csrf" value="([^"]+)"/;

/**
 * Throws a PreflightError naming the problem, or resolves when the target is
 * usable. `requestContext` is used but not disposed; without one, a context
 * of its own is made and disposed.
 */
export async function preflightRemote(target: PreflightTarget, requestContext?: APIRequestContext): Promise<void> {
  const context = requestContext ?? (await request.newContext({ baseURL: target.url }));
  const at = `PORTAL_URL (${target.url})`;
  const get = (path: string) => send(context, target.url, 'GET', path);
  try {
    const loginPage = await get('/login');
    const token = CSRF_FIELD.exec(await loginPage.text())?.[1];
    if (loginPage.status() !== 200 || !token) {
      throw new PreflightError(`${at} answered ${loginPage.status()} with no Log In form at /login: is PORTAL_URL the client portal's address?`);
    }

    const login = await send(context, target.url, 'POST', '/login', { _csrf: token, email: target.email, password: target.password, next: '/services' });
    const signedIn = login.status() === 303 && !(login.headers().location ?? '').startsWith('/login');
    if (!signedIn) {
      const said = alertText(await login.text());
      throw new PreflightError(`could not log in to ${at} as ${target.email} (${said ? `the portal says "${said}"` : `it answered ${login.status()}`}); check PORTAL_EMAIL and PORTAL_PASSWORD.`);
    }

    try {
      const servicesPage = await get('/services');
      const domains = tableRows(await servicesPage.text(), 'Domains on this account').map(([name]) => name!);
      if (!domains.includes(target.domain)) {
        throw new PreflightError(
          `PORTAL_DOMAIN ${target.domain} is not a domain of ${target.email} on ${at}; ${domains.length > 0 ? `its domains are ${domains.join(', ')}` : 'the account has no domains'}. Set PORTAL_DOMAIN to one of them.`,
        );
      }
      const details = await (await get(`/services/${encodeURIComponent(target.domain)}`)).text();
      if (/None: a hosting package must be purchased/.test(details)) {
        throw new PreflightError(`PORTAL_DOMAIN ${target.domain} has no hosting package on ${at}, so its services cannot be changed. Set PORTAL_DOMAIN to a domain with one.`);
      }
      const services = Object.keys(activeServices(details));
      if (target.service && !services.includes(target.service)) {
        throw new PreflightError(
          `PORTAL_DOMAIN ${target.domain} has no ${target.service} on ${at}; ${services.length > 0 ? `its services are ${services.join(', ')}` : 'it has no active services'}. Set PORTAL_SERVICE to one of them, or choose another PORTAL_DOMAIN.`,
        );
      }
    } finally {
      await signOut(context, target.url);
    }
  } finally {
    if (!requestContext) await context.dispose();
  }
}

/** One request, with an unreachable address or a silent server turned into a sentence. */
async function send(context: APIRequestContext, url: string, method: 'GET' | 'POST', path: string, form?: Record<string, string>): Promise<APIResponse> {
  try {
    return await context.fetch(`${url}${path}`, {
      method,
      form,
      maxRedirects: 0,
      timeout: PREFLIGHT_REQUEST_TIMEOUT_MS,
      failOnStatusCode: false,
    });
  } catch (error) {
    throw new PreflightError(`could not reach PORTAL_URL (${url}): ${networkProblem(error)}. Check PORTAL_URL and that the portal is up.`);
  }
}

export function networkProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED/.test(message)) return 'the connection was refused (nothing listens at that address and port)';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'no such host';
  if (/Timeout|ETIMEDOUT/i.test(message)) return `no answer within ${PREFLIGHT_REQUEST_TIMEOUT_MS / 1000} s`;
  if (/certificate|SSL|TLS/i.test(message)) return `its TLS certificate was refused (${message.split('\n')[0]})`;
  if (/Invalid URL/i.test(message)) return 'it is not a valid URL';
  return message.split('\n')[0]!;
}

function alertText(html: string): string | undefined {
  const [alert] = elementsWith(html, 'role', 'alert');
  return alert ? textOf(alert.inner) : undefined;
}

/** Best effort: a session left behind expires anyway. */
async function signOut(context: APIRequestContext, url: string): Promise<void> {
  try {
    const home = await send(context, url, 'GET', '/services');
    const token = CSRF_FIELD.exec(await home.text())?.[1];
    if (token) await send(context, url, 'POST', '/logout', { _csrf: token });
  } catch {
    // Nothing to report: the checks themselves are done.
  }
}
