/**
 * The portal's client for the card gateway's HTTP API. The portal only ever
 * talks to the gateway through this; by default msw answers it in-process.
 */
import type { Cents } from '../domain/money';

export type PaymentSource =
  | { readonly kind: 'stored-card'; readonly token: string }
  | {
      readonly kind: 'new-card';
      readonly number: string;
      readonly expMonth: number;
      readonly expYear: number;
      readonly cvc: string;
      readonly name: string;
      /** ask the gateway for a reusable token */
      readonly save: boolean;
    };

export interface ChargeRequest {
  readonly amount: Cents;
  readonly description: string;
  readonly source: PaymentSource;
  /** the same key never charges twice */
  readonly idempotencyKey: string;
}

export interface ChargedCard {
  readonly brand: string;
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly token: string | null;
}

export type ChargeOutcome =
  | { readonly status: 'succeeded'; readonly chargeId: string; readonly card: ChargedCard }
  /** the bank said no: retrying the same card will not help */
  | { readonly status: 'declined'; readonly reason: string }
  /** we do not know whether money moved: retry with the same idempotency key */
  | { readonly status: 'unavailable'; readonly reason: string };

export interface CardGateway {
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
}

export const DEFAULT_GATEWAY_URL = 'https://gateway.mock.invalid/v1';
/** Long enough for a real gateway's p99, short enough that a customer is not left staring. */
export const DEFAULT_GATEWAY_TIMEOUT_MS = 8_000;

/**
 * The answer may have been lost after the card was charged, so this must not
 * promise "not charged"; it can promise that a retry never charges twice.
 */
export const UNAVAILABLE_MESSAGE =
  'We could not confirm your payment with the card service. Please try again: trying again will never charge you twice.';

export class HttpCardGateway implements CardGateway {
  constructor(
    private readonly baseUrl = DEFAULT_GATEWAY_URL,
    private readonly timeoutMs = DEFAULT_GATEWAY_TIMEOUT_MS,
  ) {}

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/charges`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey },
        body: JSON.stringify(toWire(request)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      return { status: 'unavailable', reason: UNAVAILABLE_MESSAGE };
    }
    const body = (await response.json().catch(() => null)) as WireResponse | null;
    if (response.ok && isCharge(body)) {
      return {
        status: 'succeeded',
        chargeId: body.id,
        card: {
          brand: body.card.brand,
          last4: body.card.last4,
          expMonth: body.card.exp_month,
          expYear: body.card.exp_year,
          token: body.card.token ?? null,
        },
      };
    }
    if (response.status === 402 && body && 'error' in body) return { status: 'declined', reason: body.error.message };
    return { status: 'unavailable', reason: UNAVAILABLE_MESSAGE };
  }
}

/** The gateway's JSON, snake_case as such APIs are. */
export interface WireChargeRequest {
  amount: number;
  currency: 'usd';
  description: string;
  source:
    | { token: string }
    | { number: string; exp_month: number; exp_year: number; cvc: string; name: string; save: boolean };
}

export type WireResponse =
  | { id: string; status: 'succeeded'; amount: number; card: { brand: string; last4: string; exp_month: number; exp_year: number; token?: string } }
  | { error: { type: string; code: string; message: string } };

/** A 200 that is not a well-formed charge is no proof of payment: treat it as no answer. */
function isCharge(body: WireResponse | null): body is Extract<WireResponse, { id: string }> {
  if (!body || !('id' in body) || typeof body.id !== 'string') return false;
  const card = (body as { card?: Record<string, unknown> }).card;
  return !!card && typeof card.brand === 'string' && typeof card.last4 === 'string' && typeof card.exp_month === 'number' && typeof card.exp_year === 'number';
}

function toWire(request: ChargeRequest): WireChargeRequest {
  const { source } = request;
  return {
    amount: request.amount,
    currency: 'usd',
    description: request.description,
    source:
      source.kind === 'stored-card'
        ? { token: source.token }
        : {
            number: source.number,
            exp_month: source.expMonth,
            exp_year: source.expYear,
            cvc: source.cvc,
            name: source.name,
            save: source.save,
          },
  };
}
