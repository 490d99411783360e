import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test, expect } from '../../../tests/support/test';
import { parseServiceTotal, type AllowedRange } from './service-total';

/*
 * Inside fast-check properties we check with node:assert: Playwright's expect
 * records a report step per call, which turns thousands of runs into minutes.
 * fast-check still reports the failing assertion with its counterexample.
 */

const MAILBOXES: AllowedRange = { min: 1, max: 250 };
const BES_USERS: AllowedRange = { min: 0, max: 250 };

const RANGE = 'Enter a total from 1 to 250.';
const EMPTY = `Enter the new total. ${RANGE}`;
const NEGATIVE = `The total cannot be negative. ${RANGE}`;
const NOT_DIGITS = `Enter a whole number using the digits 0–9, such as 3. ${RANGE}`;
const NOT_ONE = `Enter one total. ${RANGE}`;

const accepted = (raw: unknown, range = MAILBOXES) => expect(parseServiceTotal(raw, range), JSON.stringify(raw));

test.describe('parseServiceTotal accepts a plain whole number in range', () => {
  test('"3" is 3', () => {
    expect(parseServiceTotal('3', MAILBOXES)).toEqual({ ok: true, total: 3 });
  });

  test('spaces and tabs around the number are forgiven', () => {
    for (const raw of [' 3 ', '   3', '3   ', '\t3\t', ' \t3 \t']) {
      accepted(raw).toEqual({ ok: true, total: 3 });
    }
  });

  test('any Unicode space around the number is a space: "11" and a non-breaking space is 11', () => {
    // no-break, em, thin, narrow no-break, ideographic, zero-width, byte-order mark
    for (const raw of ['11\u00a0', '\u00a011', '11\u2003', '\u200911\u2009', '11\u202f', '\u300011', '\u200b11', '\ufeff11']) {
      accepted(raw).toEqual({ ok: true, total: 11 });
    }
  });

  test('leading zeros are read as decimal, not octal: "007" is 7, "010" is 10', () => {
    accepted('007').toEqual({ ok: true, total: 7 });
    accepted('010').toEqual({ ok: true, total: 10 });
    accepted('0000000000000000000000003').toEqual({ ok: true, total: 3 });
  });

  test('both ends of the range', () => {
    accepted('1').toEqual({ ok: true, total: 1 });
    accepted('250').toEqual({ ok: true, total: 250 });
    accepted('0', BES_USERS).toEqual({ ok: true, total: 0 });
    accepted('000', BES_USERS).toEqual({ ok: true, total: 0 });
  });
});

test.describe('parseServiceTotal rejects, with a message the customer can act on', () => {
  test('empty or blank: asks for the new total', () => {
    for (const raw of ['', ' ', '   ', '\t', ' \t ']) {
      accepted(raw).toEqual({ ok: false, message: EMPTY });
    }
  });

  test('out of range: 0 mailboxes (min 1), 251 (max 250), and a huge number', () => {
    for (const raw of ['0', '00', '251', '1000', '99999999999999999999', '1' + '0'.repeat(40)]) {
      accepted(raw).toEqual({ ok: false, message: RANGE });
    }
  });

  test('any range is read exactly: seven digits within a large range, and one past the largest safe integer', () => {
    expect(parseServiceTotal('1000000', { min: 0, max: 5_000_000 })).toEqual({ ok: true, total: 1_000_000 });
    expect(parseServiceTotal('9007199254740993', { min: 0, max: Number.MAX_SAFE_INTEGER })).toEqual({
      ok: false,
      message: `Enter a total from 0 to ${Number.MAX_SAFE_INTEGER}.`,
    });
  });

  test('the range in the message is the one passed in', () => {
    expect(parseServiceTotal('251', BES_USERS)).toEqual({ ok: false, message: 'Enter a total from 0 to 250.' });
    expect(parseServiceTotal('6', { min: 2, max: 5 })).toEqual({ ok: false, message: 'Enter a total from 2 to 5.' });
    expect(parseServiceTotal('1', { min: 2, max: 5 })).toEqual({ ok: false, message: 'Enter a total from 2 to 5.' });
  });

  test('a negative number: says totals cannot be negative', () => {
    for (const raw of ['-1', ' -1 ', '-0', '-250', '-99999999999999999999']) {
      accepted(raw).toEqual({ ok: false, message: NEGATIVE });
    }
  });

  test('a minus sign before something that is not a whole number asks for digits, not for a positive number', () => {
    for (const raw of ['-1a', '-2.5', '-3 4', '-']) {
      accepted(raw).toEqual({ ok: false, message: NOT_DIGITS });
    }
  });

  test('decimals, exponents, signs, hex and letters: asks for digits 0–9', () => {
    for (const raw of ['2.5', '3.0', '3.', '.5', '1e3', '1E3', '0x10', '+3', 'three', 'abc', '3a', 'a3', '3 4', '1,000', '--1', '- 1', 'Infinity', 'NaN']) {
      accepted(raw).toEqual({ ok: false, message: NOT_DIGITS });
    }
  });

  test('digits from other scripts are refused, not converted', () => {
    // fullwidth ３, Arabic-Indic ٣, Devanagari ३, mathematical bold 𝟑
    for (const raw of ['３', '٣', '३', '𝟑', '1２']) {
      accepted(raw).toEqual({ ok: false, message: NOT_DIGITS });
    }
  });

  test('line breaks are not spaces, and a space inside the number splits it', () => {
    for (const raw of ['3\n', '\n3', '\r\n3', '1\u00a01', '1 1']) {
      accepted(raw).toEqual({ ok: false, message: NOT_DIGITS });
    }
  });

  test('something that is not one string (missing field, repeated field, number) asks for one total', () => {
    for (const raw of [undefined, null, 3, ['3', '4'], { total: '3' }]) {
      accepted(raw).toEqual({ ok: false, message: NOT_ONE });
    }
  });
});

test.describe('parseServiceTotal properties', () => {
  test('every whole number in range is accepted with or without padding and leading zeros', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 250 }),
        fc.nat({ max: 5 }),
        fc.constantFrom('', ' ', '\t', '  \t'),
        (total, zeros, pad) => {
          assert.deepEqual(parseServiceTotal(`${pad}${'0'.repeat(zeros)}${total}${pad}`, MAILBOXES), { ok: true, total });
        },
      ),
    );
  });

  test('every whole number above the maximum is refused with the range message', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 251n, max: 10n ** 30n }), (total) => {
        assert.deepEqual(parseServiceTotal(total.toString(), MAILBOXES), { ok: false, message: RANGE });
      }),
    );
  });

  test('any string either gives an in-range whole number or a message, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: 'binary' }), (raw) => {
        const result = parseServiceTotal(raw, MAILBOXES);
        if (result.ok) {
          assert.ok(Number.isInteger(result.total) && result.total >= 1 && result.total <= 250, `total ${result.total}`);
          assert.match(raw, /^[ \t]*[0-9]+[ \t]*$/);
        } else {
          assert.ok([EMPTY, NEGATIVE, NOT_DIGITS, RANGE].includes(result.message), result.message);
        }
      }),
      { numRuns: 500 },
    );
  });
});
