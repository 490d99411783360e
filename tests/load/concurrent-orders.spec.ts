/**
 * The load test's invariants, small enough for every `npm test`: 50 customers
 * at once on loopback, one order each, paid by stored or new card. Every order
 * must be applied exactly once and the ledger must match the paid invoices.
 * `npm run load` runs the same code with more orders and prints throughput.
 */
import { expect, test } from '../support/test';
import { runLoad } from './run-load';

/** ~400 requests on a shared 2-core runner, beside another worker's tests, stay well inside this. */
const DEADLINE_MS = 45_000;

test('50 concurrent customers, one order each: every order applied once, totals, invoices and ledger agree', { tag: '@mock' }, async () => {
  test.setTimeout(DEADLINE_MS + 15_000);
  // Customers start signed in: what this checks is the orders. Fifty scrypt log-ins at once (`npm run load`
  // measures them) took most of a minute on a busy 2-core machine beside the other worker's tests.
  const result = await runLoad({ customers: 50, ordersEach: 1, deadlineMs: DEADLINE_MS, signIn: 'session' });
  test.info().annotations.push({
    type: 'load',
    description: `${result.requests} requests in ${result.seconds.toFixed(1)} s, ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(0)} ms`,
  });
  expect(result.failures).toEqual([]);
  expect(result.problems).toEqual([]);
  expect(result.ordersConfirmed).toBe(50);
  expect(result.charges).toBe(50);
});
