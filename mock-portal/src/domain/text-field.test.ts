import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from '../../../tests/support/test';
import { characterCount, checkName, fieldText } from './text-field';

const FIRST_NAME = { label: 'first name', max: 5 };

test.describe('fieldText', () => {
  test('trims white space at both ends, keeps it inside', () => {
    expect(fieldText('  Dana  ')).toBe('Dana');
    expect(fieldText('\tDana Lee\n')).toBe('Dana Lee');
    expect(fieldText('\u00a0Dana\u00a0')).toBe('Dana');
  });

  test('a missing field reads as empty; a repeated or non-text one as null', () => {
    expect(fieldText(undefined)).toBe('');
    expect(fieldText('')).toBe('');
    for (const raw of [['a', 'b'], null, 3, { a: 1 }]) expect(fieldText(raw), JSON.stringify(raw)).toBeNull();
  });
});

test.describe('characterCount', () => {
  test('counts what a reader sees as one character as one', () => {
    expect(characterCount('Dana')).toBe(4);
    expect(characterCount('😀')).toBe(1); // one code point, two UTF-16 units
    expect(characterCount('e\u0301')).toBe(1); // e + combining accent, composed to é
    expect(characterCount('')).toBe(0);
  });
});

test.describe('checkName', () => {
  test('accepts a name up to the limit, trimmed and composed', () => {
    expect(checkName('Dana', FIRST_NAME)).toEqual({ ok: true, value: 'Dana' });
    expect(checkName(' Dana ', FIRST_NAME)).toEqual({ ok: true, value: 'Dana' });
    expect(checkName('Abcde', FIRST_NAME)).toEqual({ ok: true, value: 'Abcde' });
    expect(checkName('Zoe\u0308', FIRST_NAME)).toEqual({ ok: true, value: 'Zoë' });
    expect(checkName('李', FIRST_NAME)).toEqual({ ok: true, value: '李' });
    expect(checkName('7', FIRST_NAME)).toEqual({ ok: true, value: '7' });
    expect(checkName('e\u0301'.repeat(5), FIRST_NAME)).toEqual({ ok: true, value: 'é'.repeat(5) });
    expect(checkName("O'Neil", { label: 'last name', max: 6 })).toEqual({ ok: true, value: "O'Neil" });
  });

  test('one character over the limit is refused, counted as characters', () => {
    expect(checkName('Abcdef', FIRST_NAME)).toEqual({ ok: false, message: 'The first name can be at most 5 characters.' });
    expect(checkName('𝒜𝒜𝒜𝒜𝒜', FIRST_NAME)).toEqual({ ok: true, value: '𝒜𝒜𝒜𝒜𝒜' });
    expect(checkName('a𝒜𝒜𝒜𝒜𝒜', FIRST_NAME)).toEqual({ ok: false, message: 'The first name can be at most 5 characters.' });
  });

  test('empty, blank, or without any letter or digit: asks for the name', () => {
    for (const raw of [undefined, '', '   ', '\t', '-', "'.", '\u200b']) {
      expect(checkName(raw, FIRST_NAME), JSON.stringify(raw)).toEqual({ ok: false, message: 'Enter the first name.' });
    }
  });

  test('sent twice or not as text: asks for one', () => {
    expect(checkName(['Dana', 'Lee'], FIRST_NAME)).toEqual({ ok: false, message: 'Enter one first name.' });
  });

  test('line breaks and control characters inside are refused', () => {
    for (const raw of ['Da\nna', 'Da\tna', 'Da\u0000n', 'Da\u007fn', 'Da\u0080n', 'Da\u0085n', 'Da\u009fn', 'Da\u2028n', 'Da\u2029n', 'D\u001fa']) {
      expect(checkName(raw, FIRST_NAME), JSON.stringify(raw)).toEqual({ ok: false, message: 'The first name must be on one line, without control characters.' });
    }
    // The first and last characters outside the control ranges are fine.
    expect(checkName('D\u0020a', FIRST_NAME).ok).toBe(true);
    expect(checkName('D\u00a0a', FIRST_NAME).ok).toBe(true);
    expect(checkName('D~a', FIRST_NAME).ok).toBe(true);
    expect(checkName('D\u2027a', FIRST_NAME).ok).toBe(true);
    expect(checkName('D\u2030a', FIRST_NAME).ok).toBe(true);
  });

  test('the label in each message is the one passed in', () => {
    expect(checkName('', { label: 'display name', max: 64 })).toEqual({ ok: false, message: 'Enter the display name.' });
    expect(checkName('x'.repeat(65), { label: 'display name', max: 64 })).toEqual({ ok: false, message: 'The display name can be at most 64 characters.' });
  });

  test('property: any accepted name is trimmed, within the limit and has a letter or digit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: 'grapheme' }), (raw) => {
        const result = checkName(raw, FIRST_NAME);
        if (!result.ok) return;
        assert.equal(result.value, result.value.trim());
        assert.ok(characterCount(result.value) <= 5);
        assert.match(result.value, /[\p{L}\p{N}]/u);
      }),
      { numRuns: 300 },
    );
  });
});
