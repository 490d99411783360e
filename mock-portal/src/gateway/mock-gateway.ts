/**
 * A sandbox card gateway served by msw inside the portal's process: no real
 * network is used. It keeps a ledger of charges so tests can check that money
 * moved exactly once.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { SetupServerApi } from 'msw/node';
import { accounts, type StoredCardFixture } from '../../../fixtures/accounts';
import { declineReason } from '../../../fixtures/cards';
import { cardBrand } from '../domain/card';
import { DEFAULT_GATEWAY_URL, type WireChargeRequest, type WireResponse } from './card-gateway';

export interface LedgerCharge {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly amount: number;
  readonly description: string;
  readonly last4: string;
}

interface TokenizedCard {
  readonly brand: string;
  readonly last4: string;
  readonly exp_month: number;
  readonly exp_year: number;
}

export class GatewayLedger {
  readonly charges: LedgerCharge[] = [];
  /** every request the gateway answered, replays included */
  requestCount = 0;
  private readonly replies = new Map<string, { status: number; body: WireResponse }>();
  private readonly tokens = new Map<string, TokenizedCard>();

  /** `extraCards`: stored cards of accounts beyond fixtures/ (the load test's generated customers). */
  constructor(extraCards: readonly StoredCardFixture[] = []) {
    for (const card of [...accounts.map((account) => account.storedCard), ...extraCards]) {
      if (card) {
        this.tokens.set(card.token, { brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear });
      }
    }
  }

  /** Answers a charge; the same idempotency key always gets the first answer back. */
  charge(idempotencyKey: string, request: WireChargeRequest): { status: number; body: WireResponse } {
    this.requestCount++;
    const earlier = this.replies.get(idempotencyKey);
    if (earlier) return earlier;
    const reply = this.decide(idempotencyKey, request);
    this.replies.set(idempotencyKey, reply);
    return reply;
  }

  private decide(idempotencyKey: string, request: WireChargeRequest): { status: number; body: WireResponse } {
    const invalid = (message: string) => ({
      status: 400,
      body: { error: { type: 'invalid_request_error', code: 'invalid_request', message } },
    });
    if (!Number.isSafeInteger(request.amount) || request.amount <= 0) return invalid('amount must be a positive integer');
    let card: TokenizedCard;
    let token: string | undefined;
    if ('token' in request.source) {
      const known = this.tokens.get(request.source.token);
      if (!known) return invalid('unknown card token');
      card = known;
    } else {
      const digits = request.source.number;
      if (digits === '4000000000000002') {
        return { status: 402, body: { error: { type: 'card_error', code: 'card_declined', message: declineReason } } };
      }
      card = { brand: cardBrand(digits), last4: digits.slice(-4), exp_month: request.source.exp_month, exp_year: request.source.exp_year };
      if (request.source.save) {
        token = `tok_${this.charges.length + 1}_${card.last4}`;
        this.tokens.set(token, card);
      }
    }
    const id = `ch_${String(this.charges.length + 1).padStart(6, '0')}`;
    this.charges.push({ id, idempotencyKey, amount: request.amount, description: request.description, last4: card.last4 });
    return { status: 200, body: { id, status: 'succeeded', amount: request.amount, card: { ...card, token } } };
  }
}

export function gatewayHandlers(ledger: GatewayLedger, baseUrl = DEFAULT_GATEWAY_URL): RequestHandler[] {
  return [
    http.post(`${baseUrl}/charges`, async ({ request }) => {
      const key = request.headers.get('idempotency-key');
      if (!key) {
        return HttpResponse.json(
          { error: { type: 'invalid_request_error', code: 'missing_idempotency_key', message: 'Idempotency-Key is required' } },
          { status: 400 },
        );
      }
      const reply = ledger.charge(key, (await request.json()) as WireChargeRequest);
      return HttpResponse.json(reply.body, { status: reply.status });
    }),
  ];
}

/**
 * Starts answering this process's fetch() calls to the gateway. Only fetch,
 * the gateway client's transport, is intercepted: the http traffic of test
 * tools in the same process (Playwright's request API, the load test) is never
 * touched, and other URLs pass through.
 */
export function startMockGateway(ledger: GatewayLedger, baseUrl = DEFAULT_GATEWAY_URL): SetupServerApi {
  const server = new SetupServerApi(gatewayHandlers(ledger, baseUrl), [new FetchInterceptor()]);
  server.listen({ onUnhandledRequest: 'bypass' });
  return server;
}
