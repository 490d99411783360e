/**
 * Card payments, exactly once: one charge in flight per order or invoice, and
 * an idempotency key that only changes after a definite failure, so a retry
 * after a timeout replays the first charge instead of making a second.
 */
import { randomUUID } from 'node:crypto';
import type { PortalContext } from './context';
import { UNAVAILABLE_MESSAGE, type ChargeOutcome, type PaymentSource } from './gateway/card-gateway';
import { completeCardPayment, recordUnconfirmedPayment, settleInvoiceByCard } from './ordering';
import type { Cents } from './domain/money';
import type { Account, CardAttempts, Invoice, Order } from './store';

export type PaymentResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Said with every refusal that moved no money; never when the outcome is unknown. */
export const NOT_CHARGED = 'You have not been charged.';


export class CardPayments {
  private readonly inFlight = new Map<string, Promise<PaymentResult>>();
  /** account/domain → the order charge in flight on it */
  private readonly domainCharges = new Map<string, Promise<PaymentResult>>();
  /** distinguishes this portal instance's keys at a gateway that outlives it */
  private readonly keyPrefix = randomUUID();

  constructor(private readonly context: PortalContext) {}

  /** Resolves once the charge in flight for `key` (e.g. "order-5001"), if any, has finished. */
  async settled(key: string): Promise<void> {
    await this.inFlight.get(key);
  }

  /**
   * Resolves when no order on this order's domain is being charged. Two tabs
   * with two orders for one domain then take turns: the second finds the first
   * applied and its own quote stale, instead of both being charged and applied.
   */
  async domainIdle(order: Order): Promise<void> {
    for (let running = this.domainCharges.get(domainKey(order)); running; running = this.domainCharges.get(domainKey(order))) {
      await running;
    }
  }

  payOrder(order: Order, account: Account, source: PaymentSource): Promise<PaymentResult> {
    const key = domainKey(order);
    const result = this.payOrderOnce(order, account, source);
    if (!this.domainCharges.has(key)) {
      this.domainCharges.set(key, result);
      void result.finally(() => this.domainCharges.delete(key));
    }
    return result;
  }

  private payOrderOnce(order: Order, account: Account, source: PaymentSource): Promise<PaymentResult> {
    return this.once(`order-${order.id}`, async () => {
      order.status = 'charging';
      try {
        const outcome = await this.charge(`order-${order.id}`, order, order.quote.totalDue, `Order ${order.id}: services for ${order.domainName}`, source);
        if (outcome.status === 'succeeded') {
          const invoice = completeCardPayment(this.context.store, order, this.context.today(), outcome.chargeId);
          this.remember(account, source, outcome);
          this.context.log(`order ${order.id} paid: ${outcome.chargeId}, invoice ${invoice.number}`);
        } else {
          order.status = 'quoted';
        }
        const result = this.result(order, outcome);
        if (order.outcomeUnknown) recordUnconfirmedPayment(this.context.store, order);
        return result;
      } catch (error) {
        // Whatever broke, money may have moved: leave the order payable, and only by replaying this key.
        if (order.status === 'charging') order.status = 'quoted';
        this.result(order, { status: 'unavailable', reason: UNAVAILABLE_MESSAGE });
        recordUnconfirmedPayment(this.context.store, order);
        throw error;
      }
    });
  }

  payInvoice(invoice: Invoice, account: Account, source: PaymentSource): Promise<PaymentResult> {
    return this.once(`invoice-${invoice.number}`, async () => {
      if (invoice.status === 'Paid') return { ok: true };
      try {
        const outcome = await this.charge(`invoice-${invoice.number}`, invoice, invoice.total, `Invoice ${invoice.number}`, source);
        if (outcome.status === 'succeeded') {
          settleInvoiceByCard(this.context.store, invoice, this.context.today(), outcome.chargeId);
          this.remember(account, source, outcome);
          this.context.log(`invoice ${invoice.number} paid: ${outcome.chargeId}`);
        }
        return this.result(invoice, outcome);
      } catch (error) {
        this.result(invoice, { status: 'unavailable', reason: UNAVAILABLE_MESSAGE });
        throw error;
      }
    });
  }

  private once(key: string, pay: () => Promise<PaymentResult>): Promise<PaymentResult> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const attempt = pay().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, attempt);
    return attempt;
  }

  private charge(key: string, payable: CardAttempts, amount: Cents, description: string, source: PaymentSource): Promise<ChargeOutcome> {
    return this.context.gateway.charge({
      amount,
      description,
      source,
      idempotencyKey: `${this.keyPrefix}:${key}:attempt-${payable.chargeAttempt}`,
    });
  }

  /** A new card the customer asked to keep: only the gateway's token and what is printed on it. */
  private remember(account: Account, source: PaymentSource, outcome: ChargeOutcome): void {
    if (outcome.status === 'succeeded' && source.kind === 'new-card' && source.save && outcome.card.token) {
      account.storedCard = { ...outcome.card, token: outcome.card.token };
    }
  }

  private result(payable: CardAttempts, outcome: ChargeOutcome): PaymentResult {
    payable.outcomeUnknown = outcome.status === 'unavailable';
    if (outcome.status === 'succeeded') {
      payable.lastPaymentError = null;
      return { ok: true };
    }
    payable.lastPaymentError = outcome.reason;
    // A decline is final for that attempt; an unknown outcome keeps its key so a retry replays, not re-charges.
    if (outcome.status === 'declined') payable.chargeAttempt++;
    this.context.log(`payment not taken: ${outcome.status}`);
    return { ok: false, message: outcome.status === 'declined' ? `${outcome.reason} ${NOT_CHARGED}` : outcome.reason };
  }
}

function domainKey(order: Order): string {
  return `${order.accountId}/${order.domainName}`;
}
