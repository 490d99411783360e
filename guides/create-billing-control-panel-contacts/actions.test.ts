import { contosoDental } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import { expectedFigures, resolveNewContact } from './actions';

const base = { account: contosoDental, portalNow: '2026-11-26T15:00:00Z', timeZone: 'UTC' };
const LEE = { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 206 555 0199' };

test.describe('Create Billing Control Panel Contacts: the example and its figures', () => {
  test('the contact is named "First Last", and the list marks the account holder Primary and the new contact Invoices', () => {
    const example = resolveNewContact(base, LEE);
    expect(example.contactName).toBe('Lee Park');
    expect(expectedFigures(example)).toEqual({ primaryMark: 'Primary', notifications: 'Invoices' });
  });

  test('an example the portal would refuse is refused first, naming the field', () => {
    expect(() => resolveNewContact(base, { ...LEE, email: 'IT@Contoso-Dental.example' })).toThrow('example.email: IT@Contoso-Dental.example is already the address of contoso-dental\'s primary contact');
    expect(() => resolveNewContact(base, { ...LEE, firstName: 'Dana', lastName: 'Whitfield' })).toThrow('example: Dana Whitfield is already contoso-dental\'s primary contact');
  });
});
