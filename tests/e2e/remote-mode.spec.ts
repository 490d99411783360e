/**
 * The suite's remote mode (PORTAL_URL) against the mock portal started as its
 * own process, as a deployment would be: a child `playwright test` reaches it
 * only through PORTAL_URL, and this test then reads the account over HTTP and
 * the gateway's ledger to see what the run did to it.
 */
import { request } from '@playwright/test';
import { contosoDental } from '../../fixtures/accounts';
import { choosePayment, payWithStoredCard, placeOrder } from '../http/order-steps';
import { readAccountState } from '../support/account-state';
import { runChildPlaywright, specsOf } from '../support/child-playwright';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0];
/** A child run: config, a worker, a browser and seven pages, on a busy 2-core machine. */
const CHILD_RUN_TIMEOUT_MS = 120_000;

function remoteEnvironment(url: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { PORTAL_URL: url, PORTAL_EMAIL: contosoDental.email, PORTAL_PASSWORD: contosoDental.password, PORTAL_DOMAIN: domain.name, ...overrides };
}

// @mock: each test starts a portal process of its own; against a deployment there is none to start.
test.describe('remote mode, against a portal running as its own process', { tag: '@mock' }, () => {
  test('the read-only journey through PORTAL_URL passes and leaves the account as it was: no invoice, no change, no charge', async ({ portalProcess }) => {
    test.setTimeout(CHILD_RUN_TIMEOUT_MS + 30_000);
    const before = await readAccountState(portalProcess.url, contosoDental, domain.name);

    const run = await runChildPlaywright(['tests/e2e/remote-journey.spec.ts', '--project=e2e'], remoteEnvironment(portalProcess.url), CHILD_RUN_TIMEOUT_MS);

    expect(run.exitCode, run.output).toBe(0);
    expect(specsOf(run.report!).map((spec) => spec.tests[0]!.results[0]!.status)).toEqual(['passed']);
    expect(await readAccountState(portalProcess.url, contosoDental, domain.name), 'invoices, services and monthly total').toEqual(before);
    expect(portalProcess.ledger.charges, 'charges in the gateway ledger').toEqual([]);
    expect(portalProcess.ledger.requestCount, 'requests to the gateway').toBe(0);
  });

  test('a wrong password stops `playwright test` before any test, saying "could not log in to PORTAL_URL … as …"', async ({ portalProcess }) => {
    test.setTimeout(CHILD_RUN_TIMEOUT_MS + 30_000);
    const run = await runChildPlaywright(['tests/e2e/remote-journey.spec.ts', '--project=e2e'], remoteEnvironment(portalProcess.url, { PORTAL_PASSWORD: 'Not-The-Password-1!' }), CHILD_RUN_TIMEOUT_MS);

    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain(`could not log in to PORTAL_URL (${portalProcess.url}) as ${contosoDental.email} (the portal says "The email address or password is not correct.")`);
    // Global setup refused the target: no test started, so none waited on a locator.
    expect(run.report?.stats.expected ?? 0, run.output).toBe(0);
    expect(run.report?.stats.unexpected ?? 0, run.output).toBe(0);
    expect(portalProcess.ledger.requestCount).toBe(0);
  });

  test('the harness does see an order that is paid: a charge in the ledger, a new invoice, the new total', async ({ portalProcess }) => {
    const before = await readAccountState(portalProcess.url, contosoDental, domain.name);
    const context = await request.newContext({ baseURL: portalProcess.url });
    try {
      const client = new PortalClient(context);
      await client.logIn(contosoDental);
      const orderId = await placeOrder(client, domain, { 'exchange-mailbox': 3 });
      await choosePayment(client, orderId, 'credit-card');
      expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
    } finally {
      await context.dispose();
    }

    const after = await readAccountState(portalProcess.url, contosoDental, domain.name);
    expect(portalProcess.ledger.charges.map((charge) => charge.amount)).toEqual([166]);
    expect(after.invoices).toHaveLength(before.invoices.length + 1);
    expect(after.invoices[0]).toMatchObject({ total: '$1.66', status: 'Paid' });
    expect(after.services['Hosted Exchange mailbox']).toBe(3);
    expect(after.monthlyTotal).toBe('$45.30');
  });
});
