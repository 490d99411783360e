/**
 * A bounded load run on loopback: the portal and the sandbox gateway each
 * listen on 127.0.0.1, `customers` customers log in at once and each places
 * and pays `ordersEach` orders, all under one deadline. Used by
 * scripts/load-test.ts (npm run load) and, smaller, by concurrent-orders.spec.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../mock-portal/src/clock';
import { civilDateAt } from '../../mock-portal/src/domain/calendar';
import { HttpCardGateway } from '../../mock-portal/src/gateway/card-gateway';
import { GatewayLedger } from '../../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../../mock-portal/src/portal';
import { seedStore } from '../../mock-portal/src/seed';
import { LoadCustomer, type RequestLog } from './customer';
import { startGatewayServer } from '../support/gateway-server';
import { generateAccounts, STARTING_MAILBOXES, storedCardsOf } from './generated-accounts';
import { checkInvariants, type CustomerRecord } from './invariants';

export interface LoadOptions {
  readonly customers: number;
  readonly ordersEach: number;
  /** the whole run is aborted after this long */
  readonly deadlineMs: number;
  /**
   * 'form' (the default): every customer logs in, and its scrypt check is part
   * of the load. 'session': customers start signed in (createSignedInSession),
   * for a check of the orders alone that must fit a busy machine.
   */
  readonly signIn?: 'form' | 'session';
}

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** p99 of everything but POST /login, whose scrypt check is slow on purpose */
  readonly p99WithoutLoginMs: number;
  readonly p99LoginMs: number;
  readonly ordersConfirmed: number;
  readonly charges: number;
  /** customers whose run stopped with an error */
  readonly failures: readonly string[];
  /** invariant violations found afterwards */
  readonly problems: readonly string[];
}

/** The guide's date, frozen: no run crosses a billing midnight or an idle timeout. */
const LOAD_NOW = '2026-11-26T15:00:00Z';
const TIME_ZONE = 'UTC';

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const accounts = generateAccounts(options.customers);
  const clock = new ManualClock(LOAD_NOW);
  const ledger = new GatewayLedger(storedCardsOf(accounts));
  const gateway = await startGatewayServer(ledger);
  const logs: string[] = [];
  const { app, context, createSignedInSession } = createPortal({
    clock,
    timeZone: TIME_ZONE,
    gateway: new HttpCardGateway(gateway.url),
    store: seedStore(civilDateAt(clock.now(), TIME_ZONE), accounts),
    log: (line) => logs.push(line),
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const log: RequestLog = { samples: [] };
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const failures: string[] = [];
  const records: CustomerRecord[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      accounts.map(async (account) => {
        const domain = account.domains[0]!.name;
        const customer = new LoadCustomer(baseUrl, account.email, domain, !!account.storedCard, log, deadline);
        const confirmed: string[] = [];
        let mailboxes = STARTING_MAILBOXES;
        try {
          if (options.signIn === 'session') customer.useSession(await createSignedInSession(account.id));
          else await customer.logIn();
          for (let index = 0; index < options.ordersEach; index++) {
            const order = await customer.orderOneMoreMailbox(mailboxes);
            confirmed.push(order.orderId);
            mailboxes = order.mailboxes;
          }
        } catch (error) {
          failures.push(`${account.id}: ${(error as Error).message}`);
        }
        records.push({ accountId: account.id, domain, startingMailboxes: STARTING_MAILBOXES, confirmed, finalMailboxes: mailboxes });
      }),
    );
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gateway.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const ascending = (samples: typeof log.samples) => samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const sorted = ascending(log.samples);
  const withoutLogin = ascending(log.samples.filter((sample) => !sample.login));
  const logins = ascending(log.samples.filter((sample) => sample.login));
  return {
    requests: sorted.length,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    p99WithoutLoginMs: percentile(withoutLogin, 99),
    p99LoginMs: percentile(logins, 99),
    maxMs: sorted.at(-1) ?? 0,
    ordersConfirmed: records.reduce((sum, record) => sum + record.confirmed.length, 0),
    charges: ledger.charges.length,
    failures,
    problems: checkInvariants(context.store, ledger, records),
  };
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
