import type { Locator } from '@playwright/test';
import type { PortalPages } from '../../tests/pages';
import { expect, test } from '../../tests/support/test';
import { civilDate, figureMismatch, fillPlaceholders } from './figures';
import { resolvePath } from './locators';

test.describe('figures from the run', () => {
  test('the billing date is the calendar date in the billing zone, not in UTC', () => {
    expect(civilDate('2026-11-26T15:00:00Z', 'UTC')).toBe('2026-11-26');
    expect(civilDate('2026-12-01T02:00:00Z', 'America/New_York')).toBe('2026-11-30');
  });

  test('a figure the portal shows differently from the oracle fails, naming the step', () => {
    expect(figureMismatch('step 7 "review-order"', 'totalDue', '$1.66', '$1.66')).toBeUndefined();
    expect(figureMismatch('step 7 "review-order"', 'totalDue', '$1.65', '$1.66')).toBe('step 7 "review-order": the portal shows totalDue = "$1.65" but the rule says "$1.66"');
  });

  test('placeholders are filled from the run only', () => {
    expect(fillPlaceholders('has {{oldTotal}}, needs {{ newTotal }}', { oldTotal: '2', newTotal: '3' }, 'x')).toBe('has 2, needs 3');
    expect(() => fillPlaceholders('{{totalDue}}', {}, 'step 7 "review-order" "text"')).toThrow('step 7 "review-order" "text": {{totalDue}} has no figure from the run');
  });
});

test.describe('page-object paths', () => {
  const fakeLocator = (label: string): Locator => ({ label, ariaSnapshot: async () => '', nth: (index: number) => fakeLocator(`${label}[${index}]`) }) as unknown as Locator;
  const pages = {
    login: { logInButton: fakeLocator('logInButton') },
    myServices: { viewDetailsButton: (domain: string) => fakeLocator(`viewDetails ${domain}`) },
  } as unknown as PortalPages;
  const values = { domain: 'contoso-dental.com', serviceName: 'Hosted Exchange mailbox' };

  test('properties, methods with the example\'s value, and the n-th match resolve', () => {
    expect((resolvePath(pages, 'login.logInButton', values, 'w') as unknown as { label: string }).label).toBe('logInButton');
    expect((resolvePath(pages, 'myServices.viewDetailsButton(domain)[1]', values, 'w') as unknown as { label: string }).label).toBe('viewDetails contoso-dental.com[1]');
  });

  test('a wrong path fails naming the step and the field', () => {
    const where = 'step 4 "view-details" "highlight"';
    expect(() => resolvePath(pages, 'myServices.viewDetailsButton', values, where)).toThrow(`${where}: myServices.viewDetailsButton is a method; say what to pass`);
    expect(() => resolvePath(pages, 'login.logInButton(domain)', values, where)).toThrow(`${where}: login.logInButton is not a method`);
    expect(() => resolvePath(pages, 'checkOut.continueButton', values, where)).toThrow(`${where}: no page object "checkOut" in tests/pages`);
    expect(() => resolvePath(pages, 'login.logInButon', values, where)).toThrow(`${where}: login.logInButon is not a locator of the login page object`);
    expect(() => resolvePath(pages, 'myServices.viewDetailsButton(contactName)', values, where)).toThrow(`${where}: the guide's actions offer no value "contactName" (offered: domain, serviceName)`);
  });
});
