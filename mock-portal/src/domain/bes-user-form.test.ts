import { expect, test } from '../../../tests/support/test';
import { checkBesUser } from './bes-user-form';

const DOMAIN = 'contoso-dental.com';
const GOOD = { displayName: 'Alex Kim', email: 'alex.kim@contoso-dental.com' };

/** Compared with toStrictEqual: the errors name only the fields in error; a valid field has no key, not an undefined one. */
const errorsFor = (changes: Record<string, unknown>, inUse: readonly string[] = []) => {
  const result = checkBesUser({ ...GOOD, ...changes }, DOMAIN, inUse);
  return result.ok ? {} : result.errors;
};

test.describe('checkBesUser', () => {
  test('a display name and an address on the domain', () => {
    expect(checkBesUser({ displayName: ' Alex Kim ', email: ' Alex.Kim@Contoso-Dental.COM ' }, DOMAIN, [])).toEqual({
      ok: true,
      details: { displayName: 'Alex Kim', email: 'Alex.Kim@Contoso-Dental.COM' },
    });
  });

  test('the domain is compared without regard to case, as DNS does', () => {
    expect(checkBesUser(GOOD, 'Contoso-Dental.COM', []).ok).toBe(true);
  });

  test('an address on another domain, or a subdomain, is refused', () => {
    const message = `Enter an email address on ${DOMAIN}, such as name@${DOMAIN}.`;
    for (const email of ['alex@contoso-labs.net', 'alex@mail.contoso-dental.com', 'alex@contoso-dental.com.evil.example', 'alex@contoso-dental.co']) {
      expect(errorsFor({ email }), email).toStrictEqual({ email: message });
    }
  });

  test('a bad or missing address gets the address messages', () => {
    expect(errorsFor({ email: '' })).toStrictEqual({ email: 'Enter the email address.' });
    expect(errorsFor({ email: 'alex@' })).toStrictEqual({ email: 'Enter an email address in the form name@example.com.' });
    expect(errorsFor({ email: ['a@contoso-dental.com', 'b@contoso-dental.com'] })).toStrictEqual({ email: 'Enter one email address.' });
  });

  test('an address that already has a BES user on the domain, in any case', () => {
    expect(errorsFor({ email: 'ALEX.KIM@contoso-dental.com' }, ['alex.kim@contoso-dental.com'])).toStrictEqual({ email: `This email address already has a BES user on ${DOMAIN}.` });
  });

  test('display names up to 64 characters, required', () => {
    expect(errorsFor({ displayName: 'D'.repeat(64) })).toStrictEqual({});
    expect(errorsFor({ displayName: 'D'.repeat(65) })).toStrictEqual({ displayName: 'The display name can be at most 64 characters.' });
    expect(errorsFor({ displayName: '  ' })).toStrictEqual({ displayName: 'Enter the display name.' });
  });

  test('both wrong: both messages', () => {
    expect(errorsFor({ displayName: '', email: 'alex@contoso-labs.net' })).toStrictEqual({
      displayName: 'Enter the display name.',
      email: `Enter an email address on ${DOMAIN}, such as name@${DOMAIN}.`,
    });
  });
});
