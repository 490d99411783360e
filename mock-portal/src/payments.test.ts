/**
 * Double-click protection below HTTP: CardPayments itself sends one charge
 * for an order or an invoice however many times it is asked at once. The HTTP
 * specs click through the handlers, whose own "already charging" check hides
 * this layer; here nothing stands in front of it.
 */
import { contosoDental, northwindTraders, type AccountFixture } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import { ManualClock } from './clock';
import { makeContext } from './context';
import type { CivilDate } from './domain/calendar';
import type { CardGateway, ChargeOutcome, ChargeRequest, PaymentSource } from './gateway/card-gateway';
import { placeOrder } from './ordering';
import { CardPayments } from './payments';
import { seedStore } from './seed';

const TODAY: CivilDate = { year: 2026, month: 11, day: 26 };

/** A gateway that records each charge and answers only when told to, so calls made together overlap. */
class HeldGateway implements CardGateway {
  readonly requests: ChargeRequest[] = [];
  private readonly waiting: (() => void)[] = [];

  charge(request: ChargeRequest): Promise<ChargeOutcome> {
    this.requests.push(request);
    return new Promise((resolve) => {
      this.waiting.push(() =>
        resolve({ status: 'succeeded', chargeId: `ch_${this.requests.length}`, card: { brand: 'Visa', last4: '4242', expMonth: 12, expYear: 2029, token: null } }),
      );
    });
  }

  answerAll(): void {
    for (const answer of this.waiting.splice(0)) answer();
  }
}

/** A portal charging at a HeldGateway, and one of its accounts as seeded. */
function heldPortal(fixture: AccountFixture) {
  const gateway = new HeldGateway();
  const store = seedStore(TODAY, [contosoDental, northwindTraders]);
  const context = makeContext({
    store,
    clock: new ManualClock('2026-11-26T15:00:00Z'),
    securityClock: new ManualClock('2026-11-26T15:00:00Z'),
    timeZone: 'UTC',
    gateway,
    log: () => {},
  });
  return { gateway, store, payments: new CardPayments(context), account: store.accounts.get(fixture.id)! };
}

const storedCard = (token: string): PaymentSource => ({ kind: 'stored-card', token });

test('an order paid three times at once is charged once, and every caller hears the same result', async () => {
  const { gateway, store, payments, account } = heldPortal(contosoDental);
  const domain = store.domainOf(account.id, 'contoso-dental.com')!;
  const order = placeOrder(store, account, domain, { ...domain.services, 'exchange-mailbox': 3 }, TODAY);

  const clicks = [1, 2, 3].map(() => payments.payOrder(order, account, storedCard(contosoDental.storedCard.token)));
  await Promise.resolve(); // give every click the chance to reach the gateway
  expect(gateway.requests).toHaveLength(1);
  expect(order.status).toBe('charging');
  gateway.answerAll();

  expect(await Promise.all(clicks)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
  expect(gateway.requests.map((request) => request.amount)).toEqual([166]); // $9.95 × 5/30 days
  expect(order.status).toBe('completed');
  expect([...store.invoices.values()].filter((invoice) => invoice.orderId === order.id)).toHaveLength(1);
  expect(domain.services['exchange-mailbox']).toBe(3);
});

test('while an order is being charged, its domain is busy: domainIdle waits for the charge to finish', async () => {
  const { gateway, store, payments, account } = heldPortal(contosoDental);
  const domain = store.domainOf(account.id, 'contoso-dental.com')!;
  const first = placeOrder(store, account, domain, { ...domain.services, 'exchange-mailbox': 3 }, TODAY);
  const second = placeOrder(store, account, domain, { ...domain.services, 'exchange-mailbox': 4 }, TODAY);

  const paying = payments.payOrder(first, account, storedCard(contosoDental.storedCard.token));
  let idle = false;
  const waited = payments.domainIdle(second).then(() => (idle = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(idle).toBe(false);
  gateway.answerAll();
  await paying;
  await waited;
  expect(idle).toBe(true);
  expect(first.status).toBe('completed');
});

test('an invoice paid twice at once (Pay Now double-clicked) is charged once', async () => {
  const { gateway, store, payments, account } = heldPortal(northwindTraders);
  const invoice = store.invoicesOf(account.id)[0]!;
  const clicks = [1, 2].map(() => payments.payInvoice(invoice, account, storedCard(northwindTraders.storedCard.token)));
  await Promise.resolve();
  expect(gateway.requests).toHaveLength(1);
  gateway.answerAll();
  expect(await Promise.all(clicks)).toEqual([{ ok: true }, { ok: true }]);
  expect(gateway.requests.map((request) => request.amount)).toEqual([northwindTraders.unpaidInvoices[0].amountCents]);
  expect(invoice.status).toBe('Paid');
});
