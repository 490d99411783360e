/**
 * `npm run load`: a bounded load test of the mock portal on 127.0.0.1.
 *   LOAD_CUSTOMERS    concurrent customers, each with their own account (default 50)
 *   LOAD_ORDERS       orders each customer places and pays (default 3)
 *   LOAD_DEADLINE_S   hard cap on the whole run, in seconds (default 60)
 * Prints throughput and latency, then checks every order was applied exactly
 * once and the ledger matches the invoices; exits 1 if anything is off.
 */
import { runLoad } from '../tests/load/run-load';

function positiveInteger(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`${name} must be a whole number from 1 to ${max}, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  // Caps keep the run bounded however it is configured: at most 500 × 10 orders, 5 minutes.
  const customers = positiveInteger('LOAD_CUSTOMERS', 50, 500);
  const ordersEach = positiveInteger('LOAD_ORDERS', 3, 10);
  const deadlineS = positiveInteger('LOAD_DEADLINE_S', 60, 300);
  console.log(`Load test: ${customers} customers × ${ordersEach} orders on 127.0.0.1, deadline ${deadlineS} s`);
  const result = await runLoad({ customers, ordersEach, deadlineMs: deadlineS * 1000 });
  console.log(`requests:    ${result.requests} in ${result.seconds.toFixed(2)} s`);
  console.log(`throughput:  ${result.requestsPerSecond.toFixed(1)} requests/s`);
  console.log(`latency:     p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms`);
  console.log(`             p99 without log-in ${result.p99WithoutLoginMs.toFixed(1)} ms; p99 of POST /login ${result.p99LoginMs.toFixed(1)} ms (scrypt by design)`);
  console.log(`orders:      ${result.ordersConfirmed} confirmed of ${customers * ordersEach}; ${result.charges} gateway charges`);
  for (const failure of result.failures.slice(0, 10)) console.log(`FAILED       ${failure}`);
  for (const problem of result.problems.slice(0, 20)) console.log(`INVARIANT    ${problem}`);
  const sound = result.failures.length === 0 && result.problems.length === 0 && result.ordersConfirmed === customers * ordersEach;
  if (sound) console.log('invariants:  all hold (each order applied once, totals, invoice sums, ledger = paid card invoices)');
  else if (result.failures.length > 0) console.log(`incomplete:  ${result.failures.length} customers stopped early (deadline or error, see FAILED); invariants above are for a cut-off run`);
  else console.log('invariants:  BROKEN');
  process.exitCode = sound ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
