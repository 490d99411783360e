import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { checkContact, checkNotifications, checkPhone, contactName, noInvoiceRecipient, receivesInvoices, type ContactForm } from './contact-form';

const GOOD: ContactForm = { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 (206) 555-0199', notifications: 'invoices' };
const IN_USE = ['it@contoso-dental.example'];
const PHONE_CHARACTERS = 'Enter the phone number with digits, spaces and + ( ) - only.';
const PHONE_DIGITS = 'Enter a phone number of 7 to 15 digits, with the country code if it is outside the US.';

/** Compared with toStrictEqual: the errors name only the fields in error; a valid field has no key, not an undefined one. */
const errorsFor = (changes: Partial<Record<keyof ContactForm, unknown>>, inUse: readonly string[] = IN_USE) => {
  const result = checkContact({ ...GOOD, ...changes }, inUse);
  return result.ok ? {} : result.errors;
};

test.describe('checkContact accepts a complete form', () => {
  test('returns the details, trimmed, notifications in the form\'s order', () => {
    expect(checkContact({ ...GOOD, firstName: ' Lee ', email: ' lee.park@contoso-dental.example ', notifications: ['technical-notices', 'invoices'] }, IN_USE)).toEqual({
      ok: true,
      details: { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 (206) 555-0199', notifications: ['invoices', 'technical-notices'] },
    });
  });

  test('the phone is optional and no notification need be ticked', () => {
    const result = checkContact({ ...GOOD, phone: '', notifications: undefined }, IN_USE);
    expect(result).toEqual({ ok: true, details: expect.objectContaining({ phone: '', notifications: [] }) });
    expect(checkContact({ ...GOOD, phone: undefined }, IN_USE).ok).toBe(true);
  });

  test('names of 50 characters are accepted, 51 are not', () => {
    expect(errorsFor({ firstName: 'F'.repeat(50), lastName: 'L'.repeat(50) })).toStrictEqual({});
    expect(errorsFor({ firstName: 'F'.repeat(51), lastName: 'L'.repeat(51) })).toStrictEqual({
      firstName: 'The first name can be at most 50 characters.',
      lastName: 'The last name can be at most 50 characters.',
    });
  });
});

test.describe('checkContact refuses each bad field beside it, and only that field', () => {
  test('required names', () => {
    expect(errorsFor({ firstName: '' })).toStrictEqual({ firstName: 'Enter the first name.' });
    expect(errorsFor({ lastName: '  ' })).toStrictEqual({ lastName: 'Enter the last name.' });
    expect(errorsFor({ firstName: undefined, lastName: undefined })).toStrictEqual({ firstName: 'Enter the first name.', lastName: 'Enter the last name.' });
  });

  test('the email address: present, one, valid, not too long', () => {
    expect(errorsFor({ email: '' })).toStrictEqual({ email: 'Enter the email address.' });
    expect(errorsFor({ email: ['a@b.com', 'c@d.com'] })).toStrictEqual({ email: 'Enter one email address.' });
    expect(errorsFor({ email: 'lee.park@' })).toStrictEqual({ email: 'Enter an email address in the form name@example.com.' });
    expect(errorsFor({ email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com` })).toStrictEqual({}); // 254
    expect(errorsFor({ email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com` })).toStrictEqual({ email: 'The email address can be at most 254 characters.' });
  });

  test('the email address is unique on the account, whatever its case', () => {
    const taken = 'Another contact on this account already has this email address. Each contact needs their own.';
    expect(errorsFor({ email: 'it@contoso-dental.example' })).toStrictEqual({ email: taken });
    expect(errorsFor({ email: ' IT@Contoso-Dental.example ' })).toStrictEqual({ email: taken });
    expect(errorsFor({ email: 'it@contoso-dental.example' }, [])).toStrictEqual({});
    expect(errorsFor({ email: 'it@contoso-dental.example' }, ['someone@else.example', 'it@contoso-dental.example'])).toStrictEqual({ email: taken });
  });

  test('a bad email address is reported as bad even if an address like it is taken', () => {
    expect(errorsFor({ email: 'it@contoso-dental' }, ['it@contoso-dental'])).toStrictEqual({ email: 'Enter an email address in the form name@example.com.' });
  });

  test('notifications other than the three are refused', () => {
    const message = 'Choose email notifications from the list.';
    expect(errorsFor({ notifications: 'marketing' })).toStrictEqual({ notifications: message });
    expect(errorsFor({ notifications: ['invoices', 'marketing'] })).toStrictEqual({ notifications: message });
    expect(errorsFor({ notifications: '' })).toStrictEqual({ notifications: message });
    expect(errorsFor({ notifications: { invoices: 'on' } })).toStrictEqual({ notifications: message });
  });

  test('every field wrong at once: every message at once', () => {
    expect(Object.keys(errorsFor({ firstName: '', lastName: '', email: 'x', phone: 'call me', notifications: 'spam' })).sort()).toStrictEqual(['email', 'firstName', 'lastName', 'notifications', 'phone']);
  });
});

test.describe('checkPhone', () => {
  test('digits, spaces and + ( ) - are accepted', () => {
    for (const phone of ['+1 206 555 0142', '(206) 555-0142', '2065550142', '+44 20 7946 0958', '+1-206-555-0142', ' 555 0142 123 ']) {
      expect(checkPhone(phone), phone).toEqual({ ok: true, value: phone.trim() });
    }
    expect(checkPhone('')).toEqual({ ok: true, value: '' });
    expect(checkPhone('   ')).toEqual({ ok: true, value: '' });
  });

  test('any other character is refused', () => {
    for (const phone of ['206.555.0142', '206 555 0142 ext 5', '+1 206 555 0142#', 'tel:2065550142', '２０６５５５０１４２', '206/555/0142', '206\n5550142', '206_555_0142']) {
      expect(checkPhone(phone), JSON.stringify(phone)).toEqual({ ok: false, message: PHONE_CHARACTERS });
    }
  });

  test('7 to 15 digits: 6 and 16 are refused', () => {
    expect(checkPhone('555 014')).toEqual({ ok: false, message: PHONE_DIGITS });
    expect(checkPhone('555 0142')).toEqual({ ok: true, value: '555 0142' });
    expect(checkPhone('+123 456 789 012 345')).toEqual({ ok: true, value: '+123 456 789 012 345' });
    expect(checkPhone('+123 456 789 012 3456')).toEqual({ ok: false, message: PHONE_DIGITS });
    expect(checkPhone('(---)')).toEqual({ ok: false, message: PHONE_DIGITS });
  });

  test('30 characters are accepted, 31 are not', () => {
    const thirty = '+1 (206) 555 - 0142 -  -  -  -';
    expect(thirty).toHaveLength(30);
    expect(checkPhone(thirty)).toEqual({ ok: true, value: thirty });
    expect(checkPhone(`${thirty}-`)).toEqual({ ok: false, message: 'The phone number can be at most 30 characters.' });
  });

  test('sent twice: asks for one', () => {
    expect(checkPhone(['555 0142', '555 0143'])).toEqual({ ok: false, message: 'Enter one phone number, or leave it empty.' });
  });
});

test.describe('checkNotifications', () => {
  test('none, one or several, each once, in the form\'s order', () => {
    expect(checkNotifications(undefined)).toEqual({ ok: true, value: [] });
    expect(checkNotifications([])).toEqual({ ok: true, value: [] });
    expect(checkNotifications('service-changes')).toEqual({ ok: true, value: ['service-changes'] });
    expect(checkNotifications(['technical-notices', 'service-changes', 'invoices', 'invoices'])).toEqual({ ok: true, value: ['invoices', 'service-changes', 'technical-notices'] });
  });

  test('property: the result is always a subset of the three, in order', () => {
    const ids = ['invoices', 'service-changes', 'technical-notices'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids)), (values) => {
        const result = checkNotifications(values);
        assert.ok(result.ok);
        assert.deepEqual(result.value, ids.filter((id) => values.includes(id)));
      }),
    );
  });
});

test.describe('names and invoice recipients', () => {
  test('a contact is named "First Last"', () => {
    expect(contactName({ firstName: 'Dana', lastName: 'Whitfield' })).toBe('Dana Whitfield');
  });

  test('a contact receives invoices when Invoices is ticked', () => {
    expect(receivesInvoices({ notifications: ['invoices'] })).toBe(true);
    expect(receivesInvoices({ notifications: ['service-changes', 'technical-notices'] })).toBe(false);
  });

  test('a change leaving no contact with Invoices ticked is flagged', () => {
    expect(noInvoiceRecipient([])).toBe(true);
    expect(noInvoiceRecipient([{ notifications: ['service-changes'] }, { notifications: [] }])).toBe(true);
    expect(noInvoiceRecipient([{ notifications: ['service-changes'] }, { notifications: ['invoices'] }])).toBe(false);
  });
});
