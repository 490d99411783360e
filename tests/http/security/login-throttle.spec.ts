/**
 * Password guessing is slowed, then stopped for a while, per account and per
 * client address, on the portal clock: tests move the clock instead of waiting.
 * A locked account is refused even with the right password, with a message
 * saying when to try again; after the lock the right password works.
 */
import type { APIResponse } from '@playwright/test';
import { contosoDental, fabrikamLaw } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { textOf } from './support';

const WRONG_CREDENTIALS = 'The email address or password is not correct.';
const PAUSED = 'Too many unsuccessful log-in attempts. For your security, logging in is paused.';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function wrong(client: PortalClient, email: string = contosoDental.email): Promise<APIResponse> {
  return client.logIn({ email, password: 'not-the-password' });
}

/** `wait` is in seconds, as the message gives it below 90 s: the Retry-After header then holds the same number. */
async function expectPaused(response: APIResponse, wait: `${number} seconds`, at: string): Promise<void> {
  expect(response.status()).toBe(429);
  const text = textOf(await response.text());
  expect(text).toContain(PAUSED);
  expect(text).toContain(`Try again after ${at} (in ${wait}).`);
  expect(response.headers()['retry-after']).toBe(wait.split(' ')[0]);
}

async function expectSignedOut(client: PortalClient): Promise<void> {
  expect((await client.request.get('/home', { maxRedirects: 0 })).status()).toBe(303);
}

test.describe('per account', () => {
  test('four wrong passwords are answered as wrong; the fifth pauses logging in for 30 seconds', async ({ request }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await wrong(client);
      expect(response.status(), `attempt ${attempt}`).toBe(401);
      expect(textOf(await response.text())).toContain(WRONG_CREDENTIALS);
    }
    await expectPaused(await wrong(client), '30 seconds', '3:00 PM UTC');
  });

  test('the right password during the pause is refused; after it, it works', async ({ request, portal }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 5; attempt++) await wrong(client);
    await expectPaused(await client.logIn(contosoDental), '30 seconds', '3:00 PM UTC');
    await expectSignedOut(client);

    portal.clock.advance(29 * SECOND);
    expect((await client.logIn(contosoDental)).status()).toBe(429);
    portal.clock.advance(2 * SECOND);
    const login = await client.logIn(contosoDental);
    expect(login.status()).toBe(303);
    expect((await request.get('/home')).status()).toBe(200);
  });

  test('each further failure doubles the pause, up to a 15-minute lock that the right password cannot open', async ({ request, portal }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 4; attempt++) await wrong(client);
    // 30 s, 1, 2, 4, 8 min, then 15 min: each failure made as soon as the previous pause ends.
    const pauses = [30 * SECOND, 1 * MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 15 * MINUTE, 15 * MINUTE];
    for (const pause of pauses) {
      const response = await wrong(client);
      expect(response.status()).toBe(429);
      expect(Number(response.headers()['retry-after'])).toBe(pause / SECOND);
      portal.clock.advance(pause);
    }
    // Locked for 15 minutes again by one more failure: the right password is refused until the end.
    portal.clock.advance(-15 * MINUTE + 1);
    const locked = await client.logIn(contosoDental);
    expect(locked.status()).toBe(429);
    expect(textOf(await locked.text())).toMatch(/in 15 minutes\)\./);
    portal.clock.advance(15 * MINUTE - 2 * SECOND);
    expect((await client.logIn(contosoDental)).status()).toBe(429);
    portal.clock.advance(2 * SECOND);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
  });

  test('twenty guesses sent at once: none gets in, all are paused, and only five were counted (a 30-second pause)', async ({ request, portal }) => {
    const client = new PortalClient(request);
    const csrf = await client.csrfToken('/login');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => client.postForm('/login', { email: contosoDental.email, password: `guess-${index}` }, { csrf })),
    );
    expect(responses.map((response) => response.status())).toEqual(Array(20).fill(429));
    expect(Math.max(...responses.map((response) => Number(response.headers()['retry-after'])))).toBe(30);
    await expectSignedOut(client);
    portal.clock.advance(30 * SECOND);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
  });

  test('a pause on one account leaves the others alone', async ({ request, playwright, portal }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 5; attempt++) await wrong(client);
    const other = await playwright.request.newContext({ baseURL: portal.url });
    expect((await new PortalClient(other).logIn(fabrikamLaw)).status()).toBe(303);
    await other.dispose();
  });

  test('an unknown email is paused exactly like a real one, so the answer reveals nothing', async ({ request }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await wrong(client, 'nobody@example.com')).status()).toBe(401);
    await expectPaused(await wrong(client, 'nobody@example.com'), '30 seconds', '3:00 PM UTC');
  });

  test('a successful log-in clears the count', async ({ request }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 4; attempt++) await wrong(client);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await wrong(client)).status()).toBe(401);
  });

  test('email case and spaces do not make a fresh count', async ({ request }) => {
    const client = new PortalClient(request);
    const spellings = ['it@contoso-dental.example', 'IT@Contoso-Dental.example', ' it@contoso-dental.example ', 'IT@CONTOSO-DENTAL.EXAMPLE'];
    for (const email of spellings) await wrong(client, email);
    expect((await wrong(client, 'It@contoso-dental.example')).status()).toBe(429);
  });
});

test.describe('in another billing time zone', () => {
  test.use({ billingTimeZone: 'America/New_York' });

  test('the message gives the time there: 15:00Z is 10:00 AM EST', async ({ request }) => {
    const client = new PortalClient(request);
    for (let attempt = 1; attempt <= 4; attempt++) await wrong(client);
    await expectPaused(await wrong(client), '30 seconds', '10:00 AM EST');
  });
});

test.describe('per client address', () => {
  test('twenty failures spread over many accounts pause every log-in from that address', async ({ request, portal }) => {
    const client = new PortalClient(request);
    for (let index = 1; index <= 20; index++) {
      expect((await wrong(client, `guess-${index}@example.com`)).status(), `guess ${index}`).toBe(401);
    }
    await expectPaused(await wrong(client, 'guess-21@example.com'), '30 seconds', '3:00 PM UTC');
    // Contoso never failed, but the address guessing is paused, right password or not.
    await expectPaused(await client.logIn(contosoDental), '30 seconds', '3:00 PM UTC');
    portal.clock.advance(30 * SECOND);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
  });
});
