import { expect, test } from './test';
import { activationValidUntil, instantText, organizationReadyAt } from './portal-times';

test.describe('the portal\'s timed rules, as the tests read them', () => {
  test('an activation password generated at 15:00 UTC on November 26 is valid until 15:00 UTC on November 28', () => {
    expect(activationValidUntil('2026-11-26T15:00:00Z', 'UTC')).toBe('November 28, 2026 at 15:00 UTC');
  });

  test('an organization created at 15:00 UTC is ready at 15:10 UTC; one created at 23:55 is ready the next day', () => {
    expect(organizationReadyAt('2026-11-26T15:00:00Z', 'UTC')).toBe('November 26, 2026 at 15:10 UTC');
    expect(organizationReadyAt('2026-12-31T23:55:00Z', 'UTC')).toBe('January 1, 2027 at 00:05 UTC');
  });

  test('48 hours are 48 hours across the end of daylight saving time, read in the billing zone', () => {
    // New York leaves daylight saving time at 02:00 on November 1, 2026: 48 h later the clock reads an hour earlier.
    expect(activationValidUntil('2026-10-31T14:00:00Z', 'America/New_York')).toBe('November 2, 2026 at 09:00 EST');
    expect(instantText(new Date('2026-10-31T14:00:00Z'), 'America/New_York')).toBe('October 31, 2026 at 10:00 EDT');
  });

  test('midnight reads 00:00, never 24:00', () => {
    expect(instantText(new Date('2026-11-27T00:00:00Z'), 'UTC')).toBe('November 27, 2026 at 00:00 UTC');
  });
});
