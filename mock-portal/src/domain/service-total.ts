/**
 * Reads what a customer typed in a New Configuration field. The field holds
 * the service's new TOTAL, so only a plain whole number in the service's range
 * is accepted; everything else gets a message the customer can act on.
 */
import { trimSpaces } from './spaces';

export interface AllowedRange {
  readonly min: number;
  readonly max: number;
}

export type ParsedTotal = { readonly ok: true; readonly total: number } | { readonly ok: false; readonly message: string };

export function parseServiceTotal(raw: unknown, range: AllowedRange): ParsedTotal {
  const rangeMessage = `Enter a total from ${range.min} to ${range.max}.`;
  if (typeof raw !== 'string') return { ok: false, message: `Enter one total. ${rangeMessage}` };
  // Spaces around the number are forgiven, whichever space it is (e.g. a no-break space pasted after "11").
  const text = trimSpaces(raw);
  if (text === '') return { ok: false, message: `Enter the new total. ${rangeMessage}` };
  if (/^-[0-9]+$/.test(text)) return { ok: false, message: `The total cannot be negative. ${rangeMessage}` };
  if (!/^[0-9]+$/.test(text)) {
    return { ok: false, message: `Enter a whole number using the digits 0–9, such as 3. ${rangeMessage}` };
  }
  // Only digits are left, so Number() reads them in base 10 ("007" is 7). It is exact below 2^53 and
  // rounds above it only to numbers as large, so a 40-digit total still fails the range check below.
  const total = Number(text);
  if (total < range.min || total > range.max) return { ok: false, message: rangeMessage };
  return { ok: true, total };
}
