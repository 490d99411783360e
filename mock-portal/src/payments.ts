/**
 * Card payment for an order, exactly once: one charge in flight per order,
 * and an idempotency key that only changes after a definite failure, so a
 * retry after a timeout can never charge twice.
 */
import { randomUUID } from 'node:crypto';
import type { PortalContext } from './context';
import type { PaymentSource } from './gateway/card-gateway';
import { completeCardPayment } from './ordering';
import type { Account, Order } from './store';

export type PaymentResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

export class CardPayments {
  private readonly inFlight = new Map<string, Promise<PaymentResult>>();
  /** distinguishes this portal instance's orders at a gateway shared across restarts */
  private readonly keyPrefix = randomUUID();

  constructor(private readonly context: PortalContext) {}

  /** Resolves when the order's charge in flight, if any, has finished. */
  async settled(order: Order): Promise<void> {
    await this.inFlight.get(order.id);
  }

  pay(order: Order, account: Account, source: PaymentSource): Promise<PaymentResult> {
    const running = this.inFlight.get(order.id);
    if (running) return running;
    const attempt = this.charge(order, account, source).finally(() => this.inFlight.delete(order.id));
    this.inFlight.set(order.id, attempt);
    return attempt;
  }

  private async charge(order: Order, account: Account, source: PaymentSource): Promise<PaymentResult> {
    const { store, gateway, log } = this.context;
    order.status = 'charging';
    const outcome = await gateway.charge({
      amount: order.quote.totalDue,
      description: `Order ${order.id}: services for ${order.domainName}`,
      source,
      idempotencyKey: `${this.keyPrefix}:order-${order.id}:attempt-${order.chargeAttempt}`,
    });
    if (outcome.status === 'succeeded') {
      const invoice = completeCardPayment(store, order, this.context.today(), outcome.chargeId);
      if (source.kind === 'new-card' && source.save && outcome.card.token) {
        account.storedCard = { ...outcome.card, token: outcome.card.token };
      }
      order.lastPaymentError = null;
      log(`order ${order.id} paid: ${outcome.chargeId}, invoice ${invoice.number}, ${outcome.card.brand} •••• ${outcome.card.last4}`);
      return { ok: true };
    }
    order.status = 'quoted';
    order.lastPaymentError = outcome.reason;
    // A decline is final for that attempt; an unknown outcome keeps its key so a retry replays, not re-charges.
    if (outcome.status === 'declined') order.chargeAttempt++;
    log(`order ${order.id} not paid: ${outcome.status}`);
    return { ok: false, message: outcome.reason };
  }
}
