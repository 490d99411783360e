import { expect, test } from './test';
import { centsOf, changeOf, changeText, countOf, daysChargedOf, daysInMonth, isoDateOf } from './figure-text';

test.describe('figures read back from the pages\' text', () => {
  test('amounts, with thousands separators and a real minus sign or a hyphen', () => {
    expect(centsOf('$1.66')).toBe(166);
    expect(centsOf(' $1,234.56 ')).toBe(123456);
    expect(centsOf('−$3.32')).toBe(-332);
    expect(centsOf('-$0.05')).toBe(-5);
    for (const text of ['1.66', '$1.6', '$1,23.00', 'USD 1.00', '']) expect(() => centsOf(text), text).toThrow(/is not an amount/);
  });

  test('counts, changes and days charged', () => {
    expect(countOf('3')).toBe(3);
    expect(() => countOf('3.5')).toThrow();
    expect(changeOf('+1')).toBe(1);
    expect(changeOf('−2')).toBe(-2);
    expect(() => changeOf('1')).toThrow(/is not a change/);
    expect(changeText(1)).toBe('+1');
    expect(changeText(-2)).toBe('−2');
    expect(daysChargedOf('5 of 30 days')).toEqual({ charged: 5, inMonth: 30 });
    expect(daysChargedOf('1 of 31 day')).toEqual({ charged: 1, inMonth: 31 });
    expect(() => daysChargedOf('5/30')).toThrow();
  });

  test('dates, and the length of their month, leap years included', () => {
    expect(isoDateOf('November 26, 2026')).toBe('2026-11-26');
    expect(isoDateOf('February 29, 2028')).toBe('2028-02-29');
    expect(() => isoDateOf('February 29, 2027')).toThrow(/is not a date/);
    expect(() => isoDateOf('Nov 26, 2026')).toThrow(/is not a date/);
    expect(daysInMonth(2026, 11)).toBe(30);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});
