/**
 * Figures as the portal's pages print them, read back into numbers: amounts
 * ("$1,234.56", "−$3.32"), changes ("+1", "−2"), days charged ("5 of 30
 * days") and dates ("November 26, 2026"). Pure; each throws, quoting the text,
 * when a page prints something else, so a changed format is a clear failure.
 */

/** "$1,234.56" → 123456, "−$3.32" (a real minus sign, or a hyphen) → −332 */
export function centsOf(text: string): number {
  const match = /^([−-]?)\$(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an amount like $1,234.56`);
  const magnitude = Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] ? -magnitude : magnitude;
}

/** A whole number as shown in a quantity column: "3" → 3. */
export function countOf(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new Error(`"${text}" is not a whole number`);
  return Number(text.trim());
}

/** "+1" → 1, "−2" → −2 */
export function changeOf(text: string): number {
  const match = /^([+−-])(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a change like +1 or −2`);
  return match[1] === '+' ? Number(match[2]) : -Number(match[2]);
}

/** How the portal prints a change: "+1", "−2" (a real minus sign). */
export function changeText(change: number): string {
  return change > 0 ? `+${change}` : `−${-change}`;
}

/** "5 of 30 days" → { charged: 5, inMonth: 30 } */
export function daysChargedOf(text: string): { readonly charged: number; readonly inMonth: number } {
  const match = /^(\d+) of (\d+) days?$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not days charged like "5 of 30 days"`);
  return { charged: Number(match[1]), inMonth: Number(match[2]) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 26, 2026" → "2026-11-26" (a calendar date: no clock, no time zone) */
export function isoDateOf(text: string): string {
  const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1]!) + 1 : 0;
  const day = Number(match?.[2]);
  if (!match || month === 0 || day < 1 || day > daysInMonth(Number(match[3]), month)) throw new Error(`"${text}" is not a date like "November 26, 2026"`);
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2026, 11 → 30; 2028, 2 → 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
