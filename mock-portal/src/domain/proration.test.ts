import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test, expect } from '../../../tests/support/test';
import { civilDateAt, type CivilDate } from './calendar';
import { cents, formatUsd } from './money';
import { daysChargedFrom, monthlyTotal, prorateLine, quoteChange, type ServiceChange } from './proration';

/*
 * Every expected amount below is worked out by hand from the billing rule:
 *   line = (new − old) × unit price × days charged ÷ days in month, rounded half away from zero;
 *   days charged = days in month − day + 1.
 *
 * Inside fast-check properties we check with node:assert: Playwright's expect
 * records a report step per call, which turns thousands of runs into minutes.
 * fast-check still reports the failing assertion with its counterexample.
 */
const PRICE = { mailbox: 995, bes: 450, crm: 4495, archiving: 300, sharepoint: 1495 } as const;
type Service = keyof typeof PRICE;
const PACKAGE = cents(495); // Exchange Business

const date = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

/** The worked example's domain: 2 mailboxes, 1 BES user, 2 archiving, no CRM, no SharePoint. */
const CURRENT: Record<Service, number> = { mailbox: 2, bes: 1, crm: 0, archiving: 2, sharepoint: 0 };

function services(changes: Partial<Record<Service, [number, number]>>): ServiceChange[] {
  return (Object.keys(PRICE) as Service[]).map((id) => {
    const [oldTotal, newTotal] = changes[id] ?? [CURRENT[id], CURRENT[id]];
    return { serviceId: id, unitPrice: cents(PRICE[id]), oldTotal, newTotal };
  });
}

function quote(on: CivilDate, changes: Partial<Record<Service, [number, number]>>, accountCredit = 0) {
  return quoteChange({ date: on, packagePrice: PACKAGE, services: services(changes), accountCredit: cents(accountCredit) });
}

const line = (id: Service, oldTotal: number, newTotal: number): ServiceChange => ({
  serviceId: id,
  unitPrice: cents(PRICE[id]),
  oldTotal,
  newTotal,
});

test.describe('the worked example from the guide', () => {
  test('2 → 3 mailboxes on 2026-11-26: 5 of 30 days, $1.66 today, $45.30 a month', () => {
    const result = quote(date(2026, 11, 26), { mailbox: [2, 3] });
    expect(result.lines).toEqual([
      { serviceId: 'mailbox', unitPrice: 995, oldTotal: 2, newTotal: 3, change: 1, daysCharged: 5, daysInMonth: 30, amount: 166 },
    ]);
    expect(result.subtotal).toBe(166);
    expect(result.creditApplied).toBe(0);
    expect(result.totalDue).toBe(166);
    expect(result.creditCreated).toBe(0);
    // 495 + 3 × 995 + 1 × 450 + 2 × 300 = 4530
    expect(result.newMonthlyTotal).toBe(4530);
    expect(formatUsd(result.totalDue)).toBe('$1.66');
    expect(formatUsd(result.newMonthlyTotal)).toBe('$45.30');
  });
});

test.describe('daysChargedFrom: the change day through the end of its month', () => {
  const cases: [CivilDate, number, number][] = [
    [date(2026, 2, 1), 28, 28],
    [date(2026, 2, 28), 1, 28],
    [date(2024, 2, 1), 29, 29],
    [date(2024, 2, 29), 1, 29],
    [date(2026, 11, 1), 30, 30],
    [date(2026, 11, 26), 5, 30],
    [date(2026, 11, 30), 1, 30],
    [date(2026, 1, 1), 31, 31],
    [date(2026, 1, 31), 1, 31],
    [date(2026, 12, 15), 17, 31],
  ];
  for (const [on, daysCharged, monthLength] of cases) {
    test(`${on.year}-${on.month}-${on.day}: ${daysCharged} of ${monthLength} days`, () => {
      expect(daysChargedFrom(on)).toEqual({ daysCharged, daysInMonth: monthLength });
    });
  }
});

test.describe('prorateLine: one more mailbox ($9.95) in months of each length', () => {
  const cases: [string, CivilDate, number][] = [
    ['28-day month, first day: 28/28 = the full price', date(2026, 2, 1), 995],
    ['28-day month, last day: 995/28 = 35.54 → 36', date(2026, 2, 28), 36],
    ['29-day month, leap day: 995/29 = 34.31 → 34', date(2024, 2, 29), 34],
    ['29-day month, 15 days: 14925/29 = 514.66 → 515', date(2024, 2, 15), 515],
    ['30-day month, first day: the full price', date(2026, 11, 1), 995],
    ['30-day month, last day: 995/30 = 33.17 → 33', date(2026, 11, 30), 33],
    ['31-day month, first day: the full price', date(2026, 1, 1), 995],
    ['31-day month, 16 days: 15920/31 = 513.55 → 514', date(2026, 1, 16), 514],
    ['31-day month, last day: 995/31 = 32.10 → 32', date(2026, 1, 31), 32],
  ];
  for (const [title, on, amount] of cases) {
    test(title, () => {
      expect(prorateLine(line('mailbox', 2, 3), on).amount).toBe(amount);
      expect(prorateLine(line('mailbox', 3, 2), on).amount).toBe(-amount);
    });
  }

  test('the line keeps the service and says how much it changed', () => {
    expect(prorateLine(line('bes', 1, 4), date(2026, 11, 26))).toEqual({
      serviceId: 'bes', unitPrice: 450, oldTotal: 1, newTotal: 4, change: 3, daysCharged: 5, daysInMonth: 30, amount: 225,
    });
    expect(prorateLine(line('archiving', 2, 0), date(2026, 11, 26))).toMatchObject({ change: -2, amount: -100 });
  });
});

test.describe('ties at exactly half a cent round away from zero', () => {
  const ties: [string, Service, number, CivilDate, number][] = [
    ['1 mailbox, 3 of 30 days: 995 × 3 / 30 = 99.5', 'mailbox', 1, date(2026, 11, 28), 100],
    ['3 mailboxes, 1 of 30 days: 2985 / 30 = 99.5', 'mailbox', 3, date(2026, 11, 30), 100],
    ['1 mailbox, 14 of 28 days: 995 × 14 / 28 = 497.5', 'mailbox', 1, date(2026, 2, 15), 498],
    ['1 BES user, 7 of 28 days: 450 × 7 / 28 = 112.5', 'bes', 1, date(2026, 2, 22), 113],
    ['1 CRM user, 14 of 28 days: 4495 × 14 / 28 = 2247.5', 'crm', 1, date(2026, 2, 15), 2248],
    ['1 CRM user, 3 of 30 days: 4495 × 3 / 30 = 449.5', 'crm', 1, date(2026, 11, 28), 450],
    ['1 SharePoint site, 3 of 30 days: 1495 × 3 / 30 = 149.5', 'sharepoint', 1, date(2026, 11, 28), 150],
  ];
  for (const [title, id, count, on, rounded] of ties) {
    test(`${title} → +${rounded}, and −${rounded} for a removal`, () => {
      expect(prorateLine(line(id, 0, count), on).amount).toBe(rounded);
      expect(prorateLine(line(id, count, 0), on).amount).toBe(-rounded);
    });
  }

  test('rounding is once per line, not on the total: 99.5 + 149.5 bills 100 + 150 = 250, not 249', () => {
    const added = quote(date(2026, 11, 28), { mailbox: [2, 3], sharepoint: [0, 1] });
    expect(added.lines.map((l) => l.amount)).toEqual([100, 150]);
    expect(added.subtotal).toBe(250);
    const removed = quote(date(2026, 11, 28), { mailbox: [3, 2], sharepoint: [1, 0] });
    expect(removed.subtotal).toBe(-250);
    expect(removed.creditCreated).toBe(250);
  });
});

test.describe('quoteChange: upgrades, downgrades and mixed orders', () => {
  test('nothing changed: no lines, nothing due, credit untouched', () => {
    const result = quote(date(2026, 11, 26), {}, 500);
    expect(result.lines).toEqual([]);
    expect(result).toMatchObject({ subtotal: 0, creditApplied: 0, totalDue: 0, creditCreated: 0 });
    expect(result.newMonthlyTotal).toBe(3535); // 495 + 1990 + 450 + 600
  });

  test('an upgrade of three services adds a line each', () => {
    // 2 × 995 × 5/30 = 331.67 → 332; 2 × 450 × 5/30 = 150; 2 × 300 × 5/30 = 100
    const result = quote(date(2026, 11, 26), { mailbox: [2, 4], bes: [1, 3], archiving: [2, 4] });
    expect(result.lines.map((l) => [l.serviceId, l.change, l.amount])).toEqual([
      ['mailbox', 2, 332],
      ['bes', 2, 150],
      ['archiving', 2, 100],
    ]);
    expect(result.subtotal).toBe(582);
    expect(result.totalDue).toBe(582);
    expect(result.newMonthlyTotal).toBe(7025); // 495 + 3980 + 1350 + 1200
  });

  test('a downgrade makes account credit, never a refund to the card', () => {
    const result = quote(date(2026, 11, 26), { mailbox: [2, 1] }, 300);
    expect(result.lines.map((l) => l.amount)).toEqual([-166]);
    expect(result).toMatchObject({ subtotal: -166, creditApplied: 0, totalDue: 0, creditCreated: 166 });
    expect(result.newMonthlyTotal).toBe(2540); // 495 + 995 + 450 + 600
  });

  test('a mixed order whose sum is positive is charged the difference', () => {
    // +166 for a mailbox, −300 × 5/30 = −50 for an archiving seat
    const result = quote(date(2026, 11, 26), { mailbox: [2, 3], archiving: [2, 1] });
    expect(result.lines.map((l) => l.amount)).toEqual([166, -50]);
    expect(result).toMatchObject({ subtotal: 116, totalDue: 116, creditCreated: 0 });
    expect(result.newMonthlyTotal).toBe(4230); // 495 + 2985 + 450 + 300
  });

  test('a mixed order whose sum is negative creates credit and charges nothing', () => {
    // +166 mailbox, −450 × 5/30 = −75 BES, −2 × 300 × 5/30 = −100 archiving: −9
    const result = quote(date(2026, 11, 26), { mailbox: [2, 3], bes: [1, 0], archiving: [2, 0] }, 1000);
    expect(result.lines.map((l) => l.amount)).toEqual([166, -75, -100]);
    expect(result).toMatchObject({ subtotal: -9, creditApplied: 0, totalDue: 0, creditCreated: 9 });
    expect(result.newMonthlyTotal).toBe(3480); // 495 + 2985
  });

  test('a mixed order of two half-cent ties: +100 and −150 make 50 of credit', () => {
    const result = quote(date(2026, 11, 28), { mailbox: [2, 3], sharepoint: [1, 0] });
    expect(result).toMatchObject({ subtotal: -50, totalDue: 0, creditCreated: 50 });
  });
});

test.describe('account credit against a positive subtotal', () => {
  const on = date(2026, 11, 26);
  test('partial: $1.00 of credit leaves $0.66 to pay', () => {
    expect(quote(on, { mailbox: [2, 3] }, 100)).toMatchObject({ subtotal: 166, creditApplied: 100, totalDue: 66, creditCreated: 0 });
  });
  test('exact: $1.66 of credit pays it all', () => {
    expect(quote(on, { mailbox: [2, 3] }, 166)).toMatchObject({ subtotal: 166, creditApplied: 166, totalDue: 0, creditCreated: 0 });
  });
  test('more than enough: only what is due is used', () => {
    expect(quote(on, { mailbox: [2, 3] }, 5000)).toMatchObject({ subtotal: 166, creditApplied: 166, totalDue: 0, creditCreated: 0 });
  });
});

test.describe('the billing zone decides the period', () => {
  const addOne = (on: CivilDate) => quote(on, { mailbox: [2, 3] }).lines[0];

  test('23:30 on Nov 30 in New York (04:30Z Dec 1) bills 1 of 30 days there, 31 of 31 in UTC', () => {
    const instant = new Date('2026-12-01T04:30:00Z');
    expect(addOne(civilDateAt(instant, 'America/New_York'))).toMatchObject({ daysCharged: 1, daysInMonth: 30, amount: 33 });
    expect(addOne(civilDateAt(instant, 'UTC'))).toMatchObject({ daysCharged: 31, daysInMonth: 31, amount: 995 });
  });

  test('00:30 on Dec 1 in New York bills the full December in both zones', () => {
    const instant = new Date('2026-12-01T05:30:00Z');
    expect(addOne(civilDateAt(instant, 'America/New_York'))).toMatchObject({ daysCharged: 31, daysInMonth: 31, amount: 995 });
    expect(addOne(civilDateAt(instant, 'UTC'))).toMatchObject({ daysCharged: 31, daysInMonth: 31, amount: 995 });
  });

  test('spring-forward day 2026-03-08: 01:30 EST and 23:30 EDT are both 24 of 31 days', () => {
    // 995 × 24 / 31 = 770.32 → 770
    for (const iso of ['2026-03-08T06:30:00Z', '2026-03-09T03:30:00Z']) {
      expect(addOne(civilDateAt(new Date(iso), 'America/New_York')), iso).toMatchObject({ daysCharged: 24, amount: 770 });
    }
    // In UTC the second instant is already Mar 9: 995 × 23 / 31 = 738.23 → 738
    expect(addOne(civilDateAt(new Date('2026-03-09T03:30:00Z'), 'UTC'))).toMatchObject({ daysCharged: 23, amount: 738 });
  });

  test('fall-back day 2026-11-01: 23:30 EST is still the first of the month in New York', () => {
    const instant = new Date('2026-11-02T04:30:00Z');
    expect(addOne(civilDateAt(instant, 'America/New_York'))).toMatchObject({ daysCharged: 30, daysInMonth: 30, amount: 995 });
    // 995 × 29 / 30 = 961.83 → 962
    expect(addOne(civilDateAt(instant, 'UTC'))).toMatchObject({ daysCharged: 29, daysInMonth: 30, amount: 962 });
  });
});

test.describe('monthlyTotal', () => {
  test('package plus each service at its total', () => {
    expect(monthlyTotal(PACKAGE, [])).toBe(495);
    const worked = [
      { unitPrice: cents(995), total: 3 },
      { unitPrice: cents(450), total: 1 },
      { unitPrice: cents(4495), total: 0 },
      { unitPrice: cents(300), total: 2 },
    ];
    expect(monthlyTotal(PACKAGE, worked)).toBe(4530);
  });

  test('every service at its maximum of 250', () => {
    // 495 + 250 × (995 + 450 + 4495 + 300 + 1495) = 495 + 250 × 7735
    const all = Object.values(PRICE).map((price) => ({ unitPrice: cents(price), total: 250 }));
    expect(monthlyTotal(PACKAGE, all)).toBe(1_934_245);
  });
});

test.describe('property: any date, any order, any credit', () => {
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
  const dates = fc
    .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => date(year, month, Math.min(day, monthLength(year, month))));
  const total = fc.integer({ min: 0, max: 250 });
  const orders = fc.array(fc.tuple(total, fc.oneof(total, fc.constant(-1))), { minLength: 5, maxLength: 5 });

  test('lines, subtotal, credit, total due and new monthly total obey the rule', () => {
    fc.assert(
      fc.property(dates, orders, fc.integer({ min: 0, max: 200_000 }), (on, order, credit) => {
        const ids = Object.keys(PRICE) as Service[];
        // −1 as the new total means "unchanged", so many orders leave some services alone.
        const changes = Object.fromEntries(ids.map((id, i) => {
          const [oldTotal, newTotal] = order[i]!;
          return [id, [oldTotal, newTotal === -1 ? oldTotal : newTotal]];
        })) as Record<Service, [number, number]>;
        const result = quote(on, changes, credit);

        const dim = monthLength(on.year, on.month);
        const daysCharged = dim - on.day + 1;
        const changed = ids.filter((id) => changes[id][0] !== changes[id][1]);
        assert.deepEqual(result.lines.map((l) => l.serviceId), changed);

        for (const l of result.lines) {
          const [oldTotal, newTotal] = changes[l.serviceId as Service];
          const exactNumerator = (newTotal - oldTotal) * PRICE[l.serviceId as Service] * daysCharged;
          assert.deepEqual([l.change, l.daysCharged, l.daysInMonth], [newTotal - oldTotal, daysCharged, dim]);
          // |amount − exact| ≤ ½ cent, in integers: |amount × dim − numerator| × 2 ≤ dim
          const error = l.amount * dim - exactNumerator;
          assert.ok(Math.abs(error) * 2 <= dim, `${l.serviceId}: ${l.amount} is more than ½ cent from ${exactNumerator}/${dim}`);
          // On an exact tie the rounding goes away from zero.
          if (Math.abs(error) * 2 === dim) assert.equal(Math.sign(error), Math.sign(exactNumerator));
        }

        const sum = result.lines.reduce((acc, l) => acc + l.amount, 0);
        assert.equal(result.subtotal, sum);
        assert.equal(result.creditApplied, sum > 0 ? Math.min(credit, sum) : 0);
        assert.equal(result.totalDue, Math.max(0, sum - result.creditApplied));
        assert.equal(result.creditCreated, Math.max(0, -sum));
        assert.equal(result.newMonthlyTotal, 495 + ids.reduce((acc, id) => acc + changes[id][1] * PRICE[id], 0));
      }),
      { numRuns: 1000 },
    );
  });
});
