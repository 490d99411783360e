/**
 * Anonymous traffic leaves nothing behind: 30,000 requests with no cookie (the
 * login page, pages that redirect to it, a login form with no CSRF token) against a portal in its own process, and its heap after a
 * full GC is back within 10 MiB of where it started. A server-side session per
 * visitor (about 3 KB each) would put it some 80 MiB higher.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { expect, test } from '../support/test';

const CHILD = path.join(__dirname, '..', 'support', 'measured-portal.ts');
const REQUESTS = 30_000;
/** Enough for V8 to compile the hot paths and the templates to be cached before the baseline. */
const WARM_UP_REQUESTS = 3_000;
/** The bar: back within 10 MiB of the start. */
const TOLERANCE_BYTES = 10 * 1024 * 1024;
/**
 * And in fact no state per request at all: the smallest session a visitor
 * could leave (an id and one field, about 230 bytes) would add 6–7 MiB here,
 * under the bar above. Heap noise after a full GC is well under this.
 */
const MAX_BYTES_PER_REQUEST = 64;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Everything a visitor without a session can ask for, in turn on each connection. */
const ANONYMOUS_REQUESTS: autocannon.Request[] = [
  { method: 'GET', path: '/login' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/home' },
  { method: 'GET', path: '/login?next=%2Fservices%2Fcontoso-dental.com' },
  { method: 'GET', path: '/services/contoso-dental.com/upgrade' },
  { method: 'GET', path: '/no-such-page' }, // signed out, every unknown path is "log in first"
  { method: 'POST', path: '/login', headers: FORM, body: 'email=it%40contoso-dental.example&password=x' },
];

async function load(url: string, amount: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 50, amount, requests: ANONYMOUS_REQUESTS });
}

let portal: ServerProcess;
test.beforeAll(async () => {
  portal = await startServerProcess(CHILD);
});
test.afterAll(async () => {
  await portal?.stop();
});

test('30,000 cookie-less requests: the heap is back within 10 MiB of its start after a GC', { tag: '@mock' }, async () => {
  test.setTimeout(240_000);
  await load(portal.url, WARM_UP_REQUESTS);
  const before = await portal.heapUsedAfterGc();
  const run = await load(portal.url, REQUESTS);
  const after = await portal.heapUsedAfterGc();
  const grownMiB = (after - before) / 1024 / 1024;
  test.info().annotations.push({
    type: 'memory',
    description: `${run.requests.total} requests in ${(run.duration).toFixed(1)} s; heap ${(before / 1048576).toFixed(1)} → ${(after / 1048576).toFixed(1)} MiB (${grownMiB >= 0 ? '+' : ''}${grownMiB.toFixed(1)} MiB)`,
  });
  console.log(test.info().annotations.at(-1)!.description);
  expect(run.errors + run.timeouts, 'every request was answered').toBe(0);
  expect(run.requests.total).toBeGreaterThanOrEqual(REQUESTS);
  // 200 the login page, 303 to it, 403 a form without a token: never a 5xx.
  expect(Object.keys(run.statusCodeStats ?? {}).sort()).toEqual(['200', '303', '403']);
  expect(after - before, `heap grew ${grownMiB.toFixed(1)} MiB`).toBeLessThan(TOLERANCE_BYTES);
  expect((after - before) / REQUESTS, 'bytes kept per request').toBeLessThan(MAX_BYTES_PER_REQUEST);
});
