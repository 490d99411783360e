import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test, expect } from '../../../tests/support/test';
import type { CivilDate } from './calendar';
import { cardBrand, checkNewCard, passesLuhn, type NewCardInput } from './card';

/*
 * Inside fast-check properties we check with node:assert: Playwright's expect
 * records a report step per call, which turns thousands of runs into minutes.
 * fast-check still reports the failing assertion with its counterexample.
 */

const TODAY: CivilDate = { year: 2026, month: 11, day: 26 };

const MESSAGES = {
  numberLength: 'Enter the card number: 12 to 19 digits.',
  numberLuhn: 'This card number is not valid. Check it for a mistyped digit.',
  name: 'Enter the name as it is printed on the card.',
  nameTooLong: 'The name on the card can be at most 100 characters.',
  expiryFormat: 'Enter the expiry date as MM/YY, such as 04/29.',
  expired: 'This card has expired. Use another card.',
  cvc3: 'Enter the 3-digit security code (CVC) from the card.',
  cvc4: 'Enter the 4-digit security code (CVC) from the card.',
};

const VISA: NewCardInput = { number: '4242 4242 4242 4242', name: 'Ada Lovelace', expiry: '04/29', cvc: '123' };
const AMEX: NewCardInput = { number: '3782 822463 10005', name: 'Ada Lovelace', expiry: '04/29', cvc: '1234' };

const errorsFor = (input: Partial<NewCardInput>, base = VISA) => {
  const result = checkNewCard({ ...base, ...input }, TODAY);
  return result.ok ? {} : result.errors;
};

/** The Luhn check digit, computed independently of the module. */
function luhnCheckDigit(payload: string): number {
  let sum = 0;
  [...payload].reverse().forEach((char, index) => {
    const doubled = index % 2 === 0 ? Number(char) * 2 : Number(char);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10;
}

test.describe('passesLuhn', () => {
  test('accepts well-known valid numbers', () => {
    for (const digits of ['79927398713', '4242424242424242', '4000000000000002', '5555555555554444', '378282246310005', '6011111111111117', '0']) {
      expect(passesLuhn(digits), digits).toBe(true);
    }
  });

  test('refuses a mistyped last digit or swapped neighbours', () => {
    for (const digits of ['79927398710', '4242424242424241', '4242424242424243', '5555555555554445', '378282246310006']) {
      expect(passesLuhn(digits), digits).toBe(false);
    }
    // 4242… with its first two digits swapped: 2442424242424242
    expect(passesLuhn('2442424242424242')).toBe(false);
  });

  test('property: a correct check digit passes and any single changed digit fails', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 18 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const number = payload + String(luhnCheckDigit(payload));
          assert.ok(passesLuhn(number), number);
          const at = position % number.length;
          const changed = number.slice(0, at) + String((Number(number[at]) + shift) % 10) + number.slice(at + 1);
          assert.ok(!passesLuhn(changed), changed);
        },
      ),
    );
  });
});

test.describe('cardBrand', () => {
  const cases: [string, string][] = [
    ['4242424242424242', 'Visa'],
    ['4000000000000002', 'Visa'],
    ['5105105105105100', 'Mastercard'],
    ['5555555555554444', 'Mastercard'],
    ['2223003122003222', 'Mastercard'],
    ['2720990000000000', 'Mastercard'],
    ['378282246310005', 'American Express'],
    ['341111111111111', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['6500000000000002', 'Discover'],
    ['3056930009020004', 'Card'],
    ['5000000000000000', 'Card'],
    ['5600000000000000', 'Card'],
    ['6100000000000000', 'Card'],
    ['1234567812345670', 'Card'],
    // A brand is read from the first digits only: 65 or 6011 further in is no Discover card.
    ['1265000000000000', 'Card'],
    ['4000601100000000', 'Visa'],
    ['', 'Card'],
  ];
  for (const [digits, brand] of cases) {
    test(`${digits || '(empty)'} is ${brand}`, () => {
      expect(cardBrand(digits)).toBe(brand);
    });
  }
});

test.describe('checkNewCard: a good card', () => {
  test('a Visa typed with spaces comes back as digits, brand and last 4', () => {
    expect(checkNewCard(VISA, TODAY)).toEqual({
      ok: true,
      card: { number: '4242424242424242', name: 'Ada Lovelace', expMonth: 4, expYear: 2029, cvc: '123', brand: 'Visa', last4: '4242' },
    });
  });

  test('dashes, no separators and stray spaces around fields are all fine', () => {
    const dashed = checkNewCard({ number: '4242-4242-4242-4242', name: '  Ada Lovelace ', expiry: ' 04 / 29 ', cvc: ' 123 ' }, TODAY);
    expect(dashed).toMatchObject({ ok: true, card: { number: '4242424242424242', name: 'Ada Lovelace', cvc: '123', expMonth: 4, expYear: 2029 } });
    expect(checkNewCard({ ...VISA, number: '4242424242424242' }, TODAY).ok).toBe(true);
  });

  test('an American Express card with a 4-digit CVC', () => {
    expect(checkNewCard(AMEX, TODAY)).toMatchObject({ ok: true, card: { brand: 'American Express', last4: '0005', cvc: '1234' } });
  });
});

test.describe('checkNewCard: the card number', () => {
  test('a failed Luhn check says to look for a mistyped digit', () => {
    expect(errorsFor({ number: '4242 4242 4242 4241' })).toEqual({ number: MESSAGES.numberLuhn });
  });

  test('too short, too long, empty or with letters asks for 12 to 19 digits', () => {
    for (const number of ['', '4242 4242', '42424242424', '42424242424242424242', '4242 4242 4242 424a', '4242.4242.4242.4242', '４２４２４２４２４２４２４２４２']) {
      expect(errorsFor({ number }), number).toEqual({ number: MESSAGES.numberLength });
    }
  });

  test('12 and 19 digits are both long enough', () => {
    expect(errorsFor({ number: '424242424242' })).toEqual({}); // 12 digits, passes Luhn
    const nineteen = '424242424242424242';
    const full = nineteen + String(luhnCheckDigit(nineteen));
    expect(errorsFor({ number: full })).toEqual({});
  });
});

test.describe('checkNewCard: the expiry date', () => {
  test('the current month is still valid', () => {
    expect(errorsFor({ expiry: '11/26' })).toEqual({});
  });

  test('next month and later years are valid', () => {
    expect(errorsFor({ expiry: '12/26' })).toEqual({});
    expect(errorsFor({ expiry: '01/27' })).toEqual({});
    expect(errorsFor({ expiry: '01/99' })).toEqual({});
  });

  test('last month, or any month of a past year, has expired', () => {
    for (const expiry of ['10/26', '01/26', '12/25', '11/25', '12/00']) {
      expect(errorsFor({ expiry }), expiry).toEqual({ expiry: MESSAGES.expired });
    }
  });

  test('on the first of a month, that month is still valid', () => {
    const result = checkNewCard({ ...VISA, expiry: '03/26' }, { year: 2026, month: 3, day: 1 });
    expect(result.ok).toBe(true);
  });

  test('malformed dates ask for MM/YY', () => {
    for (const expiry of ['13/29', '1/29', '00/29', '04/2029', '0429', '04-29', '04/9', '', 'April 2029', '４/29', '104/29', 'x04/29']) {
      expect(errorsFor({ expiry }), expiry).toEqual({ expiry: MESSAGES.expiryFormat });
    }
  });
});

test.describe('checkNewCard: the security code', () => {
  test('Visa needs exactly 3 digits', () => {
    expect(errorsFor({ cvc: '999' })).toEqual({});
    for (const cvc of ['12', '1234', '', '12a', '１２３']) {
      expect(errorsFor({ cvc }), cvc).toEqual({ cvc: MESSAGES.cvc3 });
    }
  });

  test('American Express needs exactly 4 digits', () => {
    for (const cvc of ['123', '12345', '']) {
      expect(errorsFor({ cvc }, AMEX), cvc).toEqual({ cvc: MESSAGES.cvc4 });
    }
  });
});

test.describe('checkNewCard: the name', () => {
  test('blank is refused', () => {
    for (const name of ['', '   ', '\t']) {
      expect(errorsFor({ name }), JSON.stringify(name)).toEqual({ name: MESSAGES.name });
    }
  });

  test('up to 100 characters after trimming; longer is "too long", saying the limit', () => {
    expect(errorsFor({ name: 'A'.repeat(100) })).toEqual({});
    expect(errorsFor({ name: `  ${'A'.repeat(100)}  ` })).toEqual({});
    expect(errorsFor({ name: `\u00a0${'A'.repeat(100)}\u3000` })).toEqual({});
    expect(errorsFor({ name: 'A'.repeat(101) })).toEqual({ name: MESSAGES.nameTooLong });
    // Characters, not UTF-16 units: 100 accented or astral letters fit.
    expect(errorsFor({ name: '\u{1D400}'.repeat(100) })).toEqual({});
  });

  test('any Unicode space reads as one space, inside the name too', () => {
    const result = checkNewCard({ ...VISA, name: '\u00a0Ada\u00a0\u2009 Lovelace\u202f' }, TODAY);
    expect(result).toMatchObject({ ok: true, card: { name: 'Ada Lovelace' } });
  });
});

test.describe('checkNewCard: what looks right is right', () => {
  test('a card number split by non-breaking, thin or other Unicode spaces', () => {
    for (const number of ['4242\u00a04242\u00a04242\u00a04242', '4242\u20094242\u20094242\u20094242', '4242\u202f4242\u30004242\u200b4242', '\u00a04242424242424242\u00a0']) {
      expect(checkNewCard({ ...VISA, number }, TODAY), JSON.stringify(number)).toMatchObject({ ok: true, card: { number: '4242424242424242' } });
    }
  });

  test('an expiry and a CVC with non-breaking spaces', () => {
    expect(checkNewCard({ ...VISA, expiry: '04\u00a0/\u00a029', cvc: '\u00a0123\u00a0' }, TODAY)).toMatchObject({ ok: true, card: { expMonth: 4, expYear: 2029, cvc: '123' } });
  });
});

test.describe('checkNewCard: several mistakes at once', () => {
  test('every field with a problem gets its own message', () => {
    const result = checkNewCard({ number: '1234', name: ' ', expiry: '13/29', cvc: '1' }, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: { number: MESSAGES.numberLength, name: MESSAGES.name, expiry: MESSAGES.expiryFormat, cvc: MESSAGES.cvc3 },
    });
  });

  test('the CVC length follows the brand even when the number is otherwise wrong', () => {
    // An Amex-looking number that fails Luhn still needs a 4-digit code.
    expect(errorsFor({ number: '3782 822463 10006', cvc: '123' })).toEqual({ number: MESSAGES.numberLuhn, cvc: MESSAGES.cvc4 });
  });
});
