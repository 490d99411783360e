import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { ACCOUNT_POLICY, FailureCounter, lockedMessage, lockFor, LoginThrottle } from './login-throttle';

const T0 = Date.parse('2026-11-26T15:00:00Z');

test('free failures cost nothing; then the pause doubles from 30 s and stops at 15 min', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1000].map((failures) => lockFor(ACCOUNT_POLICY, failures) / 1000)).toEqual([
    0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900,
  ]);
});

test('the pause never shrinks as failures add up, and never passes the cap', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
      const now = lockFor(ACCOUNT_POLICY, failures);
      expect(lockFor(ACCOUNT_POLICY, failures + 1)).toBeGreaterThanOrEqual(now);
      expect(now).toBeLessThanOrEqual(ACCOUNT_POLICY.maxLockMs);
    }),
  );
});

test('a key is locked until the pause ends, and forgotten after a quiet hour', () => {
  const counter = new FailureCounter(ACCOUNT_POLICY);
  for (let index = 0; index < 5; index++) counter.fail('a', T0);
  expect(counter.check('a', T0 + 29_999)).toEqual({ allowed: false, lockedUntil: T0 + 30_000 });
  expect(counter.check('a', T0 + 30_000)).toEqual({ allowed: true });
  expect(counter.fail('a', T0 + 30_000)).toBe(T0 + 90_000); // the sixth: a minute
  expect(counter.fail('b', T0 + 30_000)).toBe(T0 + 30_000); // another key is not locked
  expect(counter.fail('a', T0 + 30_000 + 61 * 60_000)).toBe(T0 + 30_000 + 61 * 60_000); // a quiet hour: a fresh count
});

test('a right password clears the account, not the address', () => {
  const throttle = new LoginThrottle(ACCOUNT_POLICY, { ...ACCOUNT_POLICY, freeFailures: 6 });
  const attempt = (email: string, right: boolean) => {
    throttle.begin(email, T0);
    if (right) {
      throttle.succeed(email);
      return { allowed: true };
    }
    return throttle.fail(email, '10.0.0.1', T0);
  };
  for (let index = 0; index < 4; index++) attempt(' Someone@Example.com', false);
  attempt('someone@example.com', true);
  expect(attempt('someone@example.com', false)).toEqual({ allowed: true }); // the account starts again from zero
  expect(attempt('other@example.com', false)).toEqual({ allowed: true }); // the address: 6 failures, all free
  expect(attempt('third@example.com', false)).toEqual({ allowed: false, lockedUntil: T0 + 30_000 });
  expect(throttle.check('anyone@example.com', '10.0.0.2', T0)).toEqual({ allowed: true });
});

test('a burst of right passwords from one address never pauses it', () => {
  const throttle = new LoginThrottle();
  for (let index = 0; index < 100; index++) throttle.begin(`customer-${index}@example.com`, T0);
  for (let index = 0; index < 100; index++) throttle.succeed(`customer-${index}@example.com`);
  expect(throttle.check('customer-0@example.com', '10.0.0.1', T0)).toEqual({ allowed: true });
});

test('the message says when, in the billing zone, and how long', () => {
  expect(lockedMessage(T0 + 15 * 60_000, T0, 'UTC')).toContain('Try again after 3:15 PM UTC (in 15 minutes).');
  expect(lockedMessage(T0 + 30_000, T0, 'America/New_York')).toContain('Try again after 10:00 AM EST (in 30 seconds).');
  expect(lockedMessage(T0 + 1, T0, 'UTC')).toContain('(in 1 second)');
});

