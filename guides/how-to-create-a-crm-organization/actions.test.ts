import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { expect, test } from '../../tests/support/test';
import { expectedFigures, resolveNewOrganization } from './actions';

const base = { account: fabrikamLaw, portalNow: '2026-11-26T15:00:00Z', timeZone: 'UTC' };
const ORGANIZATION = { domain: 'fabrikam-law.com', organizationName: 'Fabrikam Litigation', uniqueName: 'fabrikamlitigation', baseCurrency: 'USD', language: 'English' };

test.describe('How To Create A CRM Organization: the example and its figures', () => {
  test('fabrikam-law.com\'s 3 CRM users; the organization provisions for 10 minutes at https://<unique name>.crm.example', () => {
    expect(expectedFigures(resolveNewOrganization(base, ORGANIZATION))).toEqual({
      domain: 'fabrikam-law.com',
      crmUsers: '3',
      organizationName: 'Fabrikam Litigation',
      uniqueName: 'fabrikamlitigation',
      baseCurrency: 'USD',
      language: 'English',
      status: 'Provisioning',
      readyAt: 'Ready at about November 26, 2026 at 15:10 UTC',
      webAddress: 'https://fabrikamlitigation.crm.example',
    });
  });

  test('an example the portal would refuse is refused first, naming the field', () => {
    expect(() => resolveNewOrganization({ ...base, account: contosoDental }, { ...ORGANIZATION, domain: 'contoso-dental.com' })).toThrow('example.domain: contoso-dental.com has no Dynamics CRM user');
    expect(() => resolveNewOrganization(base, { ...ORGANIZATION, uniqueName: 'Fabrikam Law' })).toThrow('example.uniqueName: "Fabrikam Law" must be 3 to 30 lowercase letters and digits');
    expect(() => resolveNewOrganization(base, { ...ORGANIZATION, uniqueName: 'ab' })).toThrow('example.uniqueName');
    expect(() => resolveNewOrganization(base, { ...ORGANIZATION, baseCurrency: 'JPY' })).toThrow('example.baseCurrency: "JPY" is not one of USD, EUR, GBP');
  });
});
