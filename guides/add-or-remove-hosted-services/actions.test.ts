import { accounts } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import { expectedFigures, resolveServiceChange } from './actions';

const contoso = accounts.find((account) => account.id === 'contoso-dental')!;
const base = { account: contoso, portalNow: '2026-11-26T15:00:00Z', timeZone: 'UTC' };

test.describe('Add or Remove Hosted Services: the example and its figures', () => {
  test('the oracle\'s figures for the guide\'s example', () => {
    const example = resolveServiceChange(base, { domain: 'contoso-dental.com', service: 'exchange-mailbox', newTotal: 3 });
    expect(example.billingDate).toBe('2026-11-26');
    expect(expectedFigures(example)).toEqual({
      domain: 'contoso-dental.com',
      oldTotal: '2',
      newTotal: '3',
      change: '+1',
      daysCharged: '5 of 30 days',
      lineAmount: '$1.66',
      totalDue: '$1.66',
      newMonthlyTotal: '$45.30',
      amountToPay: '$1.66',
    });
  });

  test('the billing date is the day in the billing zone: 02:00 UTC on 1 December is 30 November in New York', () => {
    const example = resolveServiceChange({ ...base, portalNow: '2026-12-01T02:00:00Z', timeZone: 'America/New_York' }, { domain: 'contoso-dental.com', service: 'exchange-mailbox', newTotal: 3 });
    expect(expectedFigures(example).daysCharged).toBe('1 of 30 days');
  });

  test('an example that does not fit the fixtures is refused, naming the field', () => {
    expect(() => resolveServiceChange(base, { domain: 'fabrikam-law.com', service: 'exchange-mailbox', newTotal: 3 })).toThrow('example.domain: account "contoso-dental" has no domain "fabrikam-law.com"');
    expect(() => resolveServiceChange(base, { domain: 'contoso-dental.com', service: 'fax-line', newTotal: 3 })).toThrow('example.service: No service "fax-line" in fixtures/catalogue.ts');
    const unchanged = resolveServiceChange(base, { domain: 'contoso-dental.com', service: 'exchange-mailbox', newTotal: 2 });
    expect(() => expectedFigures(unchanged)).toThrow('example: 2 is already the total of Hosted Exchange mailbox on contoso-dental.com; the example must change it');
  });
});
