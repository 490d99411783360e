import { expect, test } from '../../../tests/support/test';
import { organizationStatus, PROVISIONING_MS, readyAt } from './provisioning';

const CREATED = Date.parse('2026-11-26T15:00:00Z');

test.describe('CRM organization provisioning: Ready 10 minutes after creation', () => {
  test('ready at creation + 10 minutes', () => {
    expect(PROVISIONING_MS).toBe(10 * 60 * 1000);
    expect(readyAt(CREATED)).toBe(Date.parse('2026-11-26T15:10:00Z'));
  });

  test('"Provisioning" up to a moment before 10 minutes, "Ready" from 10 minutes on', () => {
    expect(organizationStatus(CREATED, CREATED)).toBe('Provisioning');
    expect(organizationStatus(CREATED, CREATED + PROVISIONING_MS - 1)).toBe('Provisioning');
    expect(organizationStatus(CREATED, CREATED + PROVISIONING_MS)).toBe('Ready');
    expect(organizationStatus(CREATED, CREATED + PROVISIONING_MS + 1)).toBe('Ready');
  });

  test('a clock set before the creation instant still says "Provisioning"', () => {
    expect(organizationStatus(CREATED, CREATED - 1)).toBe('Provisioning');
  });
});
