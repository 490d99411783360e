import { expect, test } from '../../../tests/support/test';
import { emailDomain, isEmailAddress, MAX_EMAIL_LENGTH, MAX_LOCAL_PART_LENGTH, sameEmailAddress } from './email-address';

test.describe('isEmailAddress', () => {
  test('accepts everyday addresses', () => {
    for (const address of [
      'it@contoso-dental.example',
      'dana.whitfield@contoso-dental.com',
      'a@b.co',
      'billing+invoices@fabrikam-law.com',
      "o'neil@example.org",
      'x_y-z@mail.example.co.uk',
      'a@xn--bcher-kva.xn--p1ai',
      'UPPER@EXAMPLE.COM',
      '1@2a.io',
    ]) {
      expect(isEmailAddress(address), address).toBe(true);
    }
  });

  test('refuses what mail systems would not deliver', () => {
    for (const address of [
      '',
      'plainaddress',
      'contoso-dental.com',
      '@example.com',
      'dana@',
      'dana@example',
      'dana@@example.com',
      'da na@example.com',
      'dana@exa mple.com',
      '.dana@example.com',
      'dana.@example.com',
      'da..na@example.com',
      'dana@.example.com',
      'dana@example..com',
      'dana@example.com.',
      'dana@-example.com',
      'dana@example-.com',
      'dana@example.c',
      'dana@example.c0m',
      'dana@example.123',
      'dana@[192.168.0.1]',
      '"dana"@example.com',
      'dana@exam_ple.com',
      'dana<script>@example.com',
      'dana@example.com\n',
      'Dana Whitfield <dana@example.com>',
      'dana@example.com, lee@example.com',
      'dänä@example.com',
      'dana@exämple.com',
    ]) {
      expect(isEmailAddress(address), JSON.stringify(address)).toBe(false);
    }
  });

  test('the local part may have 64 characters, not 65', () => {
    expect(isEmailAddress(`${'a'.repeat(MAX_LOCAL_PART_LENGTH)}@example.com`)).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(MAX_LOCAL_PART_LENGTH + 1)}@example.com`)).toBe(false);
  });

  test('the whole address may have 254 characters, not 255', () => {
    const label = 'b'.repeat(63);
    const domainOf = (length: number) => {
      // labels of 63 characters joined by dots, ending in ".com", exactly `length` long
      let domain = 'com';
      while (domain.length < length) domain = `${label.slice(0, Math.min(63, length - domain.length - 1))}.${domain}`;
      return domain;
    };
    const at254 = `${'a'.repeat(64)}@${domainOf(MAX_EMAIL_LENGTH - 65)}`;
    expect(at254).toHaveLength(254);
    expect(isEmailAddress(at254)).toBe(true);
    const at255 = `${'a'.repeat(64)}@${domainOf(MAX_EMAIL_LENGTH - 64)}`;
    expect(at255).toHaveLength(255);
    expect(isEmailAddress(at255)).toBe(false);
  });

  test('a domain label may have 63 characters, not 64; a top-level domain 2 letters, not 1', () => {
    expect(isEmailAddress(`a@${'b'.repeat(63)}.com`)).toBe(true);
    expect(isEmailAddress(`a@${'b'.repeat(64)}.com`)).toBe(false);
    expect(isEmailAddress('a@b.cd')).toBe(true);
    expect(isEmailAddress('a@b.c')).toBe(false);
    expect(isEmailAddress(`a@b.${'c'.repeat(63)}`)).toBe(true);
    expect(isEmailAddress(`a@b.${'c'.repeat(64)}`)).toBe(false);
    expect(isEmailAddress('a@b-c.com')).toBe(true);
    expect(isEmailAddress('a@b.xn--p1ai')).toBe(true);
    expect(isEmailAddress('a@b.xn--')).toBe(false);
  });

  test('a top-level domain is letters from its first character to its last: a digit at either end is refused', () => {
    expect(isEmailAddress('a@example.com')).toBe(true);
    expect(isEmailAddress('a@example.1com')).toBe(false);
    expect(isEmailAddress('a@example.com1')).toBe(false);
    expect(isEmailAddress('a@example.c0m')).toBe(false);
  });
});

test.describe('emailDomain and sameEmailAddress', () => {
  test('the domain is the part after the last @, in lower case', () => {
    expect(emailDomain('Dana@Contoso-Dental.COM')).toBe('contoso-dental.com');
    expect(emailDomain('a@b.example')).toBe('b.example');
  });

  test('two addresses differing only in case are the same', () => {
    expect(sameEmailAddress('Dana@Example.com', 'dana@example.COM')).toBe(true);
    expect(sameEmailAddress('dana@example.com', 'dana2@example.com')).toBe(false);
    expect(sameEmailAddress('dana@example.com', 'dana@example.org')).toBe(false);
  });
});
