import { expect, test } from './test';
import { describeInconsistency, orderInconsistencies, roundHalfAwayFromZero, type DomainDetailsFigures, type OrderSummaryFigures } from './order-consistency';

const MAILBOX = 'Hosted Exchange mailbox';
const BES = 'BlackBerry Enterprise Server (BES) user';
const ARCHIVING = 'Email archiving (per mailbox)';

/** contoso-dental.com on the guide's date: 2 mailboxes, 1 BES user, 2 archiving seats, Exchange Business. */
const details: DomainDetailsFigures = {
  packageMonthlyCents: 495,
  services: [
    { name: MAILBOX, quantity: 2, unitPriceCents: 995 },
    { name: BES, quantity: 1, unitPriceCents: 450 },
    { name: ARCHIVING, quantity: 2, unitPriceCents: 300 },
  ],
  monthlyTotalCents: 495 + 2 * 995 + 450 + 2 * 300,
};

/** The guide's example, as the Order Summary shows it: 2 → 3 mailboxes on 26 November 2026, 5 of 30 days. */
const summary: OrderSummaryFigures = {
  pricedOn: '2026-11-26',
  lines: [{ serviceName: MAILBOX, oldTotal: 2, newTotal: 3, change: 1, unitPriceCents: 995, daysCharged: 5, daysInMonth: 30, amountCents: 166 }],
  creditAppliedCents: 0,
  totalDueCents: 166,
  newMonthlyTotalCents: 4530,
};

const withLine = (changes: Partial<OrderSummaryFigures['lines'][number]>, rest: Partial<OrderSummaryFigures> = {}): OrderSummaryFigures => ({
  ...summary,
  ...rest,
  lines: [{ ...summary.lines[0]!, ...changes }],
});

test.describe('the order figures checked for consistency with the pages', () => {
  test('the guide\'s worked example is consistent', () => {
    expect(orderInconsistencies(details, summary)).toEqual([]);
  });

  test('rounding is half away from zero, in whole cents, for charges and credits', () => {
    expect(roundHalfAwayFromZero(5, 2)).toBe(3); // 2.5 → 3
    expect(roundHalfAwayFromZero(-5, 2)).toBe(-3); // −2.5 → −3
    expect(roundHalfAwayFromZero(4975, 30)).toBe(166); // 165.83 → 166
    expect(roundHalfAwayFromZero(-4975, 30)).toBe(-166);
    expect(roundHalfAwayFromZero(29, 30)).toBe(1);
    expect(roundHalfAwayFromZero(14, 30)).toBe(0);
    expect(roundHalfAwayFromZero(0, 31)).toBe(0);
  });

  test('a removal with credit, in a 31-day month, over several lines, is consistent', () => {
    // 3 → 1 BES users and 2 → 4 archiving seats on 1 December 2026: all 31 days.
    const removal: OrderSummaryFigures = {
      pricedOn: '2026-12-01',
      lines: [
        { serviceName: BES, oldTotal: 1, newTotal: 0, change: -1, unitPriceCents: 450, daysCharged: 31, daysInMonth: 31, amountCents: -450 },
        { serviceName: ARCHIVING, oldTotal: 2, newTotal: 4, change: 2, unitPriceCents: 300, daysCharged: 31, daysInMonth: 31, amountCents: 600 },
      ],
      creditAppliedCents: 100,
      totalDueCents: 50,
      newMonthlyTotalCents: 495 + 2 * 995 + 4 * 300,
    };
    expect(orderInconsistencies(details, removal)).toEqual([]);
  });

  test('a service added from none takes its unit price from the order line', () => {
    const added: OrderSummaryFigures = {
      ...summary,
      lines: [{ serviceName: 'SharePoint site', oldTotal: 0, newTotal: 1, change: 1, unitPriceCents: 1495, daysCharged: 5, daysInMonth: 30, amountCents: 249 }],
      totalDueCents: 249,
      newMonthlyTotalCents: details.monthlyTotalCents + 1495,
    };
    expect(orderInconsistencies(details, added)).toEqual([]);
  });

  test('a wrong pro-rated amount is named with both figures and the working', () => {
    const found = orderInconsistencies(details, withLine({ amountCents: 165 }, { totalDueCents: 165 }));
    expect(found).toEqual([
      { figure: `Pro-rated amount of ${MAILBOX}`, shown: '$1.65', expected: '$1.66', rule: '+1 × $9.95 × 5 ÷ 30, rounded half away from zero' },
    ]);
    expect(describeInconsistency(found[0]!)).toBe(`Pro-rated amount of ${MAILBOX}: the page shows $1.65, the rule gives $1.66 (+1 × $9.95 × 5 ÷ 30, rounded half away from zero)`);
  });

  test('rounding down a half, or truncating, is caught', () => {
    // 1 × $4.50 × 5 ÷ 30 = 75 cents exactly; 1 × $3.00 × 15 ÷ 30 = 150; a half: 1 × $0.45 × 5 ÷ 30 = 7.5 → 8.
    const half = { ...details, services: [...details.services, { name: 'Half', quantity: 0, unitPriceCents: 45 }] };
    const line = { serviceName: 'Half', oldTotal: 0, newTotal: 1, change: 1, unitPriceCents: 45, daysCharged: 5, daysInMonth: 30 };
    expect(orderInconsistencies(half, { ...summary, lines: [{ ...line, amountCents: 8 }], totalDueCents: 8, newMonthlyTotalCents: details.monthlyTotalCents + 45 })).toEqual([]);
    expect(orderInconsistencies(half, { ...summary, lines: [{ ...line, amountCents: 7 }], totalDueCents: 7, newMonthlyTotalCents: details.monthlyTotalCents + 45 }).map((found) => found.figure)).toEqual([
      'Pro-rated amount of Half',
    ]);
  });

  test('wrong days charged are named, with the date they come from', () => {
    const found = orderInconsistencies(details, withLine({ daysCharged: 4 }));
    expect(found).toEqual([{ figure: `Days charged for ${MAILBOX}`, shown: '4 of 30 days', expected: '5 of 30 days', rule: 'priced on 2026-11-26: 30 − 26 + 1 days of 30' }]);
  });

  test('the wrong number of days in the month is caught', () => {
    expect(orderInconsistencies(details, withLine({ daysInMonth: 31 })).map((found) => found.figure)).toEqual([`Days charged for ${MAILBOX}`]);
  });

  test('a total due that is not Σ lines − credit is caught, and so is one below zero', () => {
    expect(orderInconsistencies(details, { ...summary, totalDueCents: 200 })).toEqual([
      { figure: 'Total due today', shown: '$2.00', expected: '$1.66', rule: 'Σ lines $1.66 − credit applied $0.00, never below zero' },
    ]);
    expect(orderInconsistencies(details, { ...summary, creditAppliedCents: 100 }).map((found) => `${found.figure}: ${found.expected}`)).toEqual(['Total due today: $0.66']);
    const credit = withLine({ newTotal: 1, change: -1, amountCents: -166 }, { totalDueCents: -166, newMonthlyTotalCents: details.monthlyTotalCents - 995 });
    expect(orderInconsistencies(details, credit)).toEqual([
      { figure: 'Total due today', shown: '−$1.66', expected: '$0.00', rule: 'Σ lines −$1.66 − credit applied $0.00, never below zero' },
    ]);
  });

  test('a new monthly total that is not package + Σ new × unit price is caught', () => {
    expect(orderInconsistencies(details, { ...summary, newMonthlyTotalCents: 4535 })).toEqual([
      { figure: 'New monthly total', shown: '$45.35', expected: '$45.30', rule: 'package $4.95 + Σ new total × unit price from the details page' },
    ]);
    // Forgetting the package is caught too.
    expect(orderInconsistencies(details, { ...summary, newMonthlyTotalCents: 4530 - 495 }).map((found) => found.figure)).toEqual(['New monthly total']);
  });

  test('a change that is not new − current, a current total or unit price that disagrees with the details page, are each named', () => {
    expect(orderInconsistencies(details, withLine({ change: 2 })).map((found) => `${found.figure}: ${found.shown} ≠ ${found.expected}`)).toEqual([`Change of ${MAILBOX}: +2 ≠ +1`]);
    expect(orderInconsistencies(details, withLine({ oldTotal: 3, newTotal: 4 }, { newMonthlyTotalCents: 4530 + 995 })).map((found) => found.figure)).toEqual([`Current total of ${MAILBOX}`]);
    expect(orderInconsistencies(details, withLine({ unitPriceCents: 1095, amountCents: 183 }, { totalDueCents: 183 })).map((found) => `${found.figure}: ${found.shown} ≠ ${found.expected}`)).toEqual([
      `Unit price of ${MAILBOX}: $10.95 ≠ $9.95`,
    ]);
  });

  test('a details page whose monthly total is not package + Σ quantity × unit price is caught', () => {
    expect(orderInconsistencies({ ...details, monthlyTotalCents: 3935 }, summary)).toEqual([
      { figure: 'Monthly total on the details page', shown: '$39.35', expected: '$35.35', rule: 'package $4.95 + Σ quantity × unit price' },
    ]);
  });
});
