import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { checkOrganization, checkUniqueName, languageName, LANGUAGES, organizationUrl, type OrganizationForm } from './crm-organization-form';

const GOOD: OrganizationForm = { name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'USD', language: 'en' };
const CHARACTERS = 'Use lowercase letters a–z and digits 0–9 only, with no spaces or other characters.';
const LENGTH = 'The unique name must be 3 to 30 characters long.';

/** Compared with toStrictEqual: the errors name only the fields in error; a valid field has no key, not an undefined one. */
const errorsFor = (changes: Partial<Record<keyof OrganizationForm, unknown>>, taken: readonly string[] = []) => {
  const result = checkOrganization({ ...GOOD, ...changes }, taken);
  return result.ok ? {} : result.errors;
};

test.describe('the organization\'s web address', () => {
  test('is https://<unique name>.crm.example', () => {
    expect(organizationUrl('fabrikamlaw')).toBe('https://fabrikamlaw.crm.example');
  });
});

test.describe('checkUniqueName', () => {
  test('lowercase letters and digits, 3 to 30 of them', () => {
    for (const name of ['abc', 'fab', '123', 'fabrikam2026', 'a'.repeat(30), 'z9z']) {
      expect(checkUniqueName(name, []), name).toEqual({ ok: true, value: name });
    }
    expect(checkUniqueName('  fabrikam  ', [])).toEqual({ ok: true, value: 'fabrikam' });
  });

  test('2 and 31 characters are refused', () => {
    expect(checkUniqueName('ab', [])).toEqual({ ok: false, message: LENGTH });
    expect(checkUniqueName('a', [])).toEqual({ ok: false, message: LENGTH });
    expect(checkUniqueName('a'.repeat(31), [])).toEqual({ ok: false, message: LENGTH });
  });

  test('capitals, spaces, hyphens, accents and other characters are refused', () => {
    for (const name of ['Fabrikam', 'fabrikam law', 'fabrikam-law', 'fabrikam_law', 'fabrikam.law', 'fäbrikam', 'ｆａｂ', 'f\nab', 'fab\u0000rikam', '<b>fab</b>', 'fab%2F']) {
      expect(checkUniqueName(name, []), JSON.stringify(name)).toEqual({ ok: false, message: CHARACTERS });
    }
  });

  test('empty, or sent twice', () => {
    expect(checkUniqueName('', [])).toEqual({ ok: false, message: 'Enter a unique name.' });
    expect(checkUniqueName(undefined, [])).toEqual({ ok: false, message: 'Enter a unique name.' });
    expect(checkUniqueName(['abc', 'def'], [])).toEqual({ ok: false, message: 'Enter one unique name.' });
  });

  test('a unique name taken anywhere on the portal is refused, naming its address', () => {
    expect(checkUniqueName('fabrikam', ['contoso', 'fabrikam'])).toEqual({
      ok: false,
      message: 'The unique name "fabrikam" is already taken: https://fabrikam.crm.example exists. Choose another.',
    });
    expect(checkUniqueName('fabrikam2', ['fabrikam'])).toEqual({ ok: true, value: 'fabrikam2' });
  });

  test('property: accepted exactly when 3–30 of [a-z0-9] and not taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 35, unit: fc.constantFrom(...'abcxyz019A -_é') }), fc.boolean(), (name, isTaken) => {
        const result = checkUniqueName(name, isTaken ? [name.trim()] : ['other']);
        assert.equal(result.ok, /^[a-z0-9]{3,30}$/.test(name.trim()) && !isTaken);
      }),
      { numRuns: 500 },
    );
  });
});

test.describe('checkOrganization', () => {
  test('a complete form gives the details', () => {
    expect(checkOrganization({ ...GOOD, name: ' Fabrikam Law ', baseCurrency: 'GBP', language: 'fr' }, ['contoso'])).toEqual({
      ok: true,
      details: { name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'GBP', language: 'fr' },
    });
  });

  test('organization names up to 64 characters', () => {
    expect(errorsFor({ name: 'N'.repeat(64) })).toStrictEqual({});
    expect(errorsFor({ name: 'N'.repeat(65) })).toStrictEqual({ name: 'The organization name can be at most 64 characters.' });
    expect(errorsFor({ name: '' })).toStrictEqual({ name: 'Enter the organization name.' });
  });

  test('each of USD, EUR and GBP is a base currency; nothing else is', () => {
    for (const currency of ['USD', 'EUR', 'GBP']) expect(errorsFor({ baseCurrency: currency }), currency).toStrictEqual({});
    for (const currency of ['usd', 'JPY', '', undefined, ['USD', 'EUR'], ' USD']) {
      expect(errorsFor({ baseCurrency: currency }), JSON.stringify(currency)).toStrictEqual({ baseCurrency: 'Choose a base currency: USD, EUR, GBP.' });
    }
  });

  test('each listed language is accepted; nothing else is', () => {
    for (const { code } of LANGUAGES) expect(errorsFor({ language: code }), code).toStrictEqual({});
    for (const language of ['EN', 'English', 'xx', '', undefined, ['en', 'fr']]) {
      expect(errorsFor({ language }), JSON.stringify(language)).toStrictEqual({ language: 'Choose a language from the list.' });
    }
  });

  test('every field wrong at once: every message at once', () => {
    expect(Object.keys(errorsFor({ name: '', uniqueName: 'A', baseCurrency: 'JPY', language: 'xx' })).sort()).toStrictEqual(['baseCurrency', 'language', 'name', 'uniqueName']);
  });

  test('the unique name\'s messages come through, taken included', () => {
    expect(errorsFor({ uniqueName: 'fabrikamlaw' }, ['fabrikamlaw'])).toStrictEqual({ uniqueName: 'The unique name "fabrikamlaw" is already taken: https://fabrikamlaw.crm.example exists. Choose another.' });
    expect(errorsFor({ uniqueName: 'ab' })).toStrictEqual({ uniqueName: LENGTH });
  });
});

test.describe('languageName', () => {
  test('names each language', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('pt')).toBe('Portuguese');
    expect(LANGUAGES.map((language) => language.name)).toEqual(['English', 'French', 'German', 'Spanish', 'Italian', 'Dutch', 'Portuguese']);
  });
});
