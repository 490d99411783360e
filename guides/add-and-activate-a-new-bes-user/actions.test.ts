import { contosoDental } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import { expectedFigures, resolveNewBesUser } from './actions';

const base = { account: contosoDental, portalNow: '2026-11-26T15:00:00Z', timeZone: 'UTC' };
const ALEX = { domain: 'contoso-dental.com', displayName: 'Alex Kim', email: 'alex.kim@contoso-dental.com' };

test.describe('Add and Activate a New BES User: the example and its figures', () => {
  test('contoso-dental.com\'s one licence is free, then taken; the password is pending for 48 hours', () => {
    expect(expectedFigures(resolveNewBesUser(base, ALEX))).toEqual({
      domain: 'contoso-dental.com',
      licenceTotal: '1',
      licencesInUse: '0',
      licencesAvailable: '1',
      displayName: 'Alex Kim',
      email: 'alex.kim@contoso-dental.com',
      statusAdded: 'Not activated',
      licencesLeft: '0',
      status: 'Activation pending',
      validUntil: 'November 28, 2026 at 15:00 UTC',
    });
  });

  test('the expiry is read on the portal clock in the billing zone', () => {
    const example = resolveNewBesUser({ ...base, portalNow: '2026-10-31T14:00:00Z', timeZone: 'America/New_York' }, ALEX);
    expect(expectedFigures(example).validUntil).toBe('November 2, 2026 at 09:00 EST');
  });

  test('an example that does not fit the fixtures is refused, naming the field', () => {
    expect(() => resolveNewBesUser(base, { ...ALEX, domain: 'fabrikam-law.com' })).toThrow('example.domain: account "contoso-dental" has no domain "fabrikam-law.com"');
    expect(() => resolveNewBesUser(base, { ...ALEX, email: 'alex.kim@contoso-labs.net' })).toThrow('example.email: alex.kim@contoso-labs.net is not an address on contoso-dental.com');
    // contoso-labs.net has no BES licence: Add BES User would be refused.
    const noLicence = resolveNewBesUser(base, { ...ALEX, domain: 'contoso-labs.net', email: 'alex.kim@contoso-labs.net' });
    expect(() => expectedFigures(noLicence)).toThrow('example.domain: contoso-labs.net has no free BES user licence (0 in total)');
  });
});
