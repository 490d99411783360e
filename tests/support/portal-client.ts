/**
 * Drives the portal over HTTP, as a browser without JavaScript would: it reads
 * each form's CSRF token from the page and posts it back with the fields.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { AccountFixture } from '../../fixtures/accounts';

const CSRF_FIELD = /name="_csrf" value="([^"]+)"/;

export class PortalClient {
  constructor(readonly request: APIRequestContext) {}

  /** The CSRF token of the form on `path` (any signed-in page carries one in its Log Out form). */
  async csrfToken(path = '/login'): Promise<string> {
    const page = await this.request.get(path);
    const token = CSRF_FIELD.exec(await page.text())?.[1];
    if (!token) throw new Error(`No CSRF token on ${path} (status ${page.status()})`);
    return token;
  }

  /** Posts a form the way the portal's pages do; redirects are not followed, so tests see them. */
  async postForm(path: string, fields: Record<string, string | string[]>, options: { csrfFrom?: string; csrf?: string | null } = {}): Promise<APIResponse> {
    const csrf = options.csrf === undefined ? await this.csrfToken(options.csrfFrom ?? path) : options.csrf;
    const body = new URLSearchParams();
    if (csrf !== null) body.append('_csrf', csrf);
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
    return this.request.post(path, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: body.toString(),
      maxRedirects: 0,
    });
  }

  async logIn(account: Pick<AccountFixture, 'email' | 'password'>): Promise<APIResponse> {
    return this.postForm('/login', { email: account.email, password: account.password, next: '/home' });
  }

  /** Submits new totals for a domain (service id → typed text); returns the order id when one was placed. */
  async orderNewTotals(domain: string, totals: Record<string, string>): Promise<{ response: APIResponse; orderId: string | null }> {
    const fields = Object.fromEntries(Object.entries(totals).map(([serviceId, value]) => [`total.${serviceId}`, value]));
    const response = await this.postForm(`/services/${domain}/upgrade`, fields);
    const orderId = /^\/orders\/(\d+)$/.exec(response.headers().location ?? '')?.[1] ?? null;
    return { response, orderId };
  }
}
