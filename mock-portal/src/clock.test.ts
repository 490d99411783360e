import { expect, test } from '../../tests/support/test';
import { ManualClock, parseInstant, TickingClock } from './clock';

test.describe('clocks', () => {
  test('ManualClock shows one instant until set or advanced', () => {
    const clock = new ManualClock('2026-11-26T15:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-26T15:00:00.000Z');
    clock.advance(31 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-11-26T15:31:00.000Z');
    clock.set('2027-02-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-02-01T00:00:00.000Z');
  });

  test('TickingClock starts at PORTAL_NOW and moves on with real time, so lockouts end under a frozen billing date', async () => {
    const clock = new TickingClock('2026-11-26T15:00:00Z');
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-11-26T15:00:00Z'));
    await expect.poll(() => clock.now().getTime()).toBeGreaterThan(first);
  });

  test('a malformed instant is refused with an example of the expected form', () => {
    expect(() => parseInstant('26/11/2026')).toThrow('e.g. 2026-11-26T15:00:00Z');
  });
});
