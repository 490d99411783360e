import { expect, test } from '../../../tests/support/test';
import { plainSpaces, trimSpaces } from './spaces';

test('no-break, thin, em, narrow, ideographic and zero-width spaces, and tabs, become plain spaces', () => {
  expect(plainSpaces('a\u00a0b\u2009c\u2003d\u202fe\u3000f\u200bg\u2060h\ufeffi\tj')).toBe('a b c d e f g h i j');
});

test('line breaks and other characters stay as they are', () => {
  expect(plainSpaces('a\nb\r\nc·d-e_f')).toBe('a\nb\r\nc·d-e_f');
});

test('trimSpaces removes any space at either end, and only spaces', () => {
  expect(trimSpaces('\u00a0 11\u3000\t')).toBe('11');
  expect(trimSpaces('\n11\n')).toBe('\n11\n');
});
