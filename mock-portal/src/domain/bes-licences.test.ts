import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { canAddBesUser, noLicenceLeftMessage, totalBelowUsersMessage, usableLicences } from './bes-licences';

const ALEX = { displayName: 'Alex Kim', email: 'alex@contoso-dental.com' };
const JORDAN = { displayName: 'Jordan Lee', email: 'jordan@contoso-dental.com' };
const SAM = { displayName: 'Sam Ortiz', email: 'sam@contoso-dental.com' };

test.describe('BES user licences', () => {
  test('as many BES users as licences: the last licence can be taken, one more cannot', () => {
    expect(canAddBesUser(1, 0)).toBe(true);
    expect(canAddBesUser(1, 1)).toBe(false);
    expect(canAddBesUser(3, 2)).toBe(true);
    expect(canAddBesUser(3, 3)).toBe(false);
    expect(canAddBesUser(0, 0)).toBe(false);
    expect(canAddBesUser(2, 5)).toBe(false);
  });

  test('an unsettled order lowering the total counts; one raising it does not yet', () => {
    expect(usableLicences(3, [])).toBe(3);
    expect(usableLicences(3, [1])).toBe(1);
    expect(usableLicences(3, [5])).toBe(3);
    expect(usableLicences(3, [5, 2, 4])).toBe(2);
    expect(usableLicences(0, [2])).toBe(0);
  });

  test('one more BES user is refused with a message that names the domain and the licences', () => {
    expect(noLicenceLeftMessage('contoso-dental.com', 1, 0)).toBeNull();
    expect(noLicenceLeftMessage('contoso-dental.com', 3, 2)).toBeNull();
    expect(noLicenceLeftMessage('contoso-dental.com', 1, 1)).toBe('contoso-dental.com has 1 BES user licence and it is in use, so another BES user cannot be added.');
    expect(noLicenceLeftMessage('contoso-dental.com', 3, 3)).toBe('contoso-dental.com has 3 BES user licences and all 3 are in use, so another BES user cannot be added.');
    expect(noLicenceLeftMessage('contoso-labs.net', 0, 0)).toBe('contoso-labs.net has no BES user licences, so no BES user can be added.');
    expect(noLicenceLeftMessage('contoso-dental.com', 2, 3)).toBe('contoso-dental.com has 2 BES user licences and all 2 are in use, so another BES user cannot be added.');
  });

  test('property: a message exactly when no licence is left', () => {
    fc.assert(
      fc.property(fc.nat({ max: 300 }), fc.nat({ max: 300 }), (licences, users) => {
        assert.equal(noLicenceLeftMessage('d.example', licences, users) === null, users < licences);
      }),
    );
  });
});

test.describe('lowering the BES total below the BES users', () => {
  test('a total at or above the number of users is fine', () => {
    expect(totalBelowUsersMessage('contoso-dental.com', 2, [ALEX, JORDAN])).toBeNull();
    expect(totalBelowUsersMessage('contoso-dental.com', 5, [ALEX, JORDAN])).toBeNull();
    expect(totalBelowUsersMessage('contoso-dental.com', 0, [])).toBeNull();
  });

  test('one below: names every user and how many to remove', () => {
    expect(totalBelowUsersMessage('contoso-dental.com', 1, [ALEX, JORDAN])).toBe(
      'contoso-dental.com has 2 BES users, so its BES total cannot be lower than 2. Remove 1 of these BES users first (BES Users page): Alex Kim (alex@contoso-dental.com), Jordan Lee (jordan@contoso-dental.com).',
    );
  });

  test('to zero with three users: remove 3 of them', () => {
    expect(totalBelowUsersMessage('contoso-dental.com', 0, [ALEX, JORDAN, SAM])).toBe(
      'contoso-dental.com has 3 BES users, so its BES total cannot be lower than 3. Remove 3 of these BES users first (BES Users page): Alex Kim (alex@contoso-dental.com), Jordan Lee (jordan@contoso-dental.com), Sam Ortiz (sam@contoso-dental.com).',
    );
  });

  test('one user: "this BES user"', () => {
    expect(totalBelowUsersMessage('contoso-dental.com', 0, [ALEX])).toBe(
      'contoso-dental.com has 1 BES user, so its BES total cannot be lower than 1. Remove this BES user first (BES Users page): Alex Kim (alex@contoso-dental.com).',
    );
  });
});
