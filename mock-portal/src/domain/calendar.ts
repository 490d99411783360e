/**
 * Calendar dates in the billing time zone. Pure: the instant is always an
 * argument, so the same instant gives the same date on any machine.
 */
export interface CivilDate {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  /** 1 to 31 */
  readonly day: number;
}

/** A UTC midnight; unlike Date.UTC, setUTCFullYear does not read years 0–99 as 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST.
  return utcDate(year, month, 0).getUTCDate();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: equivalent. The cache only saves time: "if (true)" builds an identical formatter every call.
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date that a wall clock in `timeZone` shows at `instant`. */
export function civilDateAt(instant: Date, timeZone: string): CivilDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  // The formatter asks for a numeric year, month and day, so those parts are always there.
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const shifted = utcDate(date.year, date.month - 1, date.day + days);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "2026-11-26", the form dates are stored in. */
export function toIsoDate(date: CivilDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseIsoDate(text: string): CivilDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not a date in YYYY-MM-DD form: ${text}`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new RangeError(`No such date: ${text}`);
  }
  return date;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "November 26, 2026", how the portal shows a date to a customer. */
export function formatLongDate(date: CivilDate): string {
  return `${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = clockFormatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: equivalent. The cache only saves time: "if (true)" builds an identical formatter every call.
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * "November 28, 2026 at 15:00 UTC": an instant as a customer in the billing
 * time zone reads it. A 24-hour clock and the zone's short name, assembled
 * from parts, so no locale's spacing or AM/PM style leaks in.
 */
export function formatDateTime(instant: Date, timeZone: string): string {
  const part = Object.fromEntries(clockFormatterFor(timeZone).formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${formatLongDate(civilDateAt(instant, timeZone))} at ${part.hour}:${part.minute} ${part.timeZoneName}`;
}
