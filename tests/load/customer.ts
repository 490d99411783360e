/**
 * One customer of the load test, as a browser without JavaScript: its cookies
 * (the session's and the CSRF token's), the token read from each form page,
 * redirects not followed. Every
 * request's latency is recorded, and all of them share one deadline.
 */
import { services } from '../../fixtures/catalogue';
import { LOAD_PASSWORD } from './generated-accounts';

const CSRF_FIELD = /name="_csrf" value="([^"]+)"/;
const NEW_CARD = { number: '4242 4242 4242 4242', name: 'Load Customer', expiry: '08/30', cvc: '737' };

export interface RequestLog {
  /** every customer's requests: milliseconds, and whether it was POST /login (slow by design: password hashing) */
  readonly samples: { readonly ms: number; readonly login: boolean }[];
}

export interface PlacedOrder {
  readonly orderId: string;
  /** the mailbox total this order asked for */
  readonly mailboxes: number;
}

export class LoadCustomer {
  /** cookie name → value, as the portal last set them */
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly email: string,
    private readonly domain: string,
    private readonly hasStoredCard: boolean,
    private readonly log: RequestLog,
    private readonly deadline: AbortSignal,
  ) {}

  /** Starts from a session made in the portal's store (its cookie name and value), as the browser tests' `loggedIn` does. */
  useSession(cookie: { readonly name: string; readonly value: string }): void {
    this.cookies.set(cookie.name, cookie.value);
  }

  async logIn(): Promise<void> {
    const csrf = await this.csrfFrom('/login');
    await this.post('/login', { _csrf: csrf, email: this.email, password: LOAD_PASSWORD, next: '/home' }, '/home');
  }

  /** New totals (one more mailbox than `currentMailboxes`), Credit Card, Checkout, confirmation. */
  async orderOneMoreMailbox(currentMailboxes: number): Promise<PlacedOrder> {
    const mailboxes = currentMailboxes + 1;
    const totals = Object.fromEntries(services.map((service) => [`total.${service.id}`, service.id === 'exchange-mailbox' ? String(mailboxes) : '0']));
    const upgrade = `/services/${this.domain}/upgrade`;
    const location = await this.post(upgrade, { _csrf: await this.csrfFrom(upgrade), ...totals }, /^\/orders\/\d+$/);
    const orderId = location.split('/')[2]!;
    const summary = `/orders/${orderId}`;
    await this.post(`${summary}/payment-method`, { _csrf: await this.csrfFrom(summary), paymentMethod: 'credit-card' }, `${summary}/checkout`);
    const card = this.hasStoredCard ? { card: 'stored' } : { card: 'new', ...NEW_CARD };
    await this.post(`${summary}/checkout`, { _csrf: await this.csrfFrom(`${summary}/checkout`), ...card }, `${summary}/confirmation`);
    const confirmation = await this.request('GET', `${summary}/confirmation`);
    const page = await confirmation.text();
    if (confirmation.status !== 200 || !page.includes('Order Complete')) throw new Error(`${this.email}: order ${orderId} not complete (${confirmation.status})`);
    return { orderId, mailboxes };
  }

  private async csrfFrom(path: string): Promise<string> {
    const response = await this.request('GET', path);
    const token = CSRF_FIELD.exec(await response.text())?.[1];
    if (response.status !== 200 || !token) throw new Error(`${this.email}: no form on ${path} (${response.status})`);
    return token;
  }

  /** Posts a form and checks where it redirects; returns the location. */
  private async post(path: string, fields: Record<string, string>, expected: string | RegExp): Promise<string> {
    const response = await this.request('POST', path, new URLSearchParams(fields).toString());
    await response.arrayBuffer();
    const location = response.headers.get('location') ?? '';
    const ok = response.status === 303 && (typeof expected === 'string' ? location === expected : expected.test(location));
    if (!ok) throw new Error(`${this.email}: POST ${path} answered ${response.status} → "${location}"`);
    return location;
  }

  private async request(method: 'GET' | 'POST', path: string, body?: string): Promise<Response> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: 'manual',
      signal: this.deadline,
      headers: {
        ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body,
    });
    // Latency to the full response, as a customer waits for the page.
    const buffered = new Response(await response.arrayBuffer(), { status: response.status, headers: response.headers });
    this.log.samples.push({ ms: performance.now() - started, login: method === 'POST' && path === '/login' });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      // A cleared cookie (Log Out) comes back empty and already expired.
      if (attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute))) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(name.length + 1));
    }
    return buffered;
  }
}
