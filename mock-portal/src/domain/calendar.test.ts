import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test, expect } from '../../../tests/support/test';
import {
  addDays,
  civilDateAt,
  compareDates,
  daysInMonth,
  formatDateTime,
  formatLongDate,
  isValidTimeZone,
  parseIsoDate,
  toIsoDate,
  type CivilDate,
} from './calendar';

/*
 * Inside fast-check properties we check with node:assert: Playwright's expect
 * records a report step per call, which turns thousands of runs into minutes.
 * fast-check still reports the failing assertion with its counterexample.
 */

const date = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
const NEW_YORK = 'America/New_York';

/** Gregorian leap-year rule, written out independently of the module. */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Any real calendar date from year 1 to 9999. */
const civilDates = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => date(year, month, Math.min(day, monthLength(year, month))));

test.describe('daysInMonth', () => {
  test('every month of 2026', () => {
    const lengths = Array.from({ length: 12 }, (_, index) => daysInMonth(2026, index + 1));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  test('February follows the leap-year rule, centuries included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  test('years 0 to 99 are not read as 1900 to 1999', () => {
    // Year 0 (proleptic Gregorian) is a leap year; 1900 is not.
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
  });

  test('property: matches the Gregorian rule for any month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        assert.equal(daysInMonth(year, month), monthLength(year, month));
      }),
    );
  });
});

test.describe('civilDateAt: the date a wall clock shows in the billing zone', () => {
  test('in UTC it is the date part of the ISO instant', () => {
    expect(civilDateAt(new Date('2026-11-26T00:00:00Z'), 'UTC')).toEqual(date(2026, 11, 26));
    expect(civilDateAt(new Date('2026-11-26T23:59:59.999Z'), 'UTC')).toEqual(date(2026, 11, 26));
  });

  test('just before local midnight in New York it is still Nov 30 there, already Dec 1 in UTC', () => {
    // 2026-11-30T23:30 EST (UTC−5) is 2026-12-01T04:30Z.
    const instant = new Date('2026-12-01T04:30:00Z');
    expect(civilDateAt(instant, NEW_YORK)).toEqual(date(2026, 11, 30));
    expect(civilDateAt(instant, 'UTC')).toEqual(date(2026, 12, 1));
  });

  test('the last millisecond before and the first after New York midnight', () => {
    expect(civilDateAt(new Date('2026-12-01T04:59:59.999Z'), NEW_YORK)).toEqual(date(2026, 11, 30));
    expect(civilDateAt(new Date('2026-12-01T05:00:00.000Z'), NEW_YORK)).toEqual(date(2026, 12, 1));
  });

  test('just after local midnight in New York both zones agree on Dec 1', () => {
    const instant = new Date('2026-12-01T05:30:00Z'); // 00:30 EST
    expect(civilDateAt(instant, NEW_YORK)).toEqual(date(2026, 12, 1));
    expect(civilDateAt(instant, 'UTC')).toEqual(date(2026, 12, 1));
  });

  test('on the spring-forward day (2026-03-08) New York midnight is 05:00Z, the next one 04:00Z', () => {
    expect(civilDateAt(new Date('2026-03-08T04:59:59Z'), NEW_YORK)).toEqual(date(2026, 3, 7));
    expect(civilDateAt(new Date('2026-03-08T05:00:00Z'), NEW_YORK)).toEqual(date(2026, 3, 8));
    // 02:30 local does not exist; 07:30Z is 03:30 EDT, still Mar 8.
    expect(civilDateAt(new Date('2026-03-08T07:30:00Z'), NEW_YORK)).toEqual(date(2026, 3, 8));
    // 23:30 EDT (UTC−4) is 03:30Z next day: still Mar 8 in New York.
    expect(civilDateAt(new Date('2026-03-09T03:30:00Z'), NEW_YORK)).toEqual(date(2026, 3, 8));
    expect(civilDateAt(new Date('2026-03-09T04:00:00Z'), NEW_YORK)).toEqual(date(2026, 3, 9));
  });

  test('on the fall-back day (2026-11-01) New York midnight is 04:00Z, the next one 05:00Z', () => {
    expect(civilDateAt(new Date('2026-11-01T03:59:59Z'), NEW_YORK)).toEqual(date(2026, 10, 31));
    expect(civilDateAt(new Date('2026-11-01T04:00:00Z'), NEW_YORK)).toEqual(date(2026, 11, 1));
    // 23:30 EST is 04:30Z next day: still Nov 1 in New York.
    expect(civilDateAt(new Date('2026-11-02T04:30:00Z'), NEW_YORK)).toEqual(date(2026, 11, 1));
  });

  test('half-hour and far-east/far-west zones', () => {
    // Kolkata is UTC+5:30: 18:30Z is local midnight.
    expect(civilDateAt(new Date('2026-11-30T18:29:59Z'), 'Asia/Kolkata')).toEqual(date(2026, 11, 30));
    expect(civilDateAt(new Date('2026-11-30T18:30:00Z'), 'Asia/Kolkata')).toEqual(date(2026, 12, 1));
    // Kiritimati is UTC+14 and Pago Pago UTC−11: 25 hours apart, two dates apart at 11:00Z.
    const instant = new Date('2026-06-15T11:00:00Z');
    expect(civilDateAt(instant, 'Pacific/Kiritimati')).toEqual(date(2026, 6, 16));
    expect(civilDateAt(instant, 'Pacific/Pago_Pago')).toEqual(date(2026, 6, 15));
  });

  test('a leap day', () => {
    expect(civilDateAt(new Date('2024-02-29T12:00:00Z'), NEW_YORK)).toEqual(date(2024, 2, 29));
  });

  test('property: in UTC it always equals the ISO date of the instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        assert.equal(toIsoDate(civilDateAt(instant, 'UTC')), instant.toISOString().slice(0, 10));
      }),
    );
  });
});

test.describe('isValidTimeZone', () => {
  test('accepts IANA zones and UTC', () => {
    for (const zone of ['UTC', NEW_YORK, 'Europe/London', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
  });

  test('rejects unknown or empty names', () => {
    for (const zone of ['', 'Mars/Olympus_Mons', 'Not a zone', 'America/NewYork']) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
  });
});

test.describe('addDays', () => {
  test('within a month, across month ends and year ends', () => {
    expect(addDays(date(2026, 11, 26), 0)).toEqual(date(2026, 11, 26));
    expect(addDays(date(2026, 11, 26), 4)).toEqual(date(2026, 11, 30));
    expect(addDays(date(2026, 11, 30), 1)).toEqual(date(2026, 12, 1));
    expect(addDays(date(2026, 12, 31), 1)).toEqual(date(2027, 1, 1));
    expect(addDays(date(2027, 1, 1), -1)).toEqual(date(2026, 12, 31));
  });

  test('through February in leap and common years', () => {
    expect(addDays(date(2024, 2, 28), 1)).toEqual(date(2024, 2, 29));
    expect(addDays(date(2024, 2, 29), 1)).toEqual(date(2024, 3, 1));
    expect(addDays(date(2026, 2, 28), 1)).toEqual(date(2026, 3, 1));
    expect(addDays(date(2024, 3, 1), -1)).toEqual(date(2024, 2, 29));
  });

  test('over a DST change the date moves by whole days', () => {
    expect(addDays(date(2026, 3, 7), 1)).toEqual(date(2026, 3, 8));
    expect(addDays(date(2026, 3, 8), 1)).toEqual(date(2026, 3, 9));
    expect(addDays(date(2026, 10, 31), 2)).toEqual(date(2026, 11, 2));
  });

  test('a whole year, and years 0 to 99', () => {
    expect(addDays(date(2024, 1, 1), 366)).toEqual(date(2025, 1, 1));
    expect(addDays(date(2026, 1, 1), 365)).toEqual(date(2027, 1, 1));
    expect(addDays(date(99, 12, 31), 1)).toEqual(date(100, 1, 1));
    expect(addDays(date(50, 6, 15), 1)).toEqual(date(50, 6, 16));
  });

  test('property: adding then subtracting the same days returns the date', () => {
    fc.assert(
      fc.property(civilDates, fc.integer({ min: -100_000, max: 100_000 }), (start, days) => {
        const moved = addDays(start, days);
        assert.deepEqual(addDays(moved, -days), start);
        assert.equal(Math.sign(compareDates(moved, start)), Math.sign(days));
      }),
    );
  });
});

test.describe('compareDates', () => {
  test('orders by year, then month, then day', () => {
    expect(compareDates(date(2026, 11, 26), date(2026, 11, 26))).toBe(0);
    expect(compareDates(date(2026, 11, 25), date(2026, 11, 26))).toBeLessThan(0);
    expect(compareDates(date(2026, 12, 1), date(2026, 11, 30))).toBeGreaterThan(0);
    expect(compareDates(date(2027, 1, 1), date(2026, 12, 31))).toBeGreaterThan(0);
    expect(compareDates(date(2025, 12, 31), date(2026, 1, 1))).toBeLessThan(0);
  });

  test('sorts a list of dates', () => {
    const sorted = [date(2026, 12, 1), date(2024, 2, 29), date(2026, 11, 30), date(2026, 1, 31)].sort(compareDates);
    expect(sorted.map(toIsoDate)).toEqual(['2024-02-29', '2026-01-31', '2026-11-30', '2026-12-01']);
  });
});

test.describe('toIsoDate and parseIsoDate', () => {
  test('toIsoDate zero-pads month and day', () => {
    expect(toIsoDate(date(2026, 11, 26))).toBe('2026-11-26');
    expect(toIsoDate(date(2026, 1, 5))).toBe('2026-01-05');
  });

  test('parseIsoDate reads real dates, leap day included', () => {
    expect(parseIsoDate('2026-11-26')).toEqual(date(2026, 11, 26));
    expect(parseIsoDate('2024-02-29')).toEqual(date(2024, 2, 29));
    expect(parseIsoDate('2026-01-31')).toEqual(date(2026, 1, 31));
    expect(parseIsoDate('2026-12-01')).toEqual(date(2026, 12, 1));
  });

  test('parseIsoDate refuses text that is not YYYY-MM-DD', () => {
    for (const text of ['', '2026-11-1', '26-11-26', '2026/11/26', ' 2026-11-26', '2026-11-26 ', '2026-11-26T00:00', '２０２６-11-26', '+2026-11-26']) {
      expect(() => parseIsoDate(text), JSON.stringify(text)).toThrow(`Not a date in YYYY-MM-DD form: ${text}`);
    }
  });

  test('parseIsoDate refuses dates that do not exist', () => {
    for (const text of ['2026-02-29', '2100-02-29', '2026-11-31', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00']) {
      expect(() => parseIsoDate(text), text).toThrow(`No such date: ${text}`);
    }
  });

  test('property: toIsoDate and parseIsoDate round-trip', () => {
    fc.assert(
      fc.property(civilDates.filter((d) => d.year >= 1000), (d) => {
        assert.deepEqual(parseIsoDate(toIsoDate(d)), d);
      }),
    );
  });
});

test.describe('formatLongDate', () => {
  test('spells out the month, no padding on the day', () => {
    expect(formatLongDate(date(2026, 11, 26))).toBe('November 26, 2026');
    expect(formatLongDate(date(2024, 2, 29))).toBe('February 29, 2024');
    expect(formatLongDate(date(2026, 1, 1))).toBe('January 1, 2026');
    expect(formatLongDate(date(2026, 12, 31))).toBe('December 31, 2026');
  });

  test('every month by its English name', () => {
    expect(Array.from({ length: 12 }, (_, index) => formatLongDate(date(2027, index + 1, 15)))).toEqual([
      'January 15, 2027', 'February 15, 2027', 'March 15, 2027', 'April 15, 2027', 'May 15, 2027', 'June 15, 2027',
      'July 15, 2027', 'August 15, 2027', 'September 15, 2027', 'October 15, 2027', 'November 15, 2027', 'December 15, 2027',
    ]);
  });
});

test.describe('formatDateTime', () => {
  test('a 24-hour time and the zone\'s short name, on the date of that zone', () => {
    expect(formatDateTime(new Date('2026-11-28T15:00:00Z'), 'UTC')).toBe('November 28, 2026 at 15:00 UTC');
    expect(formatDateTime(new Date('2026-11-26T15:10:00Z'), 'UTC')).toBe('November 26, 2026 at 15:10 UTC');
    expect(formatDateTime(new Date('2026-11-27T00:07:00Z'), 'UTC')).toBe('November 27, 2026 at 00:07 UTC');
    // 03:30 UTC on the 27th is still the 26th in New York (EST, UTC−5).
    expect(formatDateTime(new Date('2026-11-27T03:30:00Z'), 'America/New_York')).toBe('November 26, 2026 at 22:30 EST');
    expect(formatDateTime(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('July 1, 2026 at 08:00 EDT');
  });
});
